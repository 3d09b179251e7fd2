"""Small reference tables every search needs (categories, certification types, plans), kept in
process memory for a minute: facets label their values and filters turn slugs into ids without
a query per request."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from django.utils import translation

TTL_SECONDS = 60


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    slug: str
    name: str
    name_i18n: dict
    parent_id: int | None
    depth: int
    sort_order: int

    @property
    def display_name(self) -> str:
        language = (translation.get_language() or "en").split("-")[0]
        return self.name_i18n.get(language) or self.name


@dataclass(frozen=True)
class Tables:
    categories: dict[int, CategoryInfo]
    folded_names: dict[int, tuple[str, ...]]  # every name, unaccented and case-folded
    category_by_slug: dict[str, CategoryInfo]
    children: dict[int | None, list[CategoryInfo]]
    cert_by_code: dict[str, tuple[int, str]]
    cert_by_id: dict[int, tuple[str, str]]
    plans: dict[str, tuple[str, int]]  # slug -> (name, priority rank)

    def category_path(self, category: CategoryInfo) -> list[CategoryInfo]:
        chain = [category]
        while chain[0].parent_id and chain[0].parent_id in self.categories:
            chain.insert(0, self.categories[chain[0].parent_id])
        return chain


_lock = threading.Lock()
_state: dict[str, object] = {"tables": None, "at": 0.0}


def _load() -> Tables:
    from billing.models import Plan
    from marketplace.catalog.models import Category
    from marketplace.companies.models import CertificationType

    categories = {
        c.pk: CategoryInfo(
            c.pk, c.slug, c.name, c.name_i18n or {}, c.parent_id, c.depth, c.sort_order
        )
        for c in Category.objects.filter(is_active=True).only(
            "pk", "slug", "name", "name_i18n", "parent_id", "depth", "sort_order"
        )
    }
    children: dict[int | None, list[CategoryInfo]] = {}
    for category in sorted(categories.values(), key=lambda c: (c.sort_order, c.name)):
        children.setdefault(category.parent_id, []).append(category)
    certs = list(CertificationType.objects.values_list("pk", "code", "name"))
    from .text import normalise, unaccent

    return Tables(
        categories=categories,
        folded_names={
            c.id: tuple(
                dict.fromkeys(unaccent(normalise(n)) for n in (c.name, *c.name_i18n.values()) if n)
            )
            for c in categories.values()
        },
        category_by_slug={c.slug: c for c in categories.values()},
        children=children,
        cert_by_code={code: (pk, name) for pk, code, name in certs},
        cert_by_id={pk: (code, name) for pk, code, name in certs},
        plans={
            slug: (name, rank)
            for slug, name, rank in Plan.objects.values_list("slug", "name", "priority_rank")
        },
    )


def tables() -> Tables:
    now = time.monotonic()
    with _lock:
        if _state["tables"] is None or now - float(_state["at"]) > TTL_SECONDS:
            _state.update(tables=_load(), at=now)
        return _state["tables"]  # type: ignore[return-value]


def forget() -> None:
    with _lock:
        _state.update(tables=None, at=0.0)


def _stem(word: str) -> str:
    """A crude English plural folding, enough to compare query words with category names."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "ses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _name_words(name: str) -> frozenset[str]:
    from .text import query_terms, unaccent

    return frozenset(_stem(unaccent(w)) for w in query_terms(name) if len(w) > 1)


def categories_named(query: str) -> tuple[tuple[int, int], ...]:
    """Categories the query names (in any language), with points for the relevance tier: all
    of a category's words in the query → 2 per word (at most 6: "green tea" names Green tea
    (4) and Tea (2)); a name of three words or more with all but one in the query, the query's
    last word (the head noun in English: "stainless steel *pipes*") among them → 2 for a leaf
    category, 1 for a group (more specific wins)."""
    from .text import query_terms, unaccent

    ordered = [_stem(unaccent(w)) for w in query_terms(query) if len(w) > 1]
    words = frozenset(ordered)
    if not words:
        return ()
    head = ordered[-1]
    points: dict[int, int] = {}
    lookup = tables()
    for category in lookup.categories.values():
        best = 0
        for name in (category.name, *category.name_i18n.values()):
            name_words = _name_words(name)
            if not name_words:
                continue
            common = len(name_words & words)
            if common == len(name_words):
                best = max(best, min(6, 2 * common))
            elif (
                len(name_words) >= 3
                and common >= 2
                and common == len(name_words) - 1
                and head in name_words
            ):
                best = max(best, 1 if category.id in lookup.children else 2)
        if best:
            points[category.id] = best
    return tuple(sorted(points.items()))
