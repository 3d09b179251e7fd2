"""Lead and RFQ reads. The redaction rule lives here: a locked lead never carries the buyer's
name, e-mail, phone, company or attachments, and contact details typed into its free text are
masked; only the unlocking seller company's members see them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from django.db.models import Count, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from marketplace.companies.models import Company
from tradesetu.compiled import CompiledQuery
from tradesetu.pii import mask_contacts

from .models import RFQ, BadLeadClaim, Lead


@dataclass(frozen=True)
class InboxFilters:
    status: str = ""
    category_id: int | None = None
    country: str = ""
    quantity_min: Decimal | None = None
    quantity_max: Decimal | None = None
    since: date | None = None
    until: date | None = None
    trust_min: int | None = None


def seller_inbox(company: Company, filters: InboxFilters = InboxFilters()) -> QuerySet[Lead]:
    qs = Lead.objects.filter(company=company).select_related("rfq__category")
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.category_id:
        qs = qs.filter(
            Q(rfq__category_id=filters.category_id)
            | Q(rfq__category__parent_id=filters.category_id)
        )
    if filters.country:
        qs = qs.filter(rfq__destination_country=filters.country)
    if filters.quantity_min is not None:
        qs = qs.filter(rfq__quantity__gte=filters.quantity_min)
    if filters.quantity_max is not None:
        qs = qs.filter(rfq__quantity__lte=filters.quantity_max)
    if filters.since:
        qs = qs.filter(created_at__date__gte=filters.since)
    if filters.until:
        qs = qs.filter(created_at__date__lte=filters.until)
    if filters.trust_min is not None:
        qs = qs.filter(rfq__trust_score__gte=filters.trust_min)
    return qs.order_by("-created_at", "-pk")


# what one row of the inbox page shows (``leads_tags.inbox_rows``): the rest of a lead and its
# RFQ (free text, specifications, scoring factors) is read only when the lead is opened
INBOX_ROW_FIELDS = (
    "pk",
    "status",
    "created_at",
    "rfq__title",
    "rfq__quantity",
    "rfq__unit",
    "rfq__destination_country",
    "rfq__trust_score",
    "rfq__category_id",
    "rfq__public_id",  # the API's rows name their RFQ
    "expires_at",
    "shared_count",
    "unlocked_count",
)


def inbox_page_leads(company: Company, filters: InboxFilters = InboxFilters()) -> QuerySet:
    """The inbox page's leads as dicts of ``INBOX_ROW_FIELDS``: only the columns a row shows,
    with the share counts, and no model instances built. Category names come from
    ``inbox_filter_choices``, read for the filter form anyway, so the query joins no category."""
    leads = with_share_counts(seller_inbox(company, filters).select_related(None))
    return leads.values(*INBOX_ROW_FIELDS)


class InboxRows:
    """The rows of ``inbox_page_leads`` for a ``Paginator`` (the inbox page and the API): each
    page is one query compiled once per process and combination of filters (building it through
    the ORM on every request cost more than PostgreSQL takes to run it), and the total comes from
    the status counts (``inbox_counts``) when given and they know it, else from one compiled
    count. It is read by slices only, as ``Paginator`` reads it."""

    def __init__(
        self, company: Company, filters: InboxFilters, counts: dict[str, int] | None = None
    ):
        self.values = {"company_id": company.pk} | {
            name: getattr(filters, name) for name in _active_filters(filters)
        }
        shape = frozenset(self.values)
        if shape not in _INBOX_QUERIES:
            _INBOX_QUERIES[shape] = _compile_inbox(shape)
        self.rows_query, self.count_query = _INBOX_QUERIES[shape]
        total = inbox_total(filters, counts) if counts is not None else None
        if total is None:
            counted = self.count_query.rows(**self.values)
            total = counted[0][0] if counted else 0
        self.total = total

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step not in (None, 1):
            raise TypeError("an inbox page is read by a slice")
        start, stop, _ = index.indices(self.total)
        if stop <= start:
            return []
        return self.rows_query.dicts(limit=stop - start, offset=start, **self.values)


_INBOX_SENTINELS = {
    "company_id": -7_654_321,
    "status": "status-sentinel",
    "category_id": -7_654_322,
    "country": "AQ",  # a country code: the field cleans anything else away
    "quantity_min": Decimal("-7654321.125"),
    "quantity_max": Decimal("-7654322.125"),
    "since": date(1901, 2, 3),
    "until": date(1901, 2, 4),
    "trust_min": 97,  # within the field's range: Django drops a comparison with one outside
}
_INBOX_QUERIES: dict[frozenset, tuple[CompiledQuery, CompiledQuery]] = {}


def _active_filters(filters: InboxFilters) -> list[str]:
    return [
        name
        for name in _INBOX_SENTINELS
        if name != "company_id" and getattr(filters, name) not in (None, "")
    ]


def _compile_inbox(shape: frozenset) -> tuple[CompiledQuery, CompiledQuery]:
    sentinels = {name: _INBOX_SENTINELS[name] for name in shape}

    def leads(company_id, **values):
        return inbox_page_leads(Company(pk=company_id), InboxFilters(**values))

    def count(company_id, **values):
        return (
            seller_inbox(Company(pk=company_id), InboxFilters(**values))
            .select_related(None)
            .order_by()
            .values("company_id")
            .annotate(n=Count("*"))
            .values_list("n")
        )

    return CompiledQuery(leads, **sentinels), CompiledQuery(count, **sentinels)


def inbox_total(filters: InboxFilters, counts: dict[str, int]) -> int | None:
    """How many leads the inbox shows, from ``inbox_counts`` when only the status narrows it
    (the common case: no second count over the inbox); None when other filters apply."""
    narrowed = replace(filters, status="") != InboxFilters()
    if narrowed:
        return None
    return counts.get(filters.status, 0) if filters.status else sum(counts.values())


def with_share_counts(leads: QuerySet[Lead]) -> QuerySet[Lead]:
    """Add ``shared_count`` and ``unlocked_count`` ("k of N sellers have unlocked") to each lead,
    as two correlated subqueries over the (rfq) index. PostgreSQL evaluates them after the sort
    and LIMIT, for the rows of one page only, and the page needs no second query."""
    shares = Lead.objects.filter(rfq_id=OuterRef("rfq_id")).order_by().values("rfq_id")
    return leads.annotate(
        shared_count=Subquery(shares.annotate(n=Count("*")).values("n")),
        unlocked_count=Coalesce(
            Subquery(shares.filter(unlocked_at__isnull=False).annotate(n=Count("*")).values("n")),
            0,
        ),
    )


def inbox_filter_choices(
    company: Company, counts: dict[str, int] | None = None
) -> tuple[list[tuple[int, str]], list[tuple[str, str]]]:
    """The categories and destination countries that occur in the company's leads, cached until
    the company receives another lead (``counts``: its ``inbox_counts``, when read already).
    The cache is the process's own: the key names all it depends on, so no other process has to
    be told, and a page costs no round trip for it."""
    from django.core.cache import caches

    key = f"leads:inbox-choices:{inbox_version(company, counts)}"
    return caches["local"].get_or_set(key, lambda: _inbox_filter_choices(company), 60 * 60)


def inbox_version(company: Company, counts: dict[str, int] | None = None) -> str:
    """What the inbox filter choices (and the filter form made of them) depend on: the company,
    how many leads it has and the language. Leads are only ever added (a deleted RFQ takes its
    leads along, and at worst leaves a stale choice until the next lead or the hour is out)."""
    from django.utils import translation

    total = sum((counts if counts is not None else inbox_counts(company)).values())
    return f"{company.pk}:{total}:{translation.get_language()}"


def _inbox_filter_choices(company: Company):
    from django_countries import countries

    from marketplace.catalog.models import Category

    leads = Lead.objects.filter(company=company)
    category_ids = leads.order_by().values_list("rfq__category_id", flat=True).distinct()
    categories = [(c.pk, c.display_name) for c in Category.objects.filter(pk__in=category_ids)]
    codes = set(leads.order_by().values_list("rfq__destination_country", flat=True).distinct())
    return sorted(categories, key=lambda c: c[1]), [
        (code, countries.name(code)) for code in sorted(codes) if code
    ]


def inbox_counts(company: Company) -> dict[str, int]:
    """The company's leads per status, every status present (COUNT(*) over the company and status
    index: an index-only scan)."""
    counts = dict.fromkeys(Lead.Status.values, 0)
    counts.update(_INBOX_COUNTS.rows(company_id=company.pk))
    return counts


_INBOX_COUNTS = CompiledQuery(
    lambda company_id: (
        Lead.objects.filter(company_id=company_id)
        .values("status")
        .annotate(n=Count("*"))
        .order_by()
        .values_list("status", "n")
    ),
    company_id=-7_654_321,
)


@dataclass
class LeadCard:
    """What a seller sees of one lead."""

    lead: Lead
    rfq: RFQ
    unlocked: bool
    specs: list[tuple[str, object, str]]
    notes: str
    trust_score: int
    trust_factors: dict
    buyer_country: str
    unlocked_count: int
    shared_count: int
    attachments_count: int
    buyer_name: str | None = None
    buyer_email: str | None = None
    buyer_phone: str | None = None
    buyer_company: Company | None = None
    attachments: list = field(default_factory=list)
    claim: BadLeadClaim | None = None
    claim_open_until: datetime | None = None

    @property
    def trust_breakdown(self) -> list[tuple[str, int]]:
        from .trust import trust_breakdown

        return trust_breakdown(self.trust_factors)

    @property
    def refundable(self) -> bool:
        """Whether an approved bad-lead report gives a credit back (a credit paid the unlock)."""
        return self.lead.unlock_via == Lead.Via.CREDIT


def lead_card(lead: Lead) -> LeadCard:
    rfq = lead.rfq
    schema = {a.key: a for a in rfq.category.schema()} if rfq.category_id else {}
    specs = [
        (
            schema[key].display_label if key in schema else key,
            value,
            schema[key].display_unit if key in schema else "",
        )
        for key, value in (rfq.specs or {}).items()
    ]
    counts = Lead.objects.filter(rfq=rfq).aggregate(
        shared=Count("pk"), unlocked=Count("pk", filter=Q(unlocked_at__isnull=False))
    )
    buyer_country = rfq.buyer_company.country.name if rfq.buyer_company_id else ""
    card = LeadCard(
        lead=lead,
        rfq=rfq,
        unlocked=lead.is_unlocked,
        specs=specs,
        notes=rfq.notes if lead.is_unlocked else mask_contacts(rfq.notes),
        trust_score=rfq.trust_score,
        trust_factors=rfq.trust_factors,
        buyer_country=buyer_country,
        unlocked_count=counts["unlocked"],
        shared_count=counts["shared"],
        attachments_count=rfq.attachments.count(),
        claim=BadLeadClaim.objects.filter(lead=lead).first(),
    )
    if lead.is_unlocked:
        buyer = rfq.buyer
        card.buyer_name = buyer.get_full_name() or buyer.email
        card.buyer_email = buyer.email
        card.buyer_phone = str(buyer.phone or "")
        card.buyer_company = rfq.buyer_company
        card.attachments = list(rfq.attachments.all())
        card.claim_open_until = lead.claim_deadline
    return card


def buyer_rfqs(buyer) -> QuerySet[RFQ]:
    return (
        RFQ.objects.filter(buyer=buyer)
        .select_related("category", "awarded_to")
        .annotate(
            shared=Count("leads", distinct=True),
            unlocked=Count("leads", filter=Q(leads__unlocked_at__isnull=False), distinct=True),
        )
        .order_by("-created_at")
    )


def rfq_for_buyer(buyer, public_id) -> RFQ | None:
    return (
        RFQ.objects.filter(buyer=buyer, public_id=public_id)
        .select_related("category__parent__parent", "awarded_to")
        .first()
    )


def rfq_leads_for_buyer(rfq: RFQ) -> QuerySet[Lead]:
    """The sellers an RFQ was shared with, as the buyer sees them (who unlocked, who viewed)."""
    return rfq.leads.select_related("company").order_by("-unlocked_at", "-score")


@dataclass(frozen=True)
class RoutingSummary:
    """What the buyer is told about routing: how many sellers the RFQ reached of how many were
    asked, the widest step routing used (``RFQ.RoutingStep``, "" before routing) and why, in the
    reader's language."""

    status: str
    asked: int
    reached: int
    step: str
    explanation: str  # the whole story: how many, and why when it needs a why
    reason: str = ""  # only the why ("" when the RFQ reached everyone asked in its category)


