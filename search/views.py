"""Public search pages (thin): /search/ (products and suppliers tabs, facets, sorting,
pagination), /search/suggest/ (htmx autocomplete) and /compare/."""

from __future__ import annotations

from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from tradesetu.errors import ValidationFailed

from . import compare as comparing
from . import selectors
from .params import query_string
from .types import MAX_PAGE, PRODUCTS, SORTS, SUPPLIER_SORTS, SUPPLIERS

SINGLE = {"category", "price", "moq", "verified", "rating"}

SORT_LABELS = {  # lazy: read in the visitor's language, not the one active at import
    "relevance": gettext_lazy("Best match"),
    "price_asc": gettext_lazy("Price: low to high"),
    "price_desc": gettext_lazy("Price: high to low"),
    "newest": gettext_lazy("Newest"),
    "rating": gettext_lazy("Rating"),
    "products": gettext_lazy("Most products"),
}


def _facet_links(params: QueryDict, facets) -> list[dict]:
    """Each facet value with the URL that toggles it (links: they work without JavaScript)."""
    from .lookups import tables

    lookup = tables()
    linked = []
    for facet in facets:
        values = []
        current = [v for item in params.getlist(facet.name) for v in item.split(",") if v]
        for value in facet.values:
            if facet.name == "category":
                if value.selected:
                    node = lookup.category_by_slug.get(value.value)
                    parent = (
                        lookup.categories.get(node.parent_id) if node and node.parent_id else None
                    )
                    target = parent.slug if parent else None
                else:
                    target = value.value
                qs = query_string(params, category=target)
            elif facet.name in SINGLE:
                qs = query_string(params, **{facet.name: None if value.selected else value.value})
            else:
                chosen = [v for v in current if v != value.value]
                if not value.selected:
                    chosen.append(value.value)
                qs = query_string(params, **{facet.name: ",".join(chosen) if chosen else None})
            values.append({"value": value, "url": f"?{qs}"})
        linked.append({"facet": facet, "values": values})
    return linked


def _first_images(product_ids: list[int]) -> dict[int, object]:
    from marketplace.catalog.models import ProductImage

    images: dict[int, object] = {}
    for image in (
        ProductImage.objects.filter(product_id__in=product_ids)
        .select_related("image")
        .order_by("product_id", "sort_order", "pk")
    ):
        images.setdefault(image.product_id, image)
    return images


def _only(params: QueryDict, *keys: str) -> QueryDict:
    kept = QueryDict(mutable=True)
    for key in keys:
        if params.get(key):
            kept[key] = params[key]
    return kept


@require_GET
def search_view(request):
    kind = SUPPLIERS if request.GET.get("type") == SUPPLIERS else PRODUCTS
    params = request.GET
    context = {
        "kind": kind,
        "q": params.get("q", "")[:200],
        "tabs": [
            (PRODUCTS, _("Products"), f"?{query_string(params, type=None)}"),
            (SUPPLIERS, _("Suppliers"), f"?{query_string(params, type=SUPPLIERS)}"),
        ],
        "sorts": [(s, SORT_LABELS[s]) for s in (SORTS if kind == PRODUCTS else SUPPLIER_SORTS)],
        "hidden": [
            (key, value)
            for key in params
            if key not in ("q", "sort", "page", "type")
            for value in params.getlist(key)
        ],
        "max_page": MAX_PAGE,
    }
    try:
        results = selectors.search(params, kind=kind, strict=False)
    except ValidationFailed as error:
        context["error"] = (
            error.message if not error.fields else next(iter(error.fields.values()))[0]
        )
        return render(request, "search/results.html", context, status=400)
    except selectors.SearchFailed as error:
        context["error"] = error.message
        return render(request, "search/results.html", context, status=503)
    info = results.page_info
    images = _first_images([h.id for h in results.hits]) if kind == PRODUCTS else {}
    picked = comparing.parse_refs(params.get("compare", ""))[: comparing.MAX_ITEMS]
    shown = {str(h.id) if kind == PRODUCTS else h.slug for h in results.hits}
    context.update(
        results=results,
        hits=[
            {
                "hit": h,
                "image": images.get(h.id),
                "picked": (str(h.id) if kind == PRODUCTS else h.slug) in picked,
            }
            for h in results.hits
        ],
        picked_elsewhere=comparing.chosen(kind, [r for r in picked if r not in shown])
        if picked
        else [],
        back=params.urlencode(),
        facets=_facet_links(params, results.facets),
        selected=[
            (facet["facet"].label, v["value"].label, v["url"])
            for facet in _facet_links(params, results.facets)
            for v in facet["values"]
            if v["value"].selected
        ],
        clear_url="?" + query_string(_only(params, "q", "type", "sort")),
        corrected_url=(
            f"?{query_string(params, q=results.corrected_query)}" if results.corrected_query else ""
        ),
        sort=results.sort,
        previous_url=f"?{query_string(params, page=str(info.page - 1))}"
        if info.has_previous
        else "",
        next_url=f"?{query_string(params, page=str(info.page + 1))}" if info.has_next else "",
        last_page=min(info.num_pages, MAX_PAGE),
        start=(info.page - 1) * info.page_size + 1,
    )
    return render(request, "search/results.html", context)


@require_GET
def suggest(request):
    """htmx: the suggestion list under a search box."""
    suggestions = selectors.autocomplete(request.GET.get("q", ""))
    return render(request, "search/_suggestions.html", {"suggestions": suggestions})


def _back_to_search(request, kind: str, picked) -> str:
    """The search the visitor came from (``back``: its query string, sent by the results
    page's compare form), with the picked items kept in ``compare``."""
    params = QueryDict(request.GET.get("back", "")[:2000], mutable=True)
    for key in ("compare", "page"):
        params.pop(key, None)
    if kind == SUPPLIERS:
        params["type"] = SUPPLIERS
    else:
        params.pop("type", None)
    if picked:
        params["compare"] = ",".join(item.key for item in picked)
    query = params.urlencode()
    return reverse("search:search") + (f"?{query}" if query else "")


@require_GET
def compare_view(request):
    kind = (
        "products" if "products" in request.GET and "suppliers" not in request.GET else "suppliers"
    )
    raw = request.GET.getlist(kind)
    refs = comparing.parse_refs(raw)
    if len(raw) > 1:  # from checkboxes: ?suppliers=a&suppliers=b → the shareable ?suppliers=a,b
        return HttpResponseRedirect(f"{reverse('search:compare')}?{kind}={','.join(refs)}")
    context = {
        "kind": kind,
        "refs": refs,
        "min_items": comparing.MIN_ITEMS,
        "max_items": comparing.MAX_ITEMS,
    }
    if len(refs) < comparing.MIN_ITEMS:
        # too few to compare: keep what was picked, say why, and go back to the search with
        # the pick still ticked
        picked = comparing.chosen(kind, refs)
        context.update(picked=picked, back_url=_back_to_search(request, kind, picked))
        return render(request, "search/compare.html", context)
    try:
        comparison = (
            comparing.products_compare(refs)
            if kind == "products"
            else comparing.suppliers_compare(refs)
        )
    except ValidationFailed as error:
        context["error"] = next(iter(error.fields.values()))[0] if error.fields else error.message
        return render(request, "search/compare.html", context, status=400)
    context.update(
        comparison=comparison,
        share_url=request.build_absolute_uri(
            f"{reverse('search:compare')}?{kind}={','.join(item.key for item in comparison.items)}"
        ),
    )
    return render(request, "search/compare.html", context)
