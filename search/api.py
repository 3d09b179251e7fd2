"""Search and compare API (design §15): GET /search/products, /search/suppliers,
/search/autocomplete and /compare. Anonymous; the same filters, facets, limits and errors as the
pages (``search.params``)."""

from __future__ import annotations

import hashlib
import json

from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from tradesetu.api import APIView
from tradesetu.errors import ValidationFailed

from . import cache as search_cache
from . import compare as comparing
from . import selectors
from .types import (
    MAX_PAGE,
    MAX_PAGE_SIZE,
    MAX_QUERY_CHARS,
    MOQ_BUCKETS,
    PRICE_BUCKETS,
    PRODUCTS,
    RATING_THRESHOLDS,
    SORTS,
    SUPPLIER_SORTS,
    SUPPLIERS,
)

# --------------------------------------------------------------------------- documentation


def _params(kind: str) -> list[OpenApiParameter]:
    q = OpenApiParameter.QUERY
    params = [
        OpenApiParameter(
            "q",
            str,
            q,
            description=_(
                "Words to search for (at most %(n)s characters; typos are corrected). Quotes, "
                "operators and query syntax are treated as plain words."
            )
            % {"n": MAX_QUERY_CHARS},
        ),
        OpenApiParameter("category", str, q, description=_("Category slug (its whole subtree).")),
        OpenApiParameter(
            "cert",
            str,
            q,
            description=_("Certification type codes, comma-separated: all must be held."),
        ),
        OpenApiParameter(
            "country", str, q, description=_("Country codes (ISO 3166), comma-separated.")
        ),
        OpenApiParameter(
            "state", str, q, description=_("Indian GST state codes, comma-separated.")
        ),
        OpenApiParameter("verified", bool, q, description=_("Only Verified Suppliers.")),
        OpenApiParameter(
            "rating", int, q, enum=list(RATING_THRESHOLDS), description=_("Minimum average rating.")
        ),
        OpenApiParameter("tier", str, q, description=_("Membership plan slugs, comma-separated.")),
        OpenApiParameter(
            "terms", str, q, description=_("Payment terms, comma-separated (any of them).")
        ),
        OpenApiParameter(
            "price_min",
            OpenApiTypes.DECIMAL,
            q,
            description=_("Lowest “price from”, in US$ (reference rates)."),
        ),
        OpenApiParameter(
            "price_max", OpenApiTypes.DECIMAL, q, description=_("Highest “price from”, in US$.")
        ),
        OpenApiParameter(
            "price",
            str,
            q,
            enum=[b[0] for b in PRICE_BUCKETS],
            description=_("A price bucket (US$)."),
        ),
        OpenApiParameter(
            "sort",
            str,
            q,
            enum=list(SORTS if kind == PRODUCTS else SUPPLIER_SORTS),
            description=_("Relevance first, then verified evidence, then plan priority (default)."),
        ),
        OpenApiParameter("page", int, q, description=_("1 to %(n)s.") % {"n": MAX_PAGE}),
        OpenApiParameter(
            "page_size", int, q, description=_("1 to %(n)s (default 20).") % {"n": MAX_PAGE_SIZE}
        ),
    ]
    if kind == PRODUCTS:
        params.append(
            OpenApiParameter(
                "moq",
                str,
                q,
                enum=[b[0] for b in MOQ_BUCKETS],
                description=_("A minimum-order bucket."),
            )
        )
        params.append(
            OpenApiParameter(
                "a_<key>",
                str,
                q,
                description=_(
                    "With a category: a choice or yes/no attribute of its schema, e.g. a_form=Powder."
                ),
            )
        )
    return params


