"""Billing reads: plans and prices, the current subscription and plan, credit balance and
ledger, invoices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import F, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from tradesetu.compiled import CompiledQuery

from .models import (
    CURRENCY_SYMBOLS,
    REFUND_REQUEST_OPEN,
    CreditEntry,
    Currency,
    Invoice,
    Payment,
    Plan,
    RefundRequestStatus,
    Subscription,
)
from .tax import price_with_gst

# --------------------------------------------------------------------------- plans


def plan_default() -> Plan:
    """The free plan every seller has without a paid subscription (cached: it is read on most
    seller pages; a change to any plan or price forgets it at once)."""
    from django.core.cache import cache

    from .signals import PLAN_DEFAULT_KEY

    plan = cache.get(PLAN_DEFAULT_KEY)
    if plan is None:
        plan = Plan.objects.filter(is_default=True).prefetch_related("prices").first()
        if plan is None:  # a fresh database before `seed_demo`: an in-memory free plan
            return Plan(
                name="Free",
                slug="free",
                max_products=10,
                lead_credits_per_month=5,
                is_default=True,
            )
        cache.set(PLAN_DEFAULT_KEY, plan, 10 * 60)
    return plan


@dataclass(frozen=True)
class PlanOffer:
    plan: Plan
    currency: str
    price: Decimal | None  # before GST, for the whole period; None: not sold in this currency
    price_with_gst: Decimal | None
    symbol: str

    @property
    def is_free(self) -> bool:
        return self.price is not None and self.price == 0


def plan_list_public(*, currency: str = "INR") -> list[PlanOffer]:
    """Public, active plans in display order with their price in ``currency`` (incl. GST)."""
    plans = Plan.objects.filter(is_public=True, is_active=True).prefetch_related("prices")
    offers = []
    for plan in plans:
        price = plan.price_for(currency)
        amount = price.amount if price else None
        offers.append(
            PlanOffer(
                plan=plan,
                currency=currency,
                price=amount,
                price_with_gst=price_with_gst(amount) if amount is not None else None,
                symbol=CURRENCY_SYMBOLS.get(currency, ""),
            )
        )
    return offers


def visitor_currency(request) -> str:
    """``?currency=`` when valid; else INR for visitors in India, USD for everyone else.

    The country comes from a CDN / proxy header when there is one (Cloudflare's
    ``CF-IPCountry``, CloudFront's ``CloudFront-Viewer-Country``), else from the signed-in
    user's company, else from the browser's language (``hi`` or an ``-IN`` locale)."""
    asked = (request.GET.get("currency") or "").upper()
    if asked in Currency.values:
        return asked
    country = (
        request.headers.get("CF-IPCountry")
        or request.headers.get("CloudFront-Viewer-Country")
        or ""
    ).upper()
    if not country and getattr(request, "user", None) and request.user.is_authenticated:
        from marketplace.companies.selectors import company_for_user

        company = company_for_user(request.user)
        country = str(company.country) if company else ""
    if not country:
        accept = request.headers.get("Accept-Language", "").lower()
        country = "IN" if ("-in" in accept or accept.startswith("hi")) else ""
    return Currency.INR if country == "IN" else Currency.USD


# --------------------------------------------------------------------------- subscriptions


def subscriptions_in_force(at: datetime) -> QuerySet[Subscription]:
    """Active subscriptions whose period covers ``at`` (at most one per company)."""
    return Subscription.objects.filter(
        status=Subscription.Status.ACTIVE, starts_at__lte=at, ends_at__gt=at
    )


def subscription_current(company, *, at: datetime | None = None) -> Subscription | None:
    at = at or timezone.now()
    return subscriptions_in_force(at).filter(company=company).select_related("plan").first()


def subscription_upcoming(company, *, at: datetime | None = None) -> Subscription | None:
    at = at or timezone.now()
    return (
        Subscription.objects.filter(
            company=company, status=Subscription.Status.ACTIVE, starts_at__gt=at
        )
        .select_related("plan")
        .order_by("starts_at")
        .first()
    )


def plan_effective(company, *, at: datetime | None = None) -> Plan:
    subscription = subscription_current(company, at=at)
    return subscription.plan if subscription else plan_default()


def _plan_with_credit_balance(company_id: int, at: datetime) -> QuerySet[Plan]:
    current = (
        subscriptions_in_force(at)
        .filter(company_id=company_id)
        .order_by("-starts_at")
        .values("plan_id")[:1]
    )
    default = Plan.objects.filter(is_default=True).order_by("sort_order", "id").values("pk")[:1]
    spendable = (
        credit_lots_spendable(company_id, at=at)
        .order_by()
        .values("company_id")
        .annotate(total=Sum("remaining"))
        .values("total")
    )
    return Plan.objects.filter(pk=Coalesce(Subquery(current), Subquery(default))).annotate(
        credit_balance=Coalesce(Subquery(spendable), Value(0))
    )[:1]


# compiled once per process: building this query cost more than running it
_PLAN_WITH_CREDIT_BALANCE = CompiledQuery(
    _plan_with_credit_balance,
    company_id=-7_654_321,
    at=datetime(1901, 2, 3, 4, 5, 6, tzinfo=UTC),
)


def plan_with_credit_balance(company, *, at: datetime | None = None) -> tuple[Plan, int]:
    """``plan_effective`` and ``credit_balance`` in one query: the plan of the current
    subscription (else the default plan) with the company's spendable credits beside it. Every
    lead unlock and every page of the lead inbox asks for both."""
    if company is None or company.pk is None:
        return plan_default(), 0
    at = at or timezone.now()
    plan = _PLAN_WITH_CREDIT_BALANCE.first(company_id=company.pk, at=at)
    if plan is None:  # no subscription and no default plan yet (a fresh database)
        return plan_default(), credit_balance(company, at=at)
    return plan, int(plan.credit_balance)


def subscriptions_of(company) -> QuerySet[Subscription]:
    return Subscription.objects.filter(company=company).select_related("plan")


# --------------------------------------------------------------------------- credits


def credit_lots(company, *, at: datetime | None = None) -> QuerySet[CreditEntry]:
    """The company's lots (grants, refunds, positive adjustments) with ``remaining`` credits,
    oldest expiry first: the order credits are spent in."""
    draws = (
        CreditEntry.objects.filter(lot=OuterRef("pk"))
        .order_by()
        .values("lot")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    return (
        CreditEntry.objects.filter(company=company, lot__isnull=True)
        .annotate(remaining=F("amount") + Coalesce(Subquery(draws), Value(0)))
        .order_by("expires_at", "id")
    )


def credit_lots_spendable(company, *, at: datetime | None = None) -> QuerySet[CreditEntry]:
    at = at or timezone.now()
    return credit_lots(company).filter(expires_at__gt=at, remaining__gt=0)


def credit_balance(company, *, at: datetime | None = None) -> int:
    """Credits the company can spend now: the remainder of its unexpired lots."""
    if company is None or company.pk is None:
        return 0
    total = credit_lots_spendable(company, at=at).aggregate(total=Sum("remaining"))["total"]
    return int(total or 0)


def credits_expiring_soon(company, *, days: int = 14) -> tuple[int, datetime | None]:
    now = timezone.now()
    lots = list(
        credit_lots_spendable(company, at=now).filter(expires_at__lte=now + timedelta(days=days))
    )
    return sum(lot.remaining for lot in lots), (lots[0].expires_at if lots else None)


def credit_ledger(company) -> QuerySet[CreditEntry]:
    return CreditEntry.objects.filter(company=company).order_by("-created_at", "-id")


# --------------------------------------------------------------------------- payments & invoices


def payment_for_company(company, reference) -> Payment | None:
    return (
        Payment.objects.filter(company=company, reference=reference).select_related("plan").first()
    )


def invoices_of(company) -> QuerySet[Invoice]:
    return Invoice.objects.filter(company=company).select_related("payment__plan")


def invoice_for_company(company, pk: int) -> Invoice | None:
    return invoices_of(company).filter(pk=pk).first()


@dataclass
class BillingSummary:
    plan: Plan
    subscription: Subscription | None
    upcoming: Subscription | None
    balance: int
    expiring: int
    expiring_at: datetime | None
    products_used: int

    @property
    def products_left(self) -> int | None:
        if self.plan.max_products is None:
            return None
        return max(0, self.plan.max_products - self.products_used)


def billing_summary(company) -> BillingSummary:
    from .entitlements import usage

    expiring, expiring_at = credits_expiring_soon(company)
    return BillingSummary(
        plan=plan_effective(company),
        subscription=subscription_current(company),
        upcoming=subscription_upcoming(company),
        balance=credit_balance(company),
        expiring=expiring,
        expiring_at=expiring_at,
        products_used=usage(company, "products"),
    )


def gst_rate() -> int:
    return settings.BILLING_GST_RATE


# --------------------------------------------------------------------------- refunds


def payment_refund_requests(payment: Payment) -> list[dict]:
    """The staff refund requests of a payment, oldest first, each with its status label."""
    return [
        {**entry, "status_label": RefundRequestStatus(entry["status"]).label}
        for entry in payment.meta.get("refund_requests", [])
    ]


def payment_refund_reserved(payment: Payment) -> Decimal:
    """What staff asked the provider to refund and the provider has not confirmed yet."""
    return sum(
        (
            Decimal(entry["amount"])
            for entry in payment.meta.get("refund_requests", [])
            if entry["status"] in REFUND_REQUEST_OPEN
        ),
        Decimal("0.00"),
    )


def payment_refundable(payment: Payment) -> Decimal:
    """What may still be refunded: the total less what is refunded and what is reserved by
    refund requests the provider has not confirmed. Only paid payments are refundable."""
    if payment.status != Payment.Status.PAID:
        return Decimal("0.00")
    left = payment.amount - payment.refunded_amount - payment_refund_reserved(payment)
    return max(left, Decimal("0.00"))