def rfq_routing_summary(rfq: RFQ, *, reached: int | None = None) -> RoutingSummary:
    """``reached``: how many leads the RFQ has, when the caller read them already."""
    from django.utils.translation import gettext as _
    from django.utils.translation import ngettext

    if reached is None:
        reached = rfq.leads.count()
    asked = rfq.max_sellers
    step = rfq.routing_step
    sentences: list[str] = []
    headline = 0  # how many leading sentences only say how many (the rest is the reason)
    if rfq.status == RFQ.Status.HELD:
        sentences.append(_("Verify your e-mail address to send this request."))
    elif rfq.routing_status == RFQ.Routing.PENDING:
        sentences.append(_("We are matching your request with suppliers."))
    elif reached == 0:
        sentences.append(
            _(
                "No verified supplier fits this request yet: none lists a product in its "
                "category or matching its words and serves the destination."
            )
        )
    else:
        headline = 1
        sentences.append(
            ngettext(
                "Shared with %(reached)s of the %(asked)s supplier you asked for.",
                "Shared with %(reached)s of the %(asked)s suppliers you asked for.",
                asked,
            )
            % {"reached": reached, "asked": asked}
        )
        category = rfq.category.display_name if rfq.category_id else ""
        parent = rfq.category.parent if rfq.category_id else None
        widened = {
            RFQ.RoutingStep.SIBLINGS: _(
                "Too few suppliers list products in %(category)s, so we also chose suppliers "
                "of related categories in %(group)s."
            ),
            RFQ.RoutingStep.PARENT: _(
                "Too few suppliers list products in %(category)s or related categories, so we "
                "also chose suppliers from the wider %(group)s group."
            ),
            RFQ.RoutingStep.WORDS: _(
                "Too few suppliers list products in %(category)s, so we also chose suppliers "
                "whose products match the words of your request."
            ),
        }.get(step)
        if widened:
            group = parent
            if step == RFQ.RoutingStep.PARENT and parent is not None and parent.parent_id:
                group = parent.parent
            sentences.append(
                widened % {"category": category, "group": group.display_name if group else category}
            )
        if reached < asked:
            sentences.append(
                _(
                    "No other verified supplier fits this request (category, matching "
                    "products, destination), so it went to fewer suppliers than you asked "
                    "for rather than to unrelated ones."
                )
            )
    return RoutingSummary(
        status=rfq.routing_status,
        asked=asked,
        reached=reached,
        step=step,
        explanation=" ".join(sentences),
        reason=" ".join(sentences[headline:]),
    )


