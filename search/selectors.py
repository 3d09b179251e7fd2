"""The search interface every caller uses (public pages, the API, dashboards):

* ``products_search(request)`` / ``suppliers_search(request)`` → ``SearchResults``
* ``search(params, kind=…, strict=…)``: the same from query-string parameters (validated by
  ``search.params``), with labelled facets, notices and ignored values
* ``autocomplete(prefix)`` → ``list[Suggestion]``

The engine comes from ``settings.SEARCH_ENGINE`` (``search.engines.get_engine``). Answers are
cached for ``SEARCH_CACHE_TIMEOUT`` seconds under the index generation (``search.cache``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from urllib.parse import urlencode

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from tradesetu.errors import DomainError

from . import cache as search_cache
from . import facets as facet_builder
from .engines import SearchUnavailable, get_engine
from .lookups import tables
from .params import parse
from .text import normalise, unaccent, words
from .types import PRODUCTS, SUPPLIERS, SearchRequest, SearchResults, Suggestion


class SearchFailed(DomainError):
    code = "search_unavailable"
    status = 503


def _key(kind: str, request: SearchRequest, engine: str) -> str:
    payload = json.dumps([kind, engine, dataclasses.asdict(request)], default=str, sort_keys=True)
    return search_cache.versioned("search:results:" + hashlib.sha256(payload.encode()).hexdigest())


def _run(kind: str, request: SearchRequest) -> SearchResults:
    engine = get_engine()

    def compute() -> SearchResults:
        try:
            return engine.products(request) if kind == PRODUCTS else engine.suppliers(request)
        except SearchUnavailable as error:
            raise SearchFailed(
                _("Search is busy right now. Please try again in a moment.")
            ) from error

    return search_cache.get_or_compute(_key(kind, request, engine.name), compute)


def products_search(request: SearchRequest) -> SearchResults:
    results = dataclasses.replace(_run(PRODUCTS, request))  # the cached one stays untouched
    results.facets = facet_builder.build(results.raw_facets, request.filters, PRODUCTS)
    return results


def suppliers_search(request: SearchRequest) -> SearchResults:
    results = dataclasses.replace(_run(SUPPLIERS, request))
    results.facets = facet_builder.build(results.raw_facets, request.filters, SUPPLIERS)
    return results


def search(params, *, kind: str = PRODUCTS, strict: bool = True) -> SearchResults:
    """Validate query-string parameters and search; raises ValidationFailed (400) for requests
    beyond the hard limits, SearchFailed (503) when the engine cannot answer in time."""
    language = (translation.get_language() or "en").split("-")[0]
    parsed = parse(params, kind=kind, strict=strict, language=language)
    run = products_search if kind == PRODUCTS else suppliers_search
    results = run(parsed.request)
    results.notices = [*parsed.notices]
    results.ignored = dict(parsed.ignored)
    if results.ignored:
        results.notices.append(_("Some filters were not recognised and were left out."))
    if results.relaxed:
        results.notices.append(
            _("Few results have every word you searched for: these have most of them.")
        )
    return results


AUTOCOMPLETE_MAX_CHARS = 60


def category_suggestions(prefix: str, limit: int = 3) -> list[Suggestion]:
    """Categories whose name (in any language) has a word starting with what was typed; names
    in the visitor's language and whole-name prefixes first, then broader categories."""
    needle = unaccent(normalise(" ".join(words(prefix))))
    if len(needle) < 2:
        return []
    lookup = tables()
    spaced = f" {needle}"
    scored = []
    for category in lookup.categories.values():
        names = lookup.folded_names[category.id]
        if not any(spaced in f" {name}" for name in names):
            continue
        display = unaccent(normalise(category.display_name))
        score = 0 if display.startswith(needle) else 1 if spaced in f" {display}" else 2
        scored.append((score, category.depth, category.display_name, category))
    scored.sort(key=lambda item: item[:3])
    return [
        Suggestion(
            category.display_name,
            "category",
            reverse("catalog:category", kwargs={"slug": category.slug}),
        )
        for *_ignored, category in scored[:limit]
    ]


def autocomplete(prefix: str, *, limit: int = 8) -> list[Suggestion]:
    prefix = (prefix or "")[:AUTOCOMPLETE_MAX_CHARS]
    if not words(prefix):
        return []
    language = (translation.get_language() or "en").split("-")[0]
    limit = max(1, min(limit, 10))
    engine = get_engine()
    key = search_cache.versioned(
        "search:ac:"
        + hashlib.sha256(
            json.dumps([engine.name, prefix.casefold(), language, limit]).encode()
        ).hexdigest()
    )
    cached = cache.get(key) if key else None
    if cached is not None:
        return cached
    try:
        suggestions = engine.autocomplete(prefix, language=language, limit=limit)
    except SearchUnavailable:
        return []
    terms = [s for s in suggestions if s.kind == "term"][:limit]
    products = [s for s in suggestions if s.kind == "product"][:3]
    suppliers = [s for s in suggestions if s.kind == "supplier"][:3]
    suggestions = [*terms, *category_suggestions(prefix), *products, *suppliers]
    search_url = reverse("search:search")
    suggestions = [
        s if s.url else dataclasses.replace(s, url=f"{search_url}?{urlencode({'q': s.text})}")
        for s in suggestions
    ]
    if key:
        cache.set(key, suggestions, max(search_cache.timeout(), 300))
    return suggestions


__all__ = [
    "PRODUCTS",
    "SUPPLIERS",
    "SearchFailed",
    "autocomplete",
    "products_search",
    "search",
    "suppliers_search",
]
