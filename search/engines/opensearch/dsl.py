"""The OpenSearch query DSL, built from a ``SearchRequest`` by pure functions (unit-tested on the
generated JSON; no server needed).

* The query text is only ever the normalised words (``search.text``) inside ``multi_match`` /
  ``match`` clauses: never ``query_string`` or ``simple_query_string``, so Lucene syntax, JSON
  or DSL fragments typed by a user are searched as words.
* Matching: every word must be found (``operator: and``) across title, category names, supplier
  name, attributes and description (``cross_fields``), or, for typos, with ``fuzziness: AUTO``
  (lower weight). Language sub-fields: English always, Spanish / French for visitors browsing in
  those languages, Arabic / Hindi when the words are in those scripts.
* Ranking mirrors the PostgreSQL engine: relevance first (extra weight when every word is in the
  title, when a word names the category, and for the title phrase), then verified evidence, then
  plan priority (``sort`` after ``_score``), then newest.
* Facets are aggregations returned in the engine-neutral raw format.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import text as text_module
from ...types import (
    MOQ_BUCKETS,
    PRICE_BUCKETS,
    PRODUCTS,
    RATING_THRESHOLDS,
    Filters,
    SearchRequest,
)


@dataclass(frozen=True)
class Resolved:
    """Filter values turned into index values (slugs → ids) by the engine."""

    category_id: int | None = None
    cert_ids: tuple[int, ...] = ()


def _languages(terms: list[str], language: str) -> list[str]:
    languages = ["en"]
    if language in ("es", "fr"):
        languages.append(language)
    scripts = {text_module.script(term) for term in terms}
    languages += [lang for lang in ("hi", "ar") if lang in scripts]
    return languages


def text_query(terms: list[str], *, kind: str, language: str = "en") -> dict:
    words = " ".join(terms)
    languages = _languages(terms, language)
    if kind == PRODUCTS:
        title, fields = "title", ["title^4", "category_text^2", "company_name", "body^0.5"]
        fields += [f"title.{lang}^4" for lang in languages]
        fields += [f"category_text.{lang}^2" for lang in languages]
        fields += [f"body.{lang}^0.5" for lang in languages]
        fuzzy_fields = ["title", "category_text", "company_name"]
    else:
        title, fields = "name", ["name^4", "category_text^2", "product_text", "about^0.5"]
        fields += [f"name.{lang}^4" for lang in languages]
        fields += [f"category_text.{lang}^2" for lang in languages]
        fields += [f"product_text.{lang}" for lang in languages]
        fuzzy_fields = ["name", "category_text", "product_text"]
    match = {
        "bool": {
            "should": [
                {
                    "multi_match": {
                        "query": words,
                        "type": "cross_fields",
                        "fields": fields,
                        "operator": "and",
                    }
                },
                {
                    "multi_match": {
                        "query": words,
                        "type": "best_fields",
                        "fields": fuzzy_fields,
                        "operator": "and",
                        "fuzziness": "AUTO",
                        "prefix_length": 1,
                        "boost": 0.5,
                    }
                },
            ],
            "minimum_should_match": 1,
        }
    }
    tiers = [
        {"match": {title: {"query": words, "operator": "and", "boost": 2}}},
        {"match": {"category_text": {"query": words, "boost": 2}}},
    ]
    if len(terms) > 1:
        tiers.append({"match_phrase": {title: {"query": words, "boost": 1}}})
    return {"bool": {"must": [match], "should": tiers}}


def filter_clauses(filters: Filters, resolved: Resolved, *, kind: str) -> list[dict]:
    clauses: list[dict] = []
    if resolved.category_id is not None:
        clauses.append({"term": {"category_path": resolved.category_id}})
    clauses += [{"term": {"certifications": cert_id}} for cert_id in resolved.cert_ids]
    for field, values in (
        ("country", filters.countries),
        ("state_code", filters.states),
        ("plan_slug", filters.tiers),
        ("payment_terms", filters.payment_terms),
    ):
        if values:
            clauses.append({"terms": {field: list(values)}})
    if filters.verified:
        clauses.append({"term": {"is_verified": True}})
    if filters.rating_min:
        clauses.append({"range": {"rating_avg": {"gte": filters.rating_min}}})
    price_range: dict = {}
    if filters.price_min is not None:
        price_range["gte"] = float(filters.price_min)
    if filters.price_max is not None:
        price_range["lte"] = float(filters.price_max)
    if price_range:
        clauses.append({"range": {"price_min_usd": price_range}})
    for name, low, high in PRICE_BUCKETS:
        if filters.price == name:
            bucket = {}
            if low is not None:
                bucket["gte"] = float(low)
            if high is not None:
                bucket["lt"] = float(high)
            clauses.append({"range": {"price_min_usd": bucket}})
    if kind == PRODUCTS:
        for name, low, high in MOQ_BUCKETS:
            if filters.moq == name:
                bucket = {}
                if low is not None:
                    bucket["gt"] = float(low)
                if high is not None:
                    bucket["lte"] = float(high)
                clauses.append({"range": {"moq": bucket}})
        for key, value in filters.attributes:
            if isinstance(value, bool):
                value = "true" if value else "false"
            clauses.append({"term": {f"attributes.{key}": value}})
    return clauses


def aggregations(kind: str) -> dict:
    aggs: dict = {
        "category": {"terms": {"field": "category_path", "size": 500}},
        "cert": {"terms": {"field": "certifications", "size": 100}},
        "country": {"terms": {"field": "country", "size": 100}},
        "state": {"terms": {"field": "state_code", "size": 60}},
        "tier": {"terms": {"field": "plan_slug", "size": 20}},
        "terms": {"terms": {"field": "payment_terms", "size": 20}},
        "verified": {"filter": {"term": {"is_verified": True}}},
        "rating": {
            "filters": {
                "filters": {
                    str(n): {"range": {"rating_avg": {"gte": n}}} for n in RATING_THRESHOLDS
                }
            }
        },
    }
    if kind == PRODUCTS:
        aggs["price"] = {
            "range": {
                "field": "price_min_usd",
                "keyed": True,
                "ranges": [
                    {
                        "key": name,
                        **({"from": float(low)} if low is not None else {}),
                        **({"to": float(high)} if high is not None else {}),
                    }
                    for name, low, high in PRICE_BUCKETS
                ],
            }
        }
        aggs["moq"] = {
            "filters": {
                "filters": {
                    name: {
                        "range": {
                            "moq": {
                                **({"gt": float(low)} if low is not None else {}),
                                **({"lte": float(high)} if high is not None else {}),
                            }
                        }
                    }
                    for name, low, high in MOQ_BUCKETS
                }
            }
        }
    return aggs


def sort_clause(sort: str, *, has_text: bool, kind: str) -> list:
    tail = [{"evidence": "desc"}, {"plan_rank": "desc"}]
    newest = "published_at" if kind == PRODUCTS else "created_at"
    if sort == "relevance":
        head = ["_score"] if has_text else []
        extra = [{newest: "desc"}] if kind == PRODUCTS else [{"product_count": "desc"}]
        return [*head, *tail, *extra, {"id": "desc"}]
    if sort == "price_asc":
        return [
            {"price_min_usd": {"order": "asc", "missing": "_last"}},
            "_score",
            *tail,
            {"id": "desc"},
        ]
    if sort == "price_desc":
        return [
            {"price_min_usd": {"order": "desc", "missing": "_last"}},
            "_score",
            *tail,
            {"id": "desc"},
        ]
    if sort == "newest":
        return [{newest: "desc"}, {"id": "desc"}]
    if sort == "rating":
        return [
            {"rating_avg": {"order": "desc", "missing": "_last"}},
            {"rating_count": "desc"},
            "_score",
            *tail,
            {"id": "desc"},
        ]
    if sort == "products":
        return [{"product_count": "desc"}, "_score", *tail, {"id": "desc"}]
    return sort_clause("relevance", has_text=has_text, kind=kind)


def search_body(request: SearchRequest, resolved: Resolved, *, kind: str, terms: list[str]) -> dict:
    """The complete request body for ``_search``."""
    query: dict = {"bool": {"filter": filter_clauses(request.filters, resolved, kind=kind)}}
    if terms:
        query["bool"]["must"] = [text_query(terms, kind=kind, language=request.language)]
    return {
        "query": query,
        "sort": sort_clause(request.sort, has_text=bool(terms), kind=kind),
        "from": request.offset,
        "size": request.page_size,
        "track_total_hits": True,
        "aggs": aggregations(kind),
    }


def raw_facets(aggs: dict) -> dict[str, dict[str, int]]:
    """Aggregation results → ``{"category": {"12": 40}, "verified": {"true": 7}, ...}``."""
    raw: dict[str, dict[str, int]] = {}
    for name in ("category", "cert", "country", "state", "tier", "terms"):
        buckets = aggs.get(name, {}).get("buckets", [])
        values = {str(b["key"]): b["doc_count"] for b in buckets if b.get("doc_count")}
        if values:
            raw[name] = values
    verified = aggs.get("verified", {}).get("doc_count", 0)
    if verified:
        raw["verified"] = {"true": verified}
    for name in ("rating", "moq"):
        buckets = aggs.get(name, {}).get("buckets", {})
        values = {key: b["doc_count"] for key, b in buckets.items() if b.get("doc_count")}
        if values:
            raw[name] = values
    price = aggs.get("price", {}).get("buckets", {})
    if isinstance(price, dict):
        values = {key: b["doc_count"] for key, b in price.items() if b.get("doc_count")}
    else:
        values = {b["key"]: b["doc_count"] for b in price if b.get("doc_count")}
    if values:
        raw["price"] = values
    return raw


def autocomplete_body(prefix_words: list[str], *, kind: str, size: int) -> dict:
    field = "title.suggest" if kind == PRODUCTS else "name.suggest"
    return {
        "query": {"match": {field: {"query": " ".join(prefix_words), "operator": "and"}}},
        "size": size,
        "_source": ["title", "name", "slug"],
        "sort": ["_score", {"evidence": "desc"}],
    }