def claims_pending() -> QuerySet[BadLeadClaim]:
    return BadLeadClaim.objects.filter(status=BadLeadClaim.Status.PENDING).select_related(
        "lead__rfq__buyer", "lead__company", "created_by"
    )


def admin_overview(days: int = 14) -> dict:
    """Figures for the staff dashboard panel."""
    from datetime import timedelta
    from statistics import median

    from django.db.models.functions import TruncDate
    from django.utils import timezone

    since = timezone.now() - timedelta(days=days)
    per_day = list(
        RFQ.objects.filter(created_at__gte=since)
        .annotate(day=TruncDate("created_at"))
        .values("day")
        .annotate(n=Count("pk"))
        .order_by("day")
    )
    routed = RFQ.objects.filter(created_at__gte=since, routing_status=RFQ.Routing.ROUTED).annotate(
        shared=Count("leads")
    )
    short = sum(1 for r in routed.only("max_sellers") if r.shared < r.max_sellers)
    leads = Lead.objects.filter(created_at__gte=since)
    total_leads = leads.count()
    unlocked = leads.filter(unlocked_at__isnull=False).count()
    first_unlocks = (
        Lead.objects.filter(created_at__gte=since, unlocked_at__isnull=False)
        .values("rfq_id", "rfq__routed_at")
        .annotate(first=Min("unlocked_at"))
    )
    waits = [
        (row["first"] - row["rfq__routed_at"]).total_seconds() / 3600
        for row in first_unlocks
        if row["rfq__routed_at"]
    ]
    return {
        "days": days,
        "per_day": per_day,
        "rfqs": sum(row["n"] for row in per_day),
        "no_match": RFQ.objects.filter(
            created_at__gte=since, routing_status=RFQ.Routing.NO_MATCH
        ).count(),
        "short_routed": short,
        "pending_routing": RFQ.objects.filter(
            status=RFQ.Status.OPEN, routing_status=RFQ.Routing.PENDING
        ).count(),
        "held": RFQ.objects.filter(status=RFQ.Status.HELD).count(),
        "unlock_rate": round(100 * unlocked / total_leads) if total_leads else 0,
        "median_hours_to_first_unlock": round(median(waits), 1) if waits else None,
        "open_claims": BadLeadClaim.objects.filter(status=BadLeadClaim.Status.PENDING).count(),
    }
