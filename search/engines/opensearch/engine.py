"""The OpenSearch engine (``SEARCH_ENGINE=opensearch``, server at ``OPENSEARCH_URL``).

Indexes are reached through aliases (``<SEARCH_INDEX_PREFIX>-products`` and ``-suppliers``).
``rebuild()`` creates fresh indexes named with a timestamp, bulk-loads every document from the
document tables (refresh off while loading), then swaps each alias to the new index in one
atomic ``_aliases`` call and deletes the old indexes: searches never see a half-built index.
``sync_products`` / ``sync_suppliers`` (Celery, after commit) upsert changed documents and delete
the ones that no longer exist.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from ... import text
from ...lookups import tables
from ...types import (
    PRODUCTS,
    SUPPLIERS,
    PageInfo,
    ProductHit,
    SearchRequest,
    SearchResults,
    Suggestion,
    SupplierHit,
)
from ..base import Engine, SearchUnavailable
from . import dsl, mappings

BULK_CHUNK = 2000
PRODUCT_FIELDS = (
    "product_id",
    "slug",
    "title",
    "category_text",
    "body",
    "company_name",
    "company_id",
    "company_slug",
    "category_id",
    "category_slug",
    "category_name",
    "category_path",
    "lang",
    "price_min",
    "price_max",
    "currency",
    "price_unit",
    "price_min_usd",
    "price_max_usd",
    "moq",
    "moq_unit",
    "lead_time_days",
    "attributes",
    "certifications",
    "payment_terms",
    "country",
    "state_code",
    "is_verified",
    "evidence",
    "plan_rank",
    "plan_slug",
    "rating_avg",
    "rating_count",
    "published_at",
)
SUPPLIER_FIELDS = (
    "company_id",
    "slug",
    "name",
    "city",
    "about",
    "category_text",
    "product_text",
    "category_path",
    "certifications",
    "payment_terms",
    "export_markets",
    "country",
    "state_code",
    "is_verified",
    "evidence",
    "plan_rank",
    "plan_slug",
    "rating_avg",
    "rating_count",
    "product_count",
    "moq_min",
    "price_min_usd",
    "price_max_usd",
    "lead_time_min",
    "created_at",
)


def _plain(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def product_source(row: dict) -> dict:
    source = {key: _plain(value) for key, value in row.items() if key != "product_id"}
    source["id"] = row["product_id"]
    source["attributes"] = {
        key: ("true" if value is True else "false" if value is False else str(value))
        for key, value in (row.get("attributes") or {}).items()
    }
    return source


def supplier_source(row: dict) -> dict:
    source = {key: _plain(value) for key, value in row.items() if key != "company_id"}
    source["id"] = row["company_id"]
    return source


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


class OpenSearchEngine(Engine):
    name = "opensearch"

    def __init__(self) -> None:
        self._client = None

    # ----------------------------------------------------------------------- plumbing

    @property
    def client(self):
        if self._client is None:
            if not settings.OPENSEARCH_URL:
                raise ImproperlyConfigured("SEARCH_ENGINE=opensearch needs OPENSEARCH_URL")
            from opensearchpy import OpenSearch

            self._client = OpenSearch(
                hosts=[settings.OPENSEARCH_URL], timeout=5, max_retries=1, retry_on_timeout=True
            )
        return self._client

    def alias(self, kind: str) -> str:
        return f"{settings.SEARCH_INDEX_PREFIX}-{kind}"

    def _call(self, method, **kwargs):
        from opensearchpy.exceptions import ConnectionError as OSConnectionError
        from opensearchpy.exceptions import ConnectionTimeout, TransportError

        try:
            return method(**kwargs)
        except (OSConnectionError, ConnectionTimeout) as error:
            raise SearchUnavailable(str(error)) from error
        except TransportError as error:
            if getattr(error, "status_code", None) in (429, 500, 502, 503, 504):
                raise SearchUnavailable(str(error)) from error
            raise

    # ----------------------------------------------------------------------- search

    def _resolved(self, request: SearchRequest) -> dsl.Resolved:
        lookup = tables()
        category = lookup.category_by_slug.get(request.filters.category)
        return dsl.Resolved(
            category_id=category.id if category else None,
            cert_ids=tuple(
                lookup.cert_by_code[c][0]
                for c in request.filters.certifications
                if c in lookup.cert_by_code
            ),
        )

    def _search(self, request: SearchRequest, kind: str) -> SearchResults:
        terms = [text.unaccent(t) for t in text.query_terms(request.query)]
        body = dsl.search_body(request, self._resolved(request), kind=kind, terms=terms)
        response = self._call(self.client.search, index=self.alias(kind), body=body)
        total = response["hits"]["total"]["value"]
        hits = [self._hit(h, kind) for h in response["hits"]["hits"]]
        return SearchResults(
            kind=kind,
            query=request.query,
            hits=hits,
            total=total,
            raw_facets=dsl.raw_facets(response.get("aggregations", {})),
            page_info=PageInfo(
                request.page, request.page_size, total, max(1, -(-total // request.page_size))
            ),
            sort=request.sort,
            engine=self.name,
        )

    def _hit(self, hit: dict, kind: str):
        s = hit["_source"]
        score = float(hit.get("_score") or 0)
        if kind == PRODUCTS:
            return ProductHit(
                id=s["id"],
                slug=s["slug"],
                title=s["title"],
                category_slug=s["category_slug"],
                category_name=s["category_name"],
                company_id=s["company_id"],
                company_slug=s["company_slug"],
                company_name=s["company_name"],
                is_verified=s["is_verified"],
                price_min=_decimal(s.get("price_min")),
                price_max=_decimal(s.get("price_max")),
                currency=s["currency"],
                price_unit=s["price_unit"],
                moq=_decimal(s["moq"]),
                moq_unit=s["moq_unit"],
                lead_time_days=s.get("lead_time_days"),
                country=s["country"],
                state_code=s.get("state_code", ""),
                rating_avg=_decimal(s.get("rating_avg")),
                rating_count=s.get("rating_count", 0),
                plan_slug=s.get("plan_slug", ""),
                lang=s.get("lang", "en"),
                relevance=score,
            )
        return SupplierHit(
            id=s["id"],
            slug=s["slug"],
            name=s["name"],
            city=s.get("city", ""),
            country=s["country"],
            state_code=s.get("state_code", ""),
            is_verified=s["is_verified"],
            evidence=s.get("evidence", 0),
            product_count=s.get("product_count", 0),
            moq_min=_decimal(s.get("moq_min")),
            price_min_usd=_decimal(s.get("price_min_usd")),
            price_max_usd=_decimal(s.get("price_max_usd")),
            rating_avg=_decimal(s.get("rating_avg")),
            rating_count=s.get("rating_count", 0),
            plan_slug=s.get("plan_slug", ""),
            payment_terms=tuple(s.get("payment_terms") or ()),
            export_markets=tuple(s.get("export_markets") or ()),
            relevance=score,
        )

    def products(self, request: SearchRequest) -> SearchResults:
        return self._search(request, PRODUCTS)

    def suppliers(self, request: SearchRequest) -> SearchResults:
        return self._search(request, SUPPLIERS)

    def autocomplete(self, prefix: str, *, language: str, limit: int) -> list[Suggestion]:
        from django.urls import reverse

        words = [text.unaccent(w) for w in text.words(prefix)]
        if not words:
            return []
        suggestions: list[Suggestion] = []
        seen: set[str] = set()
        response = self._call(
            self.client.search,
            index=self.alias(PRODUCTS),
            body=dsl.autocomplete_body(words, kind=PRODUCTS, size=limit * 3),
        )
        products = []
        for hit in response["hits"]["hits"]:
            title = hit["_source"]["title"]
            if title.casefold() not in seen:
                seen.add(title.casefold())
                suggestions.append(Suggestion(title, "term"))
            if len(products) < 3 and hit["_source"].get("slug"):
                products.append(
                    Suggestion(
                        title,
                        "product",
                        reverse("catalog:product", kwargs={"slug": hit["_source"]["slug"]}),
                    )
                )
        suggestions.extend(products)
        response = self._call(
            self.client.search,
            index=self.alias(SUPPLIERS),
            body=dsl.autocomplete_body(words, kind=SUPPLIERS, size=3),
        )
        for hit in response["hits"]["hits"]:
            suggestions.append(
                Suggestion(
                    hit["_source"]["name"],
                    "supplier",
                    reverse("companies:supplier", kwargs={"slug": hit["_source"]["slug"]}),
                )
            )
        return suggestions

    # ----------------------------------------------------------------------- index upkeep

    def _documents(self, kind: str, ids: list[int] | None = None):
        from ...models import ProductDocument, SupplierDocument

        if kind == PRODUCTS:
            qs = ProductDocument.objects.values(*PRODUCT_FIELDS).order_by("pk")
            convert = product_source
        else:
            qs = SupplierDocument.objects.values(*SUPPLIER_FIELDS).order_by("pk")
            convert = supplier_source
        if ids is not None:
            qs = qs.filter(pk__in=ids)
        for row in qs.iterator(chunk_size=BULK_CHUNK):
            yield convert(row)

    def _bulk(self, actions) -> tuple[int, list]:
        from opensearchpy import helpers

        return helpers.bulk(
            self.client, actions, chunk_size=BULK_CHUNK, raise_on_error=False, request_timeout=60
        )

    def _sync(self, kind: str, ids: list[int]) -> None:
        index = self.alias(kind)
        if not self.client.indices.exists_alias(name=index):
            return  # never built: `manage.py search_reindex` creates it with its mapping
        present: set[int] = set()

        def actions():
            for source in self._documents(kind, ids):
                present.add(source["id"])
                yield {"_op_type": "index", "_index": index, "_id": source["id"], "_source": source}

        self._bulk(actions())
        gone = [pk for pk in ids if pk not in present]
        if gone:
            self._bulk({"_op_type": "delete", "_index": index, "_id": pk} for pk in gone)

    def sync_products(self, product_ids: list[int]) -> None:
        self._sync(PRODUCTS, product_ids)

    def sync_suppliers(self, company_ids: list[int]) -> None:
        self._sync(SUPPLIERS, company_ids)
        from ..postgres.indexer import product_ids_of_companies

        product_ids = product_ids_of_companies(company_ids)
        if product_ids:
            self._sync(PRODUCTS, product_ids)

    def rebuild(self, log=print) -> dict:
        figures = {}
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")
        for kind in (PRODUCTS, SUPPLIERS):
            started = time.monotonic()
            alias = self.alias(kind)
            new_index = f"{alias}-{stamp}"
            body = mappings.index_body(kind)
            body["settings"] = {
                **body["settings"],
                "index": {**body["settings"]["index"], "refresh_interval": "-1"},
            }
            self.client.indices.create(index=new_index, body=body)
            actions = (
                {"_op_type": "index", "_index": new_index, "_id": s["id"], "_source": s}
                for s in self._documents(kind)
            )
            indexed, errors = self._bulk(actions)
            self.client.indices.put_settings(
                index=new_index, body={"index": {"refresh_interval": "1s"}}
            )
            self.client.indices.refresh(index=new_index)
            self.swap_alias(alias, new_index)
            figures[kind] = {
                "indexed": indexed,
                "errors": len(errors),
                "seconds": round(time.monotonic() - started, 1),
            }
            log(f"{kind}: {indexed} documents into {new_index} ({len(errors)} errors)")
        return figures

    def swap_alias(self, alias: str, new_index: str) -> None:
        """Point ``alias`` at ``new_index`` only, in one atomic call; drop the old indexes."""
        old = []
        if self.client.indices.exists_alias(name=alias):
            old = list(self.client.indices.get_alias(name=alias))
        elif self.client.indices.exists(index=alias):  # a plain index squatting the name
            self.client.indices.delete(index=alias)
        actions = [{"remove": {"index": index, "alias": alias}} for index in old]
        actions.append({"add": {"index": new_index, "alias": alias}})
        self.client.indices.update_aliases(body={"actions": actions})
        for index in old:
            if index != new_index:
                self.client.indices.delete(index=index, ignore_unavailable=True)

    def drop(self) -> None:
        """Delete this prefix's indexes (tests)."""
        for kind in (PRODUCTS, SUPPLIERS):
            alias = self.alias(kind)
            if self.client.indices.exists_alias(name=alias):
                for index in self.client.indices.get_alias(name=alias):
                    self.client.indices.delete(index=index, ignore_unavailable=True)
