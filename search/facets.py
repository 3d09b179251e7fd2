"""Raw facet counts from an engine → labelled facets in a fixed order, with the selection.

The category facet is a tree: with no category chosen it lists the top-level categories; with
one chosen it lists that category's ancestors and itself (selected) and then its children with
their counts. Counts are those of the current result set.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django_countries import countries

from marketplace.companies.models import PaymentTerm
from marketplace.companies.validators import GST_STATES
from tradesetu.money import money_format, money_range_format

from .lookups import tables
from .types import (
    MOQ_BUCKETS,
    PRICE_BUCKETS,
    PRODUCTS,
    RATING_THRESHOLDS,
    Facet,
    FacetValue,
    Filters,
)


def _price_label(low, high) -> str:
    """ "$5–$10", "Under $5": one amount format (tradesetu.money) in every language."""
    if low is not None and high is not None:
        return money_range_format(low, high, "USD", decimal_pos=None)
    amounts = {
        "low": money_format(low, "USD", decimal_pos=None),
        "high": money_format(high, "USD", decimal_pos=None),
    }
    if low is None:
        return _("Under %(high)s%(unit)s") % {**amounts, "unit": ""}
    return _("%(low)s%(unit)s and more") % {**amounts, "unit": ""}


def _moq_label(low, high) -> str:
    if low is None:
        return _("Up to %(high)s") % {"high": f"{high:g}"}
    if high is None:
        return _("Over %(low)s") % {"low": f"{low:g}"}
    return _("%(low)s to %(high)s") % {"low": f"{low:g}", "high": f"{high:g}"}


def build(raw: dict[str, dict[str, int]], filters: Filters, kind: str) -> list:
    lookup = tables()
    facets: list[Facet] = []

    # category tree
    counts = raw.get("category", {})
    values: list[FacetValue] = []
    chosen = lookup.category_by_slug.get(filters.category)
    if chosen is not None:
        for node in lookup.category_path(chosen):
            values.append(
                FacetValue(
                    node.slug,
                    node.display_name,
                    counts.get(str(node.id), 0),
                    selected=node.id == chosen.id,
                    depth=0,
                )
            )
        children = lookup.children.get(chosen.id, [])
    else:
        children = lookup.children.get(None, [])
    child_values = [
        FacetValue(c.slug, c.display_name, counts.get(str(c.id), 0), depth=1)
        for c in children
        if counts.get(str(c.id))
    ]
    child_values.sort(key=lambda v: -v.count)
    values += child_values
    if values:
        facets.append(Facet("category", _("Category"), tuple(values)))

    if kind == PRODUCTS:
        prices = raw.get("price", {})
        price_values = tuple(
            FacetValue(name, _price_label(low, high), prices[name], filters.price == name)
            for name, low, high in PRICE_BUCKETS
            if prices.get(name)
        )
        if price_values:
            facets.append(Facet("price", _("Price per unit (from)"), price_values))
        moqs = raw.get("moq", {})
        moq_values = tuple(
            FacetValue(name, _moq_label(low, high), moqs[name], filters.moq == name)
            for name, low, high in MOQ_BUCKETS
            if moqs.get(name)
        )
        if moq_values:
            facets.append(Facet("moq", _("Minimum order"), moq_values))

    verified = raw.get("verified", {}).get("true", 0)
    if verified:
        facets.append(
            Facet(
                "verified",
                _("Verification"),
                (FacetValue("1", _("Verified suppliers"), verified, filters.verified),),
            )
        )

    ratings = raw.get("rating", {})
    rating_values = tuple(
        FacetValue(
            str(n), _("%(n)s stars and up") % {"n": n}, ratings[str(n)], filters.rating_min == n
        )
        for n in RATING_THRESHOLDS
        if ratings.get(str(n))
    )
    if rating_values:
        facets.append(Facet("rating", _("Rating"), rating_values))

    certs = raw.get("cert", {})
    cert_values = sorted(
        (
            FacetValue(
                lookup.cert_by_id[int(pk)][0],
                _(lookup.cert_by_id[int(pk)][1]),  # the name in the catalogue, if there
                count,
                lookup.cert_by_id[int(pk)][0] in filters.certifications,
            )
            for pk, count in certs.items()
            if pk.isdigit() and int(pk) in lookup.cert_by_id
        ),
        key=lambda v: (-v.count, v.label),
    )
    if cert_values:
        facets.append(Facet("cert", _("Certifications"), tuple(cert_values[:15]), multiple=True))

    country_names = dict(countries)
    country_values = sorted(
        (
            FacetValue(code, str(country_names.get(code, code)), count, code in filters.countries)
            for code, count in raw.get("country", {}).items()
            if code
        ),
        key=lambda v: (-v.count, v.label),
    )
    if country_values:
        facets.append(Facet("country", _("Country"), tuple(country_values[:15]), multiple=True))

    state_values = sorted(
        (
            FacetValue(code, GST_STATES.get(code, code), count, code in filters.states)
            for code, count in raw.get("state", {}).items()
            if code
        ),
        key=lambda v: (-v.count, v.label),
    )
    if state_values:
        facets.append(Facet("state", _("State (India)"), tuple(state_values[:40]), multiple=True))

    tier_values = sorted(
        (
            FacetValue(slug, lookup.plans.get(slug, (slug, 0))[0], count, slug in filters.tiers)
            for slug, count in raw.get("tier", {}).items()
            if slug
        ),
        key=lambda v: -lookup.plans.get(v.value, ("", 0))[1],
    )
    if tier_values:
        facets.append(Facet("tier", _("Membership"), tuple(tier_values), multiple=True))

    labels = dict(PaymentTerm.choices)
    term_values = sorted(
        (
            FacetValue(term, str(labels.get(term, term)), count, term in filters.payment_terms)
            for term, count in raw.get("terms", {}).items()
            if term in labels
        ),
        key=lambda v: (-v.count, v.label),
    )
    if term_values:
        facets.append(Facet("terms", _("Payment terms"), tuple(term_values), multiple=True))
    return facets