class FacetValueOutput(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()
    selected = serializers.BooleanField()


class FacetOutput(serializers.Serializer):
    name = serializers.CharField(help_text=_("The query parameter this facet sets."))
    label = serializers.CharField()
    multiple = serializers.BooleanField()
    values = FacetValueOutput(many=True)


class ProductHitOutput(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    title = serializers.CharField()
    url = serializers.CharField()
    category = serializers.DictField()
    supplier = serializers.DictField()
    price_min = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    price_max = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    currency = serializers.CharField()
    price_unit = serializers.CharField()
    moq = serializers.DecimalField(max_digits=14, decimal_places=2)
    moq_unit = serializers.CharField()
    lead_time_days = serializers.IntegerField(allow_null=True)
    rating = serializers.DecimalField(max_digits=3, decimal_places=2, allow_null=True)
    rating_count = serializers.IntegerField()
    language = serializers.CharField()


class SupplierHitOutput(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()
    url = serializers.CharField()
    city = serializers.CharField()
    state_code = serializers.CharField()
    country = serializers.CharField()
    is_verified = serializers.BooleanField()
    product_count = serializers.IntegerField()
    price_min_usd = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    price_max_usd = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    moq_min = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    rating = serializers.DecimalField(max_digits=3, decimal_places=2, allow_null=True)
    rating_count = serializers.IntegerField()
    payment_terms = serializers.ListField(child=serializers.CharField())
    export_markets = serializers.ListField(child=serializers.CharField())


class _SearchOutput(serializers.Serializer):
    query = serializers.CharField()
    corrected_query = serializers.CharField(help_text=_("Set when misspelt words were corrected."))
    relaxed = serializers.BooleanField(
        help_text=_("Too few results had every word: these have all but one of them.")
    )
    total = serializers.IntegerField()
    page = serializers.IntegerField()
    page_size = serializers.IntegerField()
    num_pages = serializers.IntegerField(help_text=_("Capped at the maximum page."))
    sort = serializers.CharField()
    engine = serializers.CharField()
    facets = FacetOutput(many=True)
    notices = serializers.ListField(child=serializers.CharField())
    ignored = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text=_("Filter values that were not recognised and were left out."),
    )


class ProductSearchOutput(_SearchOutput):
    results = ProductHitOutput(many=True)


class SupplierSearchOutput(_SearchOutput):
    results = SupplierHitOutput(many=True)


class SuggestionOutput(serializers.Serializer):
    text = serializers.CharField()
    kind = serializers.ChoiceField(choices=["term", "category", "product", "supplier"])
    url = serializers.CharField()


class CompareRowOutput(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    values = serializers.ListField(child=serializers.CharField())
    differs = serializers.BooleanField()


class CompareItemOutput(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()
    url = serializers.CharField()


class CompareOutput(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["suppliers", "products"])
    items = CompareItemOutput(many=True)
    rows = CompareRowOutput(many=True)
    missing = serializers.ListField(child=serializers.CharField())


# --------------------------------------------------------------------------- output (plain dicts)


def _money(value):
    return None if value is None else str(value)


def _product(hit) -> dict:
    return {
        "id": hit.id,
        "slug": hit.slug,
        "title": hit.title,
        "url": f"/products/{hit.slug}/",
        "category": {"slug": hit.category_slug, "name": hit.category_name},
        "supplier": {
            "id": hit.company_id,
            "slug": hit.company_slug,
            "name": hit.company_name,
            "is_verified": hit.is_verified,
            "state_code": hit.state_code,
            "country": hit.country,
        },
        "price_min": _money(hit.price_min),
        "price_max": _money(hit.price_max),
        "currency": hit.currency,
        "price_unit": hit.price_unit,
        "moq": _money(hit.moq),
        "moq_unit": hit.moq_unit,
        "lead_time_days": hit.lead_time_days,
        "rating": _money(hit.rating_avg),
        "rating_count": hit.rating_count,
        "language": hit.lang,
    }


def _supplier(hit) -> dict:
    return {
        "id": hit.id,
        "slug": hit.slug,
        "name": hit.name,
        "url": f"/suppliers/{hit.slug}/",
        "city": hit.city,
        "state_code": hit.state_code,
        "country": hit.country,
        "is_verified": hit.is_verified,
        "product_count": hit.product_count,
        "price_min_usd": _money(hit.price_min_usd),
        "price_max_usd": _money(hit.price_max_usd),
        "moq_min": _money(hit.moq_min),
        "rating": _money(hit.rating_avg),
        "rating_count": hit.rating_count,
        "payment_terms": list(hit.payment_terms),
        "export_markets": list(hit.export_markets),
    }


def _results(results) -> dict:
    info = results.page_info
    convert = _product if results.kind == PRODUCTS else _supplier
    return {
        "query": results.query,
        "corrected_query": results.corrected_query,
        "relaxed": results.relaxed,
        "total": results.total,
        "page": info.page,
        "page_size": info.page_size,
        "num_pages": min(info.num_pages, info.max_page),
        "sort": results.sort,
        "engine": results.engine,
        "results": [convert(hit) for hit in results.hits],
        "facets": [
            {
                "name": facet.name,
                "label": str(facet.label),
                "multiple": facet.multiple,
                "values": [
                    {
                        "value": v.value,
                        "label": str(v.label),
                        "count": v.count,
                        "selected": v.selected,
                    }
                    for v in facet.values
                ],
            }
            for facet in results.facets
        ],
        "notices": [str(n) for n in results.notices],
        "ignored": results.ignored,
    }


def _cached_json(request, kind: str, build, *, wait: bool = True) -> HttpResponse:
    """The rendered answer, from the cache when the same request was answered since the index
    last changed (search.cache); errors are never cached."""
    language = (translation.get_language() or "en").split("-")[0]
    items = sorted(
        (k, v[:250]) for k in request.query_params for v in request.query_params.getlist(k)
    )
    digest = hashlib.sha256(json.dumps([kind, language, items]).encode()).hexdigest()
    key = search_cache.versioned(f"search:api:{digest}")
    body = search_cache.get_or_compute(key, lambda: JSONRenderer().render(build()), wait=wait)
    return HttpResponse(body, content_type="application/json")


class ProductSearchView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []  # public and anonymous: no session or token work

    @extend_schema(
        operation_id="search_products",
        parameters=_params(PRODUCTS),
        responses={200: ProductSearchOutput},
        description=_(
            "Full-text product search with facets (category tree, price, MOQ, certifications, "
            "country, state, verification, rating, membership, payment terms)."
        ),
    )
    def get(self, request):
        return _cached_json(
            request,
            PRODUCTS,
            lambda: _results(selectors.search(request.query_params, kind=PRODUCTS, strict=True)),
        )


class SupplierSearchView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="search_suppliers",
        parameters=_params(SUPPLIERS),
        responses={200: SupplierSearchOutput},
    )
    def get(self, request):
        return _cached_json(
            request,
            SUPPLIERS,
            lambda: _results(selectors.search(request.query_params, kind=SUPPLIERS, strict=True)),
        )


class AutocompleteView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="search_autocomplete",
        parameters=[
            OpenApiParameter(
                "q",
                str,
                OpenApiParameter.QUERY,
                required=True,
                description=_("What was typed so far."),
            ),
            OpenApiParameter(
                "limit", int, OpenApiParameter.QUERY, description=_("1 to 10 (default 8).")
            ),
        ],
        responses={200: SuggestionOutput(many=True)},
    )
    def get(self, request):
        try:
            limit = int(request.query_params.get("limit", "8")[:3])
        except ValueError:
            raise ValidationFailed.field("limit", _("Give a whole number.")) from None

        def build():
            suggestions = selectors.autocomplete(request.query_params.get("q", ""), limit=limit)
            return [{"text": s.text, "kind": s.kind, "url": s.url} for s in suggestions]

        return _cached_json(request, "autocomplete", build, wait=False)


class CompareView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="compare",
        parameters=[
            OpenApiParameter(
                "suppliers",
                str,
                OpenApiParameter.QUERY,
                description=_("2 to 4 supplier slugs, comma-separated."),
            ),
            OpenApiParameter(
                "products",
                str,
                OpenApiParameter.QUERY,
                description=_("2 to 4 product ids or slugs, comma-separated."),
            ),
        ],
        responses={200: CompareOutput},
    )
    def get(self, request):
        params = request.query_params
        if params.get("products") and not params.get("suppliers"):
            comparison = comparing.products_compare(params.getlist("products"))
        elif params.get("suppliers"):
            comparison = comparing.suppliers_compare(params.getlist("suppliers"))
        else:
            raise ValidationFailed(
                _("Name 2 to 4 suppliers (?suppliers=a,b) or products (?products=1,2)."),
                fields={"suppliers": [_("Required unless products are given.")]},
            )
        if len(comparison.items) < comparing.MIN_ITEMS:
            raise ValidationFailed(
                _("Compare at least %(n)s that exist.") % {"n": comparing.MIN_ITEMS},
                fields={
                    comparison.kind: [
                        _("Not found: %(refs)s") % {"refs": ", ".join(comparison.missing) or "—"}
                    ]
                },
            )
        return Response(
            {
                "kind": comparison.kind,
                "items": [{"key": i.key, "name": i.name, "url": i.url} for i in comparison.items],
                "rows": [
                    {
                        "key": r.key,
                        "label": str(r.label),
                        "values": list(r.values),
                        "differs": r.differs,
                    }
                    for r in comparison.rows
                ],
                "missing": comparison.missing,
            }
        )
