"""Side-by-side comparison of 2–4 suppliers or products (design §3).

``suppliers_compare(slugs)`` / ``products_compare(refs)`` return a ``Comparison``: the items in
the order asked, then one ``Row`` per fact with a display value per item and ``differs`` set
when the items do not all have the same value (what the page highlights). Facts: location,
verification (badge and evidence), certifications with validity, price range, MOQ, lead time,
response rate and time (from the leads the supplier received in the last 90 days: opened or
unlocked, and how long after it was shared), rating, export markets, payment terms, categories
and, for products, every attribute of their categories' schemas.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from django.db.models import Count, Max, Min, Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from marketplace.catalog.models import Incoterm, Product
from marketplace.companies.models import Certification, Company, PaymentTerm, ReviewStatus
from marketplace.companies.selectors import verification_evidence
from tradesetu.errors import ValidationFailed
from tradesetu.money import money_range_format

MIN_ITEMS, MAX_ITEMS = 2, 4
RESPONSE_WINDOW_DAYS = 90


@dataclass(frozen=True)
class Item:
    key: str  # slug (supplier) or id (product), as used in the URL
    name: str
    url: str
    subtitle: str = ""


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    values: tuple[str, ...]
    differs: bool
    group: str = ""


@dataclass
class Comparison:
    kind: str  # "suppliers" or "products"
    items: list[Item]
    rows: list[Row] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def differing(self) -> int:
        return sum(row.differs for row in self.rows)


def parse_refs(values: list[str] | str) -> list[str]:
    """``a,b`` or repeated values → unique references, in order."""
    if isinstance(values, str):
        values = [values]
    refs: list[str] = []
    for value in values:
        for ref in str(value).split(","):
            ref = ref.strip()[:220]
            if ref and ref not in refs:
                refs.append(ref)
    return refs


def _check_count(refs: list[str]) -> None:
    if len(refs) > MAX_ITEMS:
        raise ValidationFailed.field(
            "items", _("Compare at most %(n)s at a time.") % {"n": MAX_ITEMS}
        )


def _row(key: str, label: str, values: list[str], group: str = "") -> Row:
    normalised = {v.strip().casefold() for v in values}
    return Row(key, label, tuple(v or "—" for v in values), len(normalised) > 1, group)


def _money(amount: Decimal | None) -> str:
    return number_format(amount, decimal_pos=2, use_l10n=True) if amount is not None else ""


def _quantity(amount: Decimal | None, unit: str) -> str:
    """A quantity as buyers read it: localised, without trailing zeros, with its unit
    ("1,000 kg", "2.5 tonnes")."""
    if amount is None:
        return ""
    value = Decimal(amount).normalize()  # 2.50 → 2.5, 1000.00 → 1E+3
    places = max(0, -int(value.as_tuple().exponent))
    text = number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)
    return f"{text} {unit}".strip()


def _price_range(low, high, currency: str, unit: str) -> str:
    if low is None and high is None:
        return _("On request")
    text = money_range_format(low, high, currency)
    return f"{text} / {unit}" if unit else text


def _certifications(company_ids: list[int]) -> dict[int, list[Certification]]:
    today = timezone.localdate()
    found: dict[int, list[Certification]] = {}
    for cert in (
        Certification.objects.filter(company_id__in=company_ids, status=ReviewStatus.APPROVED)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today))
        .select_related("cert_type")
        .order_by("cert_type__name")
    ):
        found.setdefault(cert.company_id, []).append(cert)
    return found


def _cert_text(certs: list[Certification]) -> str:
    parts = []
    for cert in certs:
        if cert.valid_to:
            parts.append(
                _("%(name)s (valid until %(date)s)")
                % {
                    "name": cert.cert_type.display_name,
                    "date": date_format(cert.valid_to, "DATE_FORMAT"),
                }
            )
        else:
            parts.append(_("%(name)s (no expiry)") % {"name": cert.cert_type.display_name})
    return "; ".join(parts)


@dataclass(frozen=True)
class Responsiveness:
    leads: int
    answered: int
    median_hours: float | None

    @property
    def rate_text(self) -> str:
        if not self.leads:
            return _("No leads yet")
        return _("%(percent)s%% of %(leads)s leads") % {
            "percent": round(100 * self.answered / self.leads),
            "leads": self.leads,
        }

    @property
    def time_text(self) -> str:
        if self.median_hours is None:
            return ""
        if self.median_hours < 1:
            return _("within an hour")
        if self.median_hours < 48:
            hours = round(self.median_hours)
            return ngettext("about %(n)s hour", "about %(n)s hours", hours) % {"n": hours}
        days = round(self.median_hours / 24)
        return ngettext("about %(n)s day", "about %(n)s days", days) % {"n": days}


def responsiveness(company_ids: list[int]) -> dict[int, Responsiveness]:
    """Share of the leads shared with each seller in the window that it opened or unlocked, and
    the median time from sharing to that first response."""
    from marketplace.leads.models import Lead

    since = timezone.now() - timedelta(days=RESPONSE_WINDOW_DAYS)
    hours: dict[int, list[float]] = {pk: [] for pk in company_ids}
    totals: dict[int, int] = dict.fromkeys(company_ids, 0)
    for company_id, created, viewed, unlocked in Lead.objects.filter(
        company_id__in=company_ids, created_at__gte=since
    ).values_list("company_id", "created_at", "viewed_at", "unlocked_at")[:20000]:
        totals[company_id] += 1
        responses = [t for t in (viewed, unlocked) if t is not None]
        if responses:
            hours[company_id].append((min(responses) - created).total_seconds() / 3600)
    return {
        pk: Responsiveness(
            totals[pk],
            len(hours[pk]),
            statistics.median(hours[pk]) if hours[pk] else None,
        )
        for pk in company_ids
    }


def _ratings(company_ids: list[int]) -> dict[int, str]:
    from marketplace.reviews.selectors import ratings_for

    texts = {}
    for company_id, summary in ratings_for(company_ids).items():
        if summary.count:
            texts[company_id] = ngettext(
                "%(avg)s / 5 (%(n)s review)", "%(avg)s / 5 (%(n)s reviews)", summary.count
            ) % {"avg": number_format(summary.average, decimal_pos=1), "n": summary.count}
    return texts


def _markets(profile) -> str:
    if profile is None or not profile.export_markets:
        return ""
    return ", ".join(sorted(str(c.name) for c in profile.export_markets))


def _terms(codes) -> str:
    """Payment terms as a set: always in the vocabulary's order, so two suppliers offering the
    same terms listed in another order read (and compare) the same."""
    chosen = set(codes or ())
    return ", ".join(str(label) for code, label in PaymentTerm.choices if code in chosen)


def _incoterms(codes) -> str:
    chosen = set(codes or ())
    return ", ".join(code for code in Incoterm.values if code in chosen)


def _company_rows(companies: list[Company]) -> list[Row]:
    ids = [c.pk for c in companies]
    certs = _certifications(ids)
    responses = responsiveness(ids)
    ratings = _ratings(ids)
    products = {
        row["company_id"]: row
        for row in Product.objects.public()
        .filter(company_id__in=ids)
        .values("company_id")
        .annotate(
            n=Count("pk"),
            lead_min=Min("lead_time_days"),
            lead_max=Max("lead_time_days"),
        )
    }
    # the smallest MOQ per unit (kilograms and pieces do not compare), the most common unit first
    moqs: dict[int, dict[str, tuple[int, Decimal]]] = {}
    for row in (
        Product.objects.public()
        .filter(company_id__in=ids)
        .values("company_id", "moq_unit")
        .annotate(n=Count("pk"), moq=Min("moq"))
    ):
        moqs.setdefault(row["company_id"], {})[row["moq_unit"]] = (row["n"], row["moq"])

    def smallest_moq(company: Company) -> str:
        by_unit = sorted(
            (moqs.get(company.pk) or {}).items(), key=lambda item: (-item[1][0], item[0])
        )
        return "; ".join(_quantity(moq, unit) for unit, (_n, moq) in by_unit)

    from .models import SupplierDocument

    docs = {d.company_id: d for d in SupplierDocument.objects.filter(company_id__in=ids)}
    categories: dict[int, set[str]] = {}
    for company_id, name in (
        Product.objects.public()
        .filter(company_id__in=ids)
        .values_list("company_id", "category__name")
        .distinct()
    ):
        categories.setdefault(company_id, set()).add(name)

    def evidence(company: Company) -> str:
        if not company.is_verified:
            return _("Not verified")
        items = verification_evidence(company)
        return "; ".join(
            f"{item.label} ({date_format(item.verified_at, 'DATE_FORMAT')})"
            if item.verified_at
            else item.label
            for item in items
        )

    def price(company: Company) -> str:
        doc = docs.get(company.pk)
        if doc is None or doc.price_min_usd is None:
            return ""
        return _price_range(doc.price_min_usd, doc.price_max_usd, "USD", "")

    def lead_time(company: Company) -> str:
        row = products.get(company.pk) or {}
        low, high = row.get("lead_min"), row.get("lead_max")
        if low is None:
            return ""
        if low == high:
            return ngettext("%(n)s day", "%(n)s days", low) % {"n": low}
        return _("%(low)s–%(high)s days") % {"low": low, "high": high}

    profiles = {c.pk: getattr(c, "seller_profile", None) for c in companies}
    return [
        _row(
            "location",
            _("Location"),
            [
                ", ".join(p for p in (c.city, c.state_name, str(c.country.name)) if p)
                for c in companies
            ],
        ),
        _row(
            "verified",
            _("Verified Supplier"),
            [_("Yes") if c.is_verified else _("No") for c in companies],
            "trust",
        ),
        _row("evidence", _("Verification evidence"), [evidence(c) for c in companies], "trust"),
        _row(
            "certifications",
            _("Certifications"),
            [_cert_text(certs.get(c.pk, [])) for c in companies],
            "trust",
        ),
        _row(
            "rating",
            _("Rating"),
            [ratings.get(c.pk, _("No reviews yet")) for c in companies],
            "trust",
        ),
        _row(
            "response_rate",
            _("Response rate"),
            [responses[c.pk].rate_text for c in companies],
            "service",
        ),
        _row(
            "response_time",
            _("Response time"),
            [responses[c.pk].time_text for c in companies],
            "service",
        ),
        _row("price", _("Price range (US$, per unit)"), [price(c) for c in companies], "offer"),
        _row(
            "moq",
            _("Smallest MOQ"),
            [smallest_moq(c) for c in companies],
            "offer",
        ),
        _row("lead_time", _("Lead time"), [lead_time(c) for c in companies], "offer"),
        _row(
            "products",
            _("Products listed"),
            [str((products.get(c.pk) or {}).get("n", 0)) for c in companies],
            "offer",
        ),
        _row(
            "categories",
            _("Categories"),
            [", ".join(sorted(categories.get(c.pk, set()))[:6]) for c in companies],
            "offer",
        ),
        _row(
            "export_markets",
            _("Export markets"),
            [_markets(profiles[c.pk]) for c in companies],
            "trade",
        ),
        _row(
            "payment_terms",
            _("Payment terms"),
            [_terms(profiles[c.pk].payment_terms if profiles[c.pk] else []) for c in companies],
            "trade",
        ),
        _row("founded", _("Founded"), [str(c.year_founded or "") for c in companies]),
    ]


def chosen(kind: str, refs: list[str]) -> list[Item]:
    """The items a visitor picked, by name, without building the comparison (fewer than two
    picked: the page keeps them and asks for more)."""
    refs = parse_refs(refs)[:MAX_ITEMS]
    if kind == "products":
        ids = [int(r) for r in refs if r.isdigit() and len(r) < 19]
        found = {
            str(p.pk): Item(str(p.pk), p.title, reverse("catalog:product", kwargs={"slug": p.slug}))
            for p in Product.objects.public().filter(pk__in=ids).only("pk", "title", "slug")
        }
    else:
        found = {
            c.slug: Item(c.slug, c.name, reverse("companies:supplier", kwargs={"slug": c.slug}))
            for c in Company.objects.filter(
                kind=Company.Kind.SELLER, is_blocked=False, slug__in=refs
            ).only("slug", "name")
        }
    return [found[ref] for ref in refs if ref in found]


def suppliers_compare(refs: list[str]) -> Comparison:
    refs = parse_refs(refs)
    _check_count(refs)
    found = {
        c.slug: c
        for c in Company.objects.filter(
            kind=Company.Kind.SELLER, is_blocked=False, slug__in=refs
        ).select_related("seller_profile")
    }
    companies = [found[ref] for ref in refs if ref in found]
    comparison = Comparison(
        kind="suppliers",
        items=[
            Item(
                c.slug,
                c.name,
                reverse("companies:supplier", kwargs={"slug": c.slug}),
                ", ".join(p for p in (c.city, c.state_name) if p),
            )
            for c in companies
        ],
        missing=[ref for ref in refs if ref not in found],
    )
    if len(companies) >= 1:
        comparison.rows = _company_rows(companies)
    return comparison


def products_compare(refs: list[str]) -> Comparison:
    refs = parse_refs(refs)
    _check_count(refs)
    ids = [int(r) for r in refs if r.isdigit() and len(r) < 19]
    slugs = [r for r in refs if not r.isdigit()]
    qs = (
        Product.objects.public()
        .filter(Q(pk__in=ids) | Q(slug__in=slugs))
        .select_related("company__seller_profile", "category")
        .prefetch_related(
            Prefetch(
                "certifications",
                queryset=Certification.objects.filter(status=ReviewStatus.APPROVED).select_related(
                    "cert_type"
                ),
            )
        )
    )
    by_ref = {}
    for product in qs:
        by_ref[str(product.pk)] = product
        by_ref[product.slug] = product
    products: list[Product] = []
    for ref in refs:
        product = by_ref.get(ref)
        if product is not None and product not in products:
            products.append(product)
    comparison = Comparison(
        kind="products",
        items=[
            Item(
                str(p.pk),
                p.title,
                reverse("catalog:product", kwargs={"slug": p.slug}),
                p.company.name,
            )
            for p in products
        ],
        missing=[ref for ref in refs if ref not in by_ref],
    )
    if not products:
        return comparison
    companies = [p.company for p in products]
    supplier_rows = {row.key: row for row in _company_rows(companies)}
    today = timezone.localdate()

    def certs(product: Product) -> str:
        own = [c for c in product.certifications.all() if c.valid_to is None or c.valid_to >= today]
        return _cert_text(own)

    def lead(product: Product) -> str:
        if product.lead_time_days is None:
            return ""
        return ngettext("%(n)s day", "%(n)s days", product.lead_time_days) % {
            "n": product.lead_time_days
        }

    rows = [
        _row("supplier", _("Supplier"), [p.company.name for p in products]),
        _row("category", _("Category"), [p.category.display_name for p in products]),
        _row(
            "price",
            _("Price"),
            [_price_range(p.price_min, p.price_max, p.currency, p.price_unit) for p in products],
            "offer",
        ),
        _row("moq", _("Minimum order"), [_quantity(p.moq, p.moq_unit) for p in products], "offer"),
        _row("lead_time", _("Lead time"), [lead(p) for p in products], "offer"),
        _row("incoterms", _("Incoterms"), [_incoterms(p.incoterms) for p in products], "offer"),
        _row(
            "samples",
            _("Samples"),
            [_("Available") if p.samples_available else _("No") for p in products],
            "offer",
        ),
        _row(
            "product_certifications",
            _("Product certifications"),
            [certs(p) for p in products],
            "trust",
        ),
        *(
            supplier_rows[key]
            for key in (
                "verified",
                "evidence",
                "certifications",
                "rating",
                "response_rate",
                "response_time",
            )
        ),
        _row(
            "export_markets",
            _("Export markets"),
            [_markets(getattr(p.company, "seller_profile", None)) for p in products],
            "trade",
        ),
        _row(
            "payment_terms",
            _("Payment terms"),
            [
                _terms(
                    p.payment_terms
                    or (
                        p.company.seller_profile.payment_terms
                        if hasattr(p.company, "seller_profile")
                        else []
                    )
                )
                for p in products
            ],
            "trade",
        ),
    ]
    # category attributes: the union of the schemas, in schema order
    schemas = {p.pk: p.category.schema() for p in products}
    seen: dict[str, object] = {}
    for product in products:
        for attribute in schemas[product.pk]:
            seen.setdefault(attribute.key, attribute)
    for key, attribute in seen.items():
        values = []
        for product in products:
            value = product.attributes.get(key) if isinstance(product.attributes, dict) else None
            if isinstance(value, bool):
                value = _("Yes") if value else _("No")
            values.append(
                ""
                if value in (None, "")
                else f"{value}{' ' + attribute.display_unit if attribute.unit else ''}"
            )
        if any(values):
            rows.append(_row(f"attr:{key}", attribute.display_label, values, "specifications"))
    comparison.rows = rows
    return comparison
