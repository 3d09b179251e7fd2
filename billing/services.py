"""Billing use cases: credits, subscriptions, checkout, webhooks, invoices.

Every function that changes money or credits is transactional, locks the company's
``BillingAccount`` row first (so concurrent spends, checkouts and confirmations of one company
run one after another), writes an audit event in the same transaction and leaves side effects
(e-mails, Celery tasks) to ``transaction.on_commit``.
"""

from __future__ import annotations

import calendar
import logging
import uuid
from dataclasses import asdict
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.audit.services import audit_record
from marketplace.companies.models import Company, CompanyMember
from marketplace.companies.selectors import company_managers
from tradesetu.errors import Conflict, DomainError, NotFound, PermissionDenied, ValidationFailed
from tradesetu.mail import send_templated

from . import entitlements, providers, selectors
from .models import (
    REFUND_REQUEST_OPEN,
    BillingAccount,
    CreditEntry,
    Currency,
    Invoice,
    InvoiceCounter,
    Payment,
    Plan,
    PlanPrice,
    RefundRequestStatus,
    Subscription,
    WebhookEvent,
)
from .providers.base import (
    CheckoutRequest,
    EventKind,
    ProviderError,
    ProviderUnreachable,
    WebhookSignatureError,
)
from .tax import TaxSplit, financial_year, gst_split, money, split_total

logger = logging.getLogger(__name__)


class InsufficientCredits(DomainError):
    code = "insufficient_credits"
    status = 402


class PaymentRejected(DomainError):
    """A provider event that must not change the payment (wrong amount or currency...)."""

    code = "payment_rejected"
    status = 400


class ProviderUnavailable(DomainError):
    code = "provider_unavailable"
    status = 502


class RefundUnknown(DomainError):
    """A provider event about a refund none of our refund requests names."""

    code = "refund_unknown"
    status = 404


class ProviderRefused(DomainError):
    """The provider answered no (e.g. a refund of a payment it has already refunded)."""

    code = "provider_refused"
    status = 409


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def add_months(moment: datetime, months: int) -> datetime:
    """Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def months_between(start: datetime, end: datetime) -> int:
    """Whole calendar months from ``start`` to ``end`` (0 in the first month)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    return max(0, months)


def account_lock(company: Company) -> BillingAccount:
    """Create the company's billing account if needed and lock it for this transaction."""
    account, _created = BillingAccount.objects.get_or_create(company=company)
    return BillingAccount.objects.select_for_update().get(pk=account.pk)


# --------------------------------------------------------------------------- credits


def _validity() -> timedelta:
    return timedelta(days=settings.BILLING_CREDIT_VALIDITY_DAYS)


def _audit_credits(action, entry, *, actor, request, company, **diff) -> None:
    audit_record(
        action=action,
        entity=entry,
        actor=actor,
        request=request,
        diff={"company": company.pk, "balance": selectors.credit_balance(company), **diff},
    )


@transaction.atomic
def credits_grant(
    *,
    company: Company,
    amount: int,
    reason: str,
    key: str | None = None,
    expires_at: datetime | None = None,
    payment: Payment | None = None,
    subscription: Subscription | None = None,
    actor=None,
    request=None,
    now: datetime | None = None,
    kind: str = CreditEntry.Kind.GRANT,
) -> CreditEntry:
    """Add a lot of ``amount`` credits that lasts ``BILLING_CREDIT_VALIDITY_DAYS`` (90) days.

    With ``key`` the grant happens once: a second call returns the first grant."""
    if amount <= 0:
        raise ValidationFailed.field("amount", _("Grant at least one credit."))
    now = _now(now)
    account_lock(company)
    if key:
        existing = CreditEntry.objects.filter(key=key).first()
        if existing is not None:
            return existing
    entry = CreditEntry.objects.create(
        company=company,
        kind=kind,
        amount=amount,
        expires_at=expires_at or now + _validity(),
        key=key,
        reason=reason,
        payment=payment,
        subscription=subscription,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        created_at=now,
    )
    _audit_credits(
        f"credits.{kind}",
        entry,
        actor=actor,
        request=request,
        company=company,
        amount=amount,
        expires_at=entry.expires_at.isoformat(),
        reason=reason,
    )
    return entry


def _draw(
    *,
    company: Company,
    amount: int,
    kind: str,
    reason: str,
    reference: str = "",
    actor=None,
    now: datetime,
    key: str | None = None,
    lots=None,
) -> list[CreditEntry]:
    """Take ``amount`` credits from the spendable lots, oldest expiry first. The caller holds
    the account lock and has checked the balance."""
    operation = uuid.uuid4()
    lots = list(lots if lots is not None else selectors.credit_lots_spendable(company, at=now))
    need, entries = amount, []
    for lot in lots:
        if need == 0:
            break
        take = min(lot.remaining, need)
        entries.append(
            CreditEntry.objects.create(
                company=company,
                kind=kind,
                amount=-take,
                lot=lot,
                operation=operation,
                key=key if not entries else None,
                reason=reason,
                reference=reference,
                actor=actor if getattr(actor, "is_authenticated", False) else None,
                created_at=now,
            )
        )
        need -= take
    if need:
        raise InsufficientCredits(_("Not enough lead credits."))  # the caller checked; defensive
    return entries


@transaction.atomic
def credits_consume(
    *,
    company: Company,
    amount: int = 1,
    reason: str = "",
    reference: str = "",
    key: str | None = None,
    actor=None,
    request=None,
    now: datetime | None = None,
) -> list[CreditEntry]:
    """Spend credits (oldest-expiring first). Never takes the balance below zero, also when
    many requests spend at once: they queue on the account row lock.

    With ``key`` (e.g. ``"unlock:<lead id>"``) a second call spends nothing and returns the
    first call's entries."""
    if amount <= 0:
        raise ValidationFailed.field("amount", _("Spend at least one credit."))
    now = _now(now)
    account_lock(company)
    if key:
        first = CreditEntry.objects.filter(key=key).first()
        if first is not None:
            return list(CreditEntry.objects.filter(operation=first.operation).order_by("id"))
    balance = selectors.credit_balance(company, at=now)
    if balance < amount:
        raise InsufficientCredits(
            _("Not enough lead credits: you have %(balance)s and need %(amount)s.")
            % {"balance": balance, "amount": amount}
        )
    entries = _draw(
        company=company,
        amount=amount,
        kind=CreditEntry.Kind.CONSUME,
        reason=reason,
        reference=reference,
        actor=actor,
        now=now,
        key=key,
    )
    _audit_credits(
        "credits.consume",
        entries[0],
        actor=actor,
        request=request,
        company=company,
        amount=-amount,
        reference=reference,
        lots=[entry.lot_id for entry in entries],
    )
    return entries


@transaction.atomic
def credits_refund(
    *,
    company: Company,
    operation: uuid.UUID | str,
    reason: str,
    actor=None,
    request=None,
    now: datetime | None = None,
) -> list[CreditEntry]:
    """Give back the credits of one spend (e.g. an approved bad-lead claim). Each refunded
    credit keeps its original expiry, but lasts at least another 7 days. Once only."""
    now = _now(now)
    account_lock(company)
    draws = list(
        CreditEntry.objects.filter(
            company=company, operation=operation, kind=CreditEntry.Kind.CONSUME
        ).select_related("lot")
    )
    if not draws:
        raise NotFound(_("No such credit spend."))
    refunds = []
    for draw in draws:
        key = f"refund:{draw.pk}"
        existing = CreditEntry.objects.filter(key=key).first()
        if existing is not None:
            refunds.append(existing)
            continue
        refunds.append(
            CreditEntry.objects.create(
                company=company,
                kind=CreditEntry.Kind.REFUND,
                amount=-draw.amount,
                expires_at=max(draw.lot.expires_at, now + timedelta(days=7)),
                key=key,
                reason=reason,
                reference=draw.reference,
                actor=actor if getattr(actor, "is_authenticated", False) else None,
                created_at=now,
            )
        )
        _audit_credits(
            "credits.refund",
            refunds[-1],
            actor=actor,
            request=request,
            company=company,
            amount=-draw.amount,
            reason=reason,
            spend=draw.pk,
        )
    return refunds


@transaction.atomic
def credits_expire(*, company: Company, now: datetime | None = None) -> int:
    """Write off what is left of the company's lots that have expired; return how many."""
    now = _now(now)
    account_lock(company)
    total = 0
    for lot in selectors.credit_lots(company).filter(expires_at__lte=now, remaining__gt=0):
        entry = CreditEntry.objects.create(
            company=company,
            kind=CreditEntry.Kind.EXPIRE,
            amount=-lot.remaining,
            lot=lot,
            reason=_("Credits expire %(days)s days after they are granted.")
            % {"days": settings.BILLING_CREDIT_VALIDITY_DAYS},
            created_at=now,
        )
        total += lot.remaining
        _audit_credits(
            "credits.expire",
            entry,
            actor=None,
            request=None,
            company=company,
            amount=-lot.remaining,
        )
    return total


@transaction.atomic
def credits_adjust(
    *,
    company: Company,
    amount: int,
    reason: str,
    actor,
    request=None,
    now: datetime | None = None,
) -> list[CreditEntry]:
    """A correction by TradeSetu staff, with a reason: adds a lot, or takes credits away
    (oldest-expiring first, never below zero)."""
    if not (getattr(actor, "is_staff", False) or getattr(actor, "is_superuser", False)):
        raise PermissionDenied(_("Only TradeSetu staff can adjust credits."))
    if not reason.strip():
        raise ValidationFailed.field("reason", _("Give a reason for the adjustment."))
    if amount == 0:
        raise ValidationFailed.field("amount", _("Adjust by at least one credit."))
    now = _now(now)
    if amount > 0:
        entry = credits_grant(
            company=company,
            amount=amount,
            reason=reason.strip(),
            actor=actor,
            request=request,
            now=now,
            kind=CreditEntry.Kind.ADJUST,
        )
        return [entry]
    account_lock(company)
    balance = selectors.credit_balance(company, at=now)
    if -amount > balance:
        raise ValidationFailed.field(
            "amount",
            _("The company has only %(balance)s credits to take away.") % {"balance": balance},
        )
    entries = _draw(
        company=company,
        amount=-amount,
        kind=CreditEntry.Kind.ADJUST,
        reason=reason.strip(),
        actor=actor,
        now=now,
    )
    _audit_credits(
        "credits.adjust",
        entries[0],
        actor=actor,
        request=request,
        company=company,
        amount=amount,
        reason=reason.strip(),
    )
    return entries


def _credits_revoke(
    *, company: Company, payment: Payment, subscription: Subscription | None, now: datetime
) -> int:
    """On a full refund: take back what is left of the credits that payment bought."""
    bought = Q(payment=payment)
    if subscription is not None:
        bought |= Q(subscription=subscription, created_at__gte=payment.paid_at or now)
    lots = list(selectors.credit_lots_spendable(company, at=now).filter(bought))
    total = sum(lot.remaining for lot in lots)
    if total:
        entries = _draw(
            company=company,
            amount=total,
            kind=CreditEntry.Kind.ADJUST,
            reason=_("Payment refunded"),
            reference=f"payment:{payment.reference}",
            now=now,
            lots=lots,
        )
        _audit_credits(
            "credits.adjust",
            entries[0],
            actor=None,
            request=None,
            company=company,
            amount=-total,
            reason="payment refunded",
        )
    return total


def credits_monthly_grant_company(
    *, company: Company, now: datetime | None = None, default: Plan | None = None
) -> CreditEntry | None:
    """Grant ``company`` its plan's credits for the current month unless they were granted:
    a paid plan's on the monthly anniversary of the subscription, the free plan's per calendar
    month (the same key whether the grant comes at sign-up or from the monthly run, so a new
    seller gets them once). Returns the new grant, or None."""
    now = _now(now)
    subscription = selectors.subscription_current(company, at=now)
    if subscription is not None:
        plan = subscription.plan
        key = f"sub:{subscription.pk}:m{months_between(subscription.starts_at, now)}"
    else:
        plan = default or selectors.plan_default()
        key = f"free:{company.pk}:{now:%Y-%m}"
    if not plan.lead_credits_per_month:
        return None
    if CreditEntry.objects.filter(key=key).exists():
        return None
    return credits_grant(
        company=company,
        amount=plan.lead_credits_per_month,
        reason=_("Monthly credits of the %(plan)s plan") % {"plan": plan.name},
        key=key,
        subscription=subscription,
        now=now,
    )


def credits_monthly_grant(*, now: datetime | None = None) -> int:
    """Grant each seller its plan's monthly credits once per month (see
    ``credits_monthly_grant_company``). Idempotent."""
    now = _now(now)
    granted = 0
    default = selectors.plan_default()
    for company in Company.objects.filter(kind=Company.Kind.SELLER, is_blocked=False).iterator():
        if credits_monthly_grant_company(company=company, now=now, default=default):
            granted += 1
    return granted


def credits_expire_due(*, now: datetime | None = None) -> int:
    now = _now(now)
    company_ids = set(
        CreditEntry.objects.filter(lot__isnull=True, expires_at__lte=now)
        .values_list("company_id", flat=True)
        .distinct()
    )
    total = 0
    for company in Company.objects.filter(pk__in=company_ids):
        total += credits_expire(company=company, now=now)
    return total


# --------------------------------------------------------------------------- subscriptions


def _rank(plan: Plan) -> tuple[int, int]:
    return (plan.priority_rank, plan.sort_order)


def _grant_first_month(subscription: Subscription, *, payment: Payment | None, now: datetime):
    plan = subscription.plan
    if plan.lead_credits_per_month and subscription.starts_at <= now:
        credits_grant(
            company=subscription.company,
            amount=plan.lead_credits_per_month,
            reason=_("Monthly credits of the %(plan)s plan") % {"plan": plan.name},
            key=f"sub:{subscription.pk}:m0",
            subscription=subscription,
            payment=payment,
            now=now,
        )


@transaction.atomic
def subscription_start_or_extend(
    *,
    company: Company,
    plan: Plan,
    months: int | None = None,
    payment: Payment | None = None,
    actor=None,
    request=None,
    now: datetime | None = None,
) -> Subscription:
    """Add ``months`` (the plan's period) of ``plan`` to the company's timeline, never
    overlapping what is there:

    - the last run is the same plan: it is extended (a renewal);
    - ``plan`` ranks above the running plan: it starts now; the rest of the running plan (and
      anything queued) moves to after it, so no paid time is lost;
    - otherwise (a downgrade or a side-step): it starts when the last run ends.
    """
    now = _now(now)
    months = months or plan.period_months
    account_lock(company)
    runs = list(
        Subscription.objects.select_for_update()
        .filter(company=company, status=Subscription.Status.ACTIVE, ends_at__gt=now)
        .order_by("starts_at")
    )
    provider = payment.provider if payment else ""
    current = runs[0] if runs and runs[0].starts_at <= now else None
    before = {"plan": current.plan.slug if current else "", "runs": [r.pk for r in runs]}

    if runs and runs[-1].plan_id == plan.pk:
        subscription = runs[-1]
        added_from = subscription.ends_at
        subscription.ends_at = add_months(subscription.ends_at, months)
        subscription.reminders_sent = []
        subscription.save(update_fields=["ends_at", "reminders_sent", "updated_at"])
        action = "subscription.extend"
    elif current is not None and _rank(plan) > _rank(current.plan):
        added_from = now
        length = add_months(now, months) - now
        remainder = current.ends_at - now
        for queued in reversed(runs[1:]):  # latest first, so nothing overlaps on the way
            queued.starts_at += length
            queued.ends_at += length
            queued.save(update_fields=["starts_at", "ends_at", "updated_at"])
        old_plan, old_provider = current.plan, current.provider
        if current.starts_at < now:
            current.ends_at = now
            current.status = Subscription.Status.EXPIRED
        else:
            current.status = Subscription.Status.CANCELED
            current.canceled_at = now
        current.save(update_fields=["ends_at", "status", "canceled_at", "updated_at"])
        subscription = Subscription.objects.create(
            company=company, plan=plan, starts_at=now, ends_at=now + length, provider=provider
        )
        if remainder > timedelta(minutes=1):
            Subscription.objects.create(
                company=company,
                plan=old_plan,
                starts_at=subscription.ends_at,
                ends_at=subscription.ends_at + remainder,
                provider=old_provider,
            )
        action = "subscription.upgrade"
    else:
        start = runs[-1].ends_at if runs else now
        added_from = start
        subscription = Subscription.objects.create(
            company=company,
            plan=plan,
            starts_at=start,
            ends_at=add_months(start, months),
            provider=provider,
        )
        action = "subscription.start"
    if payment is not None:
        payment.meta = {
            **payment.meta,
            "period": {
                "subscription": subscription.pk,
                "from": added_from.isoformat(),
                "to": subscription.ends_at.isoformat(),
            },
        }
    if action != "subscription.extend":
        _grant_first_month(subscription, payment=payment, now=now)
    audit_record(
        action=action,
        entity=subscription,
        actor=actor,
        request=request,
        diff={
            "company": company.pk,
            "plan": plan.slug,
            "months": months,
            "starts_at": subscription.starts_at.isoformat(),
            "ends_at": subscription.ends_at.isoformat(),
            "payment": str(payment.reference) if payment else "",
            "before": before,
        },
    )
    return subscription


@transaction.atomic
def subscription_cancel(
    *, subscription: Subscription, reason: str, actor=None, request=None, now=None
) -> Subscription:
    """Stop a subscription now (staff, or a full refund). Lower limits apply from now on."""
    now = _now(now)
    account_lock(subscription.company)
    subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
    if Subscription.Status.CANCELED not in Subscription.TRANSITIONS[subscription.status]:
        return subscription
    subscription.status = Subscription.Status.CANCELED
    subscription.canceled_at = now
    subscription.save(update_fields=["status", "canceled_at", "updated_at"])
    audit_record(
        action="subscription.cancel",
        entity=subscription,
        actor=actor,
        request=request,
        diff={"company": subscription.company_id, "reason": reason},
    )
    _enforce_after_commit(subscription.company)
    return subscription


def _enforce_after_commit(company: Company) -> None:
    def run():
        entitlements.limits_enforce(company, selectors.plan_effective(company))

    transaction.on_commit(run)


def subscriptions_expire_due(*, now: datetime | None = None) -> int:
    """Mark ended subscriptions expired; start the month-0 credits of runs that began; apply the
    (lower) limits of whatever plan the company has now."""
    now = _now(now)
    count = 0
    due = Subscription.objects.filter(status=Subscription.Status.ACTIVE, ends_at__lte=now)
    for company_id in set(due.values_list("company_id", flat=True)):
        company = Company.objects.get(pk=company_id)
        with transaction.atomic():
            account_lock(company)
            ending = list(due.filter(company=company).select_for_update().order_by("ends_at"))
            if not ending:
                continue
            before = ending[-1].plan
            for subscription in ending:
                subscription.status = Subscription.Status.EXPIRED
                subscription.save(update_fields=["status", "updated_at"])
                audit_record(
                    action="subscription.expire",
                    entity=subscription,
                    diff={"company": company.pk, "plan": subscription.plan.slug},
                )
                count += 1
            started = selectors.subscription_current(company, at=now)
            if started is not None:
                _grant_first_month(started, payment=None, now=now)
            after = selectors.plan_effective(company, at=now)
            if _rank(after) < _rank(before) or (
                (after.max_products or 10**9) < (before.max_products or 10**9)
            ):
                _enforce_after_commit(company)
    return count


def subscriptions_remind(*, now: datetime | None = None) -> int:
    """E-mail the owners of a company whose membership ends within 7 days, and again within
    1 day, unless it is already renewed (a later run follows)."""
    now = _now(now)
    sent = 0
    horizon = now + timedelta(days=max(settings.BILLING_RENEWAL_REMINDER_DAYS))
    candidates = Subscription.objects.filter(
        status=Subscription.Status.ACTIVE, starts_at__lte=now, ends_at__gt=now, ends_at__lte=horizon
    ).select_related("plan", "company")
    for subscription in candidates:
        if Subscription.objects.filter(
            company=subscription.company_id,
            status=Subscription.Status.ACTIVE,
            starts_at__gte=subscription.ends_at,
        ).exists():
            continue
        days_left = (subscription.ends_at - now).total_seconds() / 86400
        crossed = [
            d
            for d in settings.BILLING_RENEWAL_REMINDER_DAYS
            if days_left <= d and d not in subscription.reminders_sent
        ]
        if not crossed:
            continue
        with transaction.atomic():
            locked = Subscription.objects.select_for_update().get(pk=subscription.pk)
            locked.reminders_sent = sorted({*locked.reminders_sent, *crossed})
            locked.save(update_fields=["reminders_sent", "updated_at"])
            for member in _owners(subscription.company):
                send_templated(
                    to=member.email,
                    template="billing_renewal_reminder",
                    language=member.language,
                    context={
                        "company": subscription.company,
                        "subscription": subscription,
                        "link": settings.SITE_URL + reverse("billing:plan"),
                    },
                )
        sent += 1
    return sent


def _owners(company: Company) -> list:
    return company_managers(company)


# --------------------------------------------------------------------------- checkout


def _plan_by_slug(plan: Plan | str) -> Plan:
    if isinstance(plan, Plan):
        found = plan
    else:
        found = Plan.objects.filter(slug=str(plan)).first()
    if found is None or not found.is_active:
        raise NotFound(_("Unknown plan."), code="unknown_plan")
    return found


def _company_member_role(user, company: Company) -> str | None:
    return (
        CompanyMember.objects.filter(company=company, user=user)
        .values_list("role", flat=True)
        .first()
    )


def _split_to_meta(split: TaxSplit) -> dict:
    return {key: str(value) for key, value in asdict(split).items()}


def _split_from_meta(data: dict) -> TaxSplit:
    return TaxSplit(
        taxable=Decimal(data["taxable"]),
        place_of_supply=data["place_of_supply"],
        cgst_rate=Decimal(data["cgst_rate"]),
        cgst=Decimal(data["cgst"]),
        sgst_rate=Decimal(data["sgst_rate"]),
        sgst=Decimal(data["sgst"]),
        igst_rate=Decimal(data["igst_rate"]),
        igst=Decimal(data["igst"]),
    )


@transaction.atomic
def checkout_start(
    *,
    user,
    company: Company | None,
    plan: Plan | str,
    provider: str,
    currency: str,
    idempotency_key: str = "",
    request=None,
    now: datetime | None = None,
) -> Payment:
    """Create (or return) the pending payment for buying ``plan`` and the provider's checkout.

    A repeated call with the same idempotency key, or without one within
    ``BILLING_CHECKOUT_REUSE_MINUTES`` for the same plan, provider and currency (a double-click),
    returns the same pending payment instead of charging twice."""
    now = _now(now)
    if company is None or company.kind != Company.Kind.SELLER:
        raise NotFound(_("No seller company found."), code="company_not_found")
    role = _company_member_role(user, company)
    if role is None:
        raise NotFound(_("No seller company found."), code="company_not_found")
    if role not in (CompanyMember.Role.OWNER, CompanyMember.Role.ADMIN):
        raise PermissionDenied(
            _("Only the company's owner or an administrator can pay for a membership.")
        )
    plan = _plan_by_slug(plan)
    currency = (currency or "").upper()
    if currency not in Currency.values:
        raise ValidationFailed.field("currency", _("Choose INR or USD."))
    price: PlanPrice | None = plan.prices.filter(currency=currency).first()
    if price is None:
        raise ValidationFailed.field(
            "currency",
            _("The %(plan)s plan is not sold in %(currency)s.")
            % {"plan": plan.display_name, "currency": currency},
        )
    if price.amount == 0:
        raise ValidationFailed(
            _("The %(plan)s plan is free: there is nothing to pay.") % {"plan": plan.display_name},
            code="free_plan",
        )
    gateway = providers.get(provider)
    if currency not in gateway.currencies:
        raise ValidationFailed.field(
            "currency",
            _("%(provider)s takes payments in %(currencies)s.")
            % {"provider": gateway.label, "currencies": ", ".join(gateway.currencies)},
        )

    account_lock(company)
    key = (idempotency_key or "").strip()[:80]
    if key:
        existing = Payment.objects.filter(company=company, idempotency_key=key).first()
        if existing is not None:
            if (existing.plan_id, existing.provider, existing.currency) != (
                plan.pk,
                provider,
                currency,
            ):
                raise Conflict(
                    _("This idempotency key was already used for another checkout."),
                    code="idempotency_key_reused",
                )
            return existing
    else:
        existing = (
            Payment.objects.filter(
                company=company,
                plan=plan,
                provider=provider,
                currency=currency,
                status=Payment.Status.PENDING,
                created_at__gte=now - timedelta(minutes=settings.BILLING_CHECKOUT_REUSE_MINUTES),
            )
            .exclude(checkout_url="")
            .order_by("-created_at")
            .first()
        )
        if existing is not None:
            return existing
        key = f"auto-{uuid.uuid4().hex}"

    split = gst_split(
        price.amount, recipient_state=company.gst_state_code, recipient_country=str(company.country)
    )
    payment = Payment.objects.create(
        company=company,
        plan=plan,
        created_by=user,
        provider=provider,
        idempotency_key=key,
        currency=currency,
        base_amount=split.taxable,
        tax_amount=split.tax,
        amount=split.total,
        meta={"tax": _split_to_meta(split)},
        created_at=now,
    )
    reference = str(payment.reference)
    months = plan.period_months
    try:
        session = gateway.create_checkout(
            CheckoutRequest(
                reference=reference,
                idempotency_key=f"ts-{company.pk}-{key}",
                amount=payment.amount,
                currency=currency,
                description=_("TradeSetu %(plan)s membership, %(months)s month(s)")
                % {"plan": plan.name, "months": months},
                customer_email=user.email,
                customer_name=company.legal_name or company.name,
                success_url=settings.SITE_URL
                + reverse("billing:payment_status", kwargs={"reference": reference}),
                cancel_url=settings.SITE_URL + reverse("billing:plan"),
            )
        )
    except ProviderError as exc:
        logger.warning("checkout failed at the provider", extra={"provider": provider})
        raise ProviderUnavailable(
            _("The payment provider is not available right now. Please try again later.")
        ) from exc
    payment.provider_order_id = session.provider_order_id
    payment.checkout_url = session.checkout_url
    payment.meta = {**payment.meta, "client": session.client_data}
    payment.save(update_fields=["provider_order_id", "checkout_url", "meta", "updated_at"])
    audit_record(
        action="payment.create",
        entity=payment,
        actor=user,
        request=request,
        diff={
            "company": company.pk,
            "plan": plan.slug,
            "provider": provider,
            "currency": currency,
            "amount": str(payment.amount),
        },
    )
    return payment


def _transition(payment: Payment, status: str) -> bool:
    if status == payment.status:
        return False
    if status not in Payment.TRANSITIONS[payment.status]:
        return False
    payment.status = status
    return True


@transaction.atomic
def payment_confirm(
    *,
    payment: Payment,
    amount: Decimal | None,
    currency: str,
    provider_payment_id: str = "",
    now: datetime | None = None,
) -> str:
    """The provider says the payment succeeded: check it, mark it paid, start or extend the
    subscription (with its credits) and issue the GST invoice. Exactly once per payment."""
    now = _now(now)
    account_lock(payment.company)
    payment = (
        Payment.objects.select_for_update().select_related("plan", "company").get(pk=payment.pk)
    )
    if payment.status == Payment.Status.PAID:
        return "already paid"
    if Payment.Status.PAID not in Payment.TRANSITIONS[payment.status]:
        return f"no change: the payment is {payment.status}"
    if (currency or "").upper() != payment.currency:
        raise PaymentRejected(
            _("Currency %(got)s does not match the payment's %(expected)s.")
            % {"got": currency or "?", "expected": payment.currency},
            code="currency_mismatch",
        )
    if amount is None or money(amount) != payment.amount:
        raise PaymentRejected(
            _("Amount %(got)s does not match the payment's %(expected)s.")
            % {"got": amount, "expected": payment.amount},
            code="amount_mismatch",
        )
    _transition(payment, Payment.Status.PAID)
    payment.paid_at = now
    payment.provider_payment_id = provider_payment_id or payment.provider_payment_id
    subscription = subscription_start_or_extend(
        company=payment.company, plan=payment.plan, payment=payment, now=now
    )
    payment.subscription = subscription
    payment.save()
    invoice = invoice_issue(payment=payment, now=now)
    audit_record(
        action="payment.paid",
        entity=payment,
        diff={
            "company": payment.company_id,
            "amount": str(payment.amount),
            "currency": payment.currency,
            "provider_payment_id": payment.provider_payment_id,
            "subscription": subscription.pk,
            "invoice": invoice.number,
        },
    )
    _send_invoice_after_commit(invoice)
    return f"paid; subscription {subscription.pk}; invoice {invoice.number}"


@transaction.atomic
def payment_fail(*, payment: Payment, status: str, reason: str = "") -> str:
    account_lock(payment.company)
    payment = Payment.objects.select_for_update().get(pk=payment.pk)
    if not _transition(payment, status):
        return f"no change: the payment is {payment.status}"
    payment.failure_reason = reason[:200]
    payment.save(update_fields=["status", "failure_reason", "updated_at"])
    audit_record(
        action=f"payment.{status}",
        entity=payment,
        diff={"company": payment.company_id, "reason": reason},
    )
    return status


@transaction.atomic
def payment_refund(
    *,
    payment: Payment,
    amount: Decimal,
    currency: str,
    refund_id: str = "",
    cumulative: bool = False,
    now: datetime | None = None,
) -> str:
    """The provider refunded (part of) a payment: a credit note for the amount; on a full
    refund the time and the credits the payment bought are taken back. A refund that arrives
    before the capture marks the payment refunded, and the late capture then changes nothing."""
    now = _now(now)
    account_lock(payment.company)
    payment = Payment.objects.select_for_update().select_related("company").get(pk=payment.pk)
    if (currency or "").upper() != payment.currency:
        raise PaymentRejected(_("Refund currency does not match."), code="currency_mismatch")
    amount = money(amount)
    delta = amount - payment.refunded_amount if cumulative else amount
    done = payment.meta.get("refunds", [])
    if delta <= 0 or (refund_id and not cumulative and refund_id in done):
        return "no change: refund already recorded"
    if payment.refunded_amount + delta > payment.amount:
        raise PaymentRejected(_("Refund exceeds the payment."), code="amount_mismatch")
    payment.refunded_amount += delta
    payment.meta = {
        **payment.meta,
        "refunds": [*done, refund_id or f"total:{amount}"],
        "refund_requests": _refund_requests_confirm(
            payment.meta.get("refund_requests", []), refund_id=refund_id, delta=delta, now=now
        ),
    }
    outcome = f"refunded {delta}"
    if payment.status in (Payment.Status.PENDING, Payment.Status.FAILED):
        _transition(payment, Payment.Status.REFUNDED)
        payment.save()
        outcome += " before confirmation"
    else:
        invoice = payment.invoices.filter(kind=Invoice.Kind.INVOICE).first()
        if invoice is not None:
            note = credit_note_issue(invoice=invoice, amount=delta, now=now)
            outcome += f"; credit note {note.number}"
            _send_invoice_after_commit(note)
        if payment.refunded_amount == payment.amount:
            _transition(payment, Payment.Status.REFUNDED)
            _take_back_period(payment, now=now)
            revoked = _credits_revoke(
                company=payment.company, payment=payment, subscription=payment.subscription, now=now
            )
            outcome += f"; period taken back; {revoked} credits revoked"
        payment.save()
    audit_record(
        action="payment.refund",
        entity=payment,
        diff={
            "company": payment.company_id,
            "amount": str(delta),
            "refunded_total": str(payment.refunded_amount),
            "refund_id": refund_id,
        },
    )
    return outcome


def _refund_requests_confirm(
    entries: list[dict], *, refund_id: str, delta: Decimal, now: datetime
) -> list[dict]:
    """Mark the staff refund requests a provider refund answers as confirmed, so their amount
    is no longer held back: the one with the same refund id, else (Stripe reports running
    totals without an id; a webhook may overtake our recording of the id) the oldest open
    requests that fit in the refunded amount."""
    entries = [dict(entry) for entry in entries]
    open_entries = [entry for entry in entries if entry["status"] in REFUND_REQUEST_OPEN]
    matched = [e for e in open_entries if refund_id and e.get("refund_id") == refund_id]
    if not matched:
        left = delta
        for entry in open_entries:
            if refund_id and entry.get("refund_id"):
                continue  # the provider named another refund
            if Decimal(entry["amount"]) <= left:
                matched.append(entry)
                left -= Decimal(entry["amount"])
    for entry in matched:
        entry["status"] = RefundRequestStatus.CONFIRMED.value
        entry["refund_id"] = entry.get("refund_id") or refund_id
        entry["updated_at"] = now.isoformat()
    return entries


@transaction.atomic
def payment_refund_failed(
    *, payment: Payment, refund_id: str, failure_reason: str = "", now: datetime | None = None
) -> str:
    """A refund the provider had accepted did not go through (e.g. the card was closed): the
    refund request with that refund id is marked failed with the provider's reason, so its
    amount is no longer held back and staff can refund it again (a new request, with a new
    idempotency key). Nothing was refunded on our side, so no ledger entry or credit note
    changes. The same failure again changes nothing; a refund id no request of this payment
    names raises ``RefundUnknown``.

    A request the provider already confirmed (Stripe's ``charge.refunded`` can come before a
    refund fails) keeps its refund and credit note: the failure is only recorded on it and in
    the audit trail, for staff to correct by hand."""
    now = _now(now)
    account_lock(payment.company)
    payment = Payment.objects.select_for_update().get(pk=payment.pk)
    entries = [dict(entry) for entry in payment.meta.get("refund_requests", [])]
    entry = next((e for e in entries if refund_id and e.get("refund_id") == refund_id), None)
    if entry is None:
        raise RefundUnknown(
            f"no refund request of this payment has the refund id {refund_id or '(none)'}"
        )
    if entry["status"] == RefundRequestStatus.FAILED or entry.get("failed_at"):
        return f"no change: refund request {entry['n']} already failed"
    failure_reason = (failure_reason or "").strip()[:100]
    label = payment.get_provider_display()
    confirmed = entry["status"] == RefundRequestStatus.CONFIRMED
    if not confirmed:
        entry["status"] = RefundRequestStatus.FAILED.value
    entry.update(
        error=f"{label} could not complete the refund: {failure_reason or 'no reason given'}",
        failure_reason=failure_reason,
        failed_at=now.isoformat(),
        updated_at=now.isoformat(),
    )
    payment.meta = {**payment.meta, "refund_requests": entries}
    payment.save(update_fields=["meta", "updated_at"])
    audit_record(
        action="payment.refund_failed",
        entity=payment,
        diff={
            "company": payment.company_id,
            "provider": payment.provider,
            "amount": entry["amount"],
            "currency": payment.currency,
            "request": entry["n"],
            "idempotency_key": entry["key"],
            "refund_id": refund_id,
            "failure_reason": failure_reason,
            "released": not confirmed,
        },
    )
    if confirmed:
        logger.warning(
            "a confirmed refund failed at the provider", extra={"provider": payment.provider}
        )
        return (
            f"refund request {entry['n']} failed after it was confirmed: "
            "recorded only, the refund and its credit note stay (correct by hand)"
        )
    return f"refund request {entry['n']} failed; {entry['amount']} released"


def _take_back_period(payment: Payment, *, now: datetime) -> None:
    period = payment.meta.get("period") or {}
    subscription = payment.subscription
    if subscription is None or subscription.status != Subscription.Status.ACTIVE:
        return
    subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
    added_from = datetime.fromisoformat(period["from"]) if period.get("from") else None
    if added_from is not None and added_from > subscription.starts_at:
        # an extension: shorten the run by what this payment added
        subscription.ends_at = max(added_from, min(subscription.ends_at, now))
        if subscription.ends_at <= now:
            subscription.status = Subscription.Status.EXPIRED
        subscription.save(update_fields=["ends_at", "status", "updated_at"])
        audit_record(
            action="subscription.shorten",
            entity=subscription,
            diff={"payment": str(payment.reference), "ends_at": subscription.ends_at.isoformat()},
        )
        _enforce_after_commit(subscription.company)
    else:
        subscription_cancel(subscription=subscription, reason="payment refunded", now=now)


# --------------------------------------------------------------------------- webhooks


def webhook_receive(*, provider: str, body: bytes, headers) -> tuple[WebhookEvent, bool]:
    """Verify a provider's webhook on its raw body and store it once; processing happens in a
    Celery task after commit. Returns the stored event and whether it is new (a replay is not)."""
    gateway = providers.get(provider)
    try:
        event = gateway.parse_webhook(body=body, headers=headers)
    except WebhookSignatureError:
        logger.warning("webhook signature rejected", extra={"provider": provider})
        raise ValidationFailed(
            _("The webhook signature is not valid."), code="invalid_signature"
        ) from None
    except (ValueError, KeyError, TypeError):
        raise ValidationFailed(
            _("The webhook body is not valid."), code="invalid_payload"
        ) from None
    if not event.event_id:
        raise ValidationFailed(_("The webhook has no event id."), code="invalid_payload")
    normalized = {
        "kind": event.kind,
        "provider_order_id": event.provider_order_id,
        "provider_payment_id": event.provider_payment_id,
        "reference": event.reference,
        "amount": str(event.amount) if event.amount is not None else None,
        "currency": event.currency,
        "refund_id": event.refund_id,
        "failure_reason": event.failure_reason,
    }
    with transaction.atomic():
        row, created = WebhookEvent.objects.get_or_create(
            provider=provider,
            event_id=event.event_id[:120],
            defaults={
                "event_type": event.event_type[:80],
                "payload": event.payload,
                "normalized": normalized,
            },
        )
        if created:
            from .tasks import webhook_process as task

            transaction.on_commit(lambda: task.delay(row.pk))
    if not created:
        logger.info("webhook replay ignored", extra={"provider": provider})
    return row, created


def webhooks_requeue_stuck(*, now: datetime | None = None, older_than_minutes: int = 5) -> int:
    """Queue again the events still waiting after a while (their task was lost, e.g. the broker
    was down at commit time). Processing is idempotent, so a double queue is harmless."""
    now = _now(now)
    from .tasks import webhook_process as task

    stuck = list(
        WebhookEvent.objects.filter(
            status=WebhookEvent.Status.RECEIVED,
            received_at__lte=now - timedelta(minutes=older_than_minutes),
        ).values_list("pk", flat=True)[:500]
    )
    for pk in stuck:
        task.delay(pk)
    return len(stuck)


def _payment_for(provider: str, data: dict) -> Payment | None:
    payments = Payment.objects.filter(provider=provider)
    if data.get("provider_order_id"):
        found = payments.filter(provider_order_id=data["provider_order_id"]).first()
        if found:
            return found
    reference = data.get("reference") or ""
    try:
        found = payments.filter(reference=uuid.UUID(reference)).first() if reference else None
    except ValueError:
        found = None
    if found:
        return found
    if data.get("provider_payment_id"):
        return payments.filter(provider_payment_id=data["provider_payment_id"]).first()
    return None


def webhook_process(*, event_pk: int, now: datetime | None = None) -> WebhookEvent:
    """Apply one stored provider event, once. Anything already decided is left alone."""
    now = _now(now)
    with transaction.atomic():
        row = WebhookEvent.objects.select_for_update().get(pk=event_pk)
        if row.status != WebhookEvent.Status.RECEIVED:
            return row
        row.attempts += 1
        data = row.normalized
        kind = data.get("kind")
        payment = None if kind == EventKind.IGNORED else _payment_for(row.provider, data)
        amount = Decimal(data["amount"]) if data.get("amount") is not None else None
        if kind == EventKind.IGNORED:
            status, outcome = WebhookEvent.Status.IGNORED, "event type not used"
        elif payment is None:
            status, outcome = WebhookEvent.Status.IGNORED, "no matching payment"
            logger.warning("webhook for an unknown payment", extra={"provider": row.provider})
        else:
            row.payment = payment
            try:
                with transaction.atomic():
                    outcome = _apply(kind, payment, data, amount, now=now)
                status = WebhookEvent.Status.PROCESSED
            except RefundUnknown as exc:
                status, outcome = WebhookEvent.Status.IGNORED, exc.message
                logger.warning("webhook for an unknown refund", extra={"provider": row.provider})
            except PaymentRejected as exc:
                status, outcome = WebhookEvent.Status.REJECTED, f"{exc.code}: {exc.message}"
                audit_record(
                    action="payment.rejected",
                    entity=payment,
                    diff={
                        "company": payment.company_id,
                        "event": row.event_id,
                        "code": exc.code,
                        "amount": data.get("amount"),
                        "currency": data.get("currency"),
                        "expected_amount": str(payment.amount),
                        "expected_currency": payment.currency,
                    },
                )
                logger.warning("webhook rejected", extra={"code": exc.code})
        row.status = status
        row.outcome = outcome[:300]
        row.processed_at = now
        row.save()
    return row


def _apply(kind: str, payment: Payment, data: dict, amount: Decimal | None, *, now) -> str:
    if kind == EventKind.SUCCEEDED:
        return payment_confirm(
            payment=payment,
            amount=amount,
            currency=data.get("currency", ""),
            provider_payment_id=data.get("provider_payment_id", ""),
            now=now,
        )
    if kind == EventKind.FAILED:
        return payment_fail(payment=payment, status=Payment.Status.FAILED, reason="provider")
    if kind == EventKind.CANCELED:
        return payment_fail(payment=payment, status=Payment.Status.CANCELED, reason="expired")
    if kind == EventKind.REFUNDED:
        return payment_refund(
            payment=payment,
            amount=amount or Decimal("0"),
            currency=data.get("currency", ""),
            refund_id=data.get("refund_id", "") if data.get("refund_id") != "cumulative" else "",
            cumulative=data.get("refund_id") == "cumulative",
            now=now,
        )
    if kind == EventKind.REFUND_FAILED:
        return payment_refund_failed(
            payment=payment,
            refund_id=data.get("refund_id", ""),
            failure_reason=data.get("failure_reason", ""),
            now=now,
        )
    if kind == EventKind.APPROVED:
        if payment.status != Payment.Status.PENDING:
            return f"no change: the payment is {payment.status}"
        providers.get(payment.provider).capture(provider_order_id=payment.provider_order_id)
        return "capture requested"
    return "nothing to do"


def payment_return(*, payment: Payment, params) -> None:
    """The payer came back from the provider's page. PayPal approved orders are captured here
    (the capture webhook then confirms); for the others the webhook alone decides."""
    if payment.status != Payment.Status.PENDING or payment.provider != "paypal":
        return
    if params.get("token") != payment.provider_order_id:
        return
    try:
        providers.get("paypal").capture(provider_order_id=payment.provider_order_id)
    except (ProviderError, DomainError):
        logger.warning("PayPal capture on return failed; the webhook will retry")


def local_checkout_complete(*, payment: Payment, outcome: str, user) -> None:
    """The visitor pressed "Pay" (or "Cancel") on the local test provider's checkout page: the
    provider sends its signed webhook, after commit, from a Celery task."""
    if payment.provider != "local":
        raise NotFound(_("No such checkout."))
    providers.get("local")  # the local provider must be switched on
    if _company_member_role(user, payment.company) is None:
        raise NotFound(_("No such checkout."))
    if payment.status not in (Payment.Status.PENDING, Payment.Status.FAILED):
        raise Conflict(
            _("This payment is already %(status)s.") % {"status": payment.get_status_display()}
        )
    event_type = {
        "pay": "payment.succeeded",
        "fail": "payment.failed",
        "cancel": "payment.canceled",
    }[outcome]
    from .tasks import local_webhook_send

    transaction.on_commit(lambda: local_webhook_send.delay(payment.pk, event_type))


# --------------------------------------------------------------------------- staff refunds

REFUND_PERMISSION = "billing.refund_payment"
REFUND_REPEAT_WINDOW = timedelta(minutes=10)  # the same request again this soon is a repeat
REFUND_IN_FLIGHT = timedelta(minutes=5)  # a reservation older than this lost its sender


def _require_refunder(staff) -> None:
    if not (
        getattr(staff, "is_authenticated", False)
        and staff.is_active
        and (staff.is_staff or staff.is_superuser)
        and staff.has_perm(REFUND_PERMISSION)
    ):
        raise PermissionDenied(_("Only TradeSetu staff allowed to refund payments can do this."))


def _refund_input(amount: Decimal | None, reason: str) -> None:
    fields: dict[str, list[str]] = {}
    if amount is not None and (amount <= 0 or money(amount) != amount):
        fields["amount"] = [str(_("Enter an amount above zero, with at most two decimals."))]
    if not reason:
        fields["reason"] = [str(_("Give a reason for the refund."))]
    if fields:
        raise ValidationFailed(_("Please correct the errors below."), fields=fields)


def _refund_not_possible(payment: Payment) -> ValidationFailed:
    if payment.status == Payment.Status.REFUNDED:
        message = _("This payment is already refunded in full.")
    else:
        message = _("Only paid payments can be refunded; this one is %(status)s.") % {
            "status": payment.get_status_display()
        }
    return ValidationFailed(message, code="not_refundable", fields={"non_field_errors": [message]})


def _refund_repeat(
    entries: list[dict], *, amount: Decimal | None, reason: str, now: datetime
) -> dict | None:
    """An earlier request this one repeats (a double-click, a retry): the same reason and amount
    (any amount for "the rest"), still open or made within the last few minutes."""
    for entry in reversed(entries):
        if entry["status"] == RefundRequestStatus.FAILED or entry["reason"] != reason:
            continue
        if amount is not None and Decimal(entry["amount"]) != amount:
            continue
        recent = datetime.fromisoformat(entry["requested_at"]) > now - REFUND_REPEAT_WINDOW
        if entry["status"] in REFUND_REQUEST_OPEN or recent:
            return entry
    return None


def payment_refund_request(
    *,
    payment: Payment,
    amount: Decimal | None,
    staff,
    reason: str,
    request=None,
    now: datetime | None = None,
) -> str:
    """Staff ask the payment's provider to refund ``amount`` (``None``: all that is left);
    returns the provider's refund id. Nothing is refunded on our side here: the provider's
    refund webhook does that, once (``payment_refund``: credit note, and on a full refund the
    time and credits taken back).

    The amount is reserved first, under the account and payment locks, in
    ``payment.meta["refund_requests"]``: requests the provider has not confirmed count against
    what is refundable, so two staff refunding the rest at once cannot both reach the
    provider. Request ``n`` is sent with the idempotency key ``rf_<payment>_<n>``; the same
    request again (a double-click, a retry after no answer) reuses it, so the provider refunds
    once. The provider is called outside the locks; a refusal releases the reservation."""
    _require_refunder(staff)
    reason = (reason or "").strip()[:300]
    _refund_input(amount, reason)
    now = _now(now)
    with transaction.atomic():
        account_lock(payment.company)
        payment = Payment.objects.select_for_update().select_related("company").get(pk=payment.pk)
        if payment.status != Payment.Status.PAID:
            raise _refund_not_possible(payment)
        if payment.provider not in providers.enabled_names():
            message = _("Refunds through %(provider)s are switched off here.") % {
                "provider": payment.get_provider_display()
            }
            raise ValidationFailed(message, code="provider_off")
        gateway = providers.get(payment.provider)
        entries = [dict(entry) for entry in payment.meta.get("refund_requests", [])]
        entry = _refund_repeat(entries, amount=amount, reason=reason, now=now)
        if entry is not None and entry["status"] in (
            RefundRequestStatus.SENT,
            RefundRequestStatus.CONFIRMED,
        ):
            return entry["refund_id"]
        if entry is not None and entry["status"] == RefundRequestStatus.RESERVED:
            if datetime.fromisoformat(entry["updated_at"]) > now - REFUND_IN_FLIGHT:
                raise Conflict(
                    _("This refund is being sent to %(provider)s right now.")
                    % {"provider": gateway.label},
                    code="refund_in_flight",
                )
        if entry is None:
            refundable = selectors.payment_refundable(payment)
            if refundable <= 0:
                raise ValidationFailed.field(
                    "amount", _("Nothing is left to refund: earlier refunds cover the payment.")
                )
            amount = refundable if amount is None else amount
            if amount > refundable:
                raise ValidationFailed.field(
                    "amount",
                    _(
                        "At most %(refundable)s %(currency)s can be refunded: %(refunded)s is "
                        "refunded and %(reserved)s awaits the provider's confirmation."
                    )
                    % {
                        "refundable": refundable,
                        "currency": payment.currency,
                        "refunded": payment.refunded_amount,
                        "reserved": selectors.payment_refund_reserved(payment),
                    },
                )
            n = len(entries) + 1
            entry = {
                "n": n,
                "key": f"rf_{payment.reference.hex}_{n}",
                "amount": str(money(amount)),
                "reason": reason,
                "staff": staff.pk,
                "status": RefundRequestStatus.RESERVED.value,
                "refund_id": "",
                "attempts": 0,
                "error": "",
                "requested_at": now.isoformat(),
            }
            entries.append(entry)
        # a new request, or one whose earlier attempt got no clear answer: (re)send it
        entry.update(
            status=RefundRequestStatus.RESERVED.value,
            attempts=entry["attempts"] + 1,
            updated_at=now.isoformat(),
        )
        payment.meta = {**payment.meta, "refund_requests": entries}
        payment.save(update_fields=["meta", "updated_at"])

    try:
        refund_id = gateway.refund(
            payment=payment,
            amount=Decimal(entry["amount"]),
            idempotency_key=entry["key"],
            reason=reason,
        )
    except ProviderError as exc:
        unsure = isinstance(exc, ProviderUnreachable)
        _refund_request_outcome(
            payment,
            entry["n"],
            status=RefundRequestStatus.UNSURE if unsure else RefundRequestStatus.FAILED,
            error=str(exc),
            staff=staff,
            request=request,
        )
        logger.warning("refund failed at the provider", extra={"provider": payment.provider})
        if unsure:
            raise ProviderUnavailable(
                _(
                    "%(provider)s did not answer clearly, so the refund may or may not have "
                    "been made. The amount stays reserved: send the same refund again to retry "
                    "it safely."
                )
                % {"provider": gateway.label}
            ) from exc
        raise ProviderRefused(
            _("%(provider)s refused the refund: %(error)s")
            % {"provider": gateway.label, "error": exc}
        ) from exc
    _refund_request_outcome(
        payment,
        entry["n"],
        status=RefundRequestStatus.SENT,
        refund_id=refund_id,
        staff=staff,
        request=request,
    )
    return refund_id


@transaction.atomic
def _refund_request_outcome(
    payment: Payment,
    n: int,
    *,
    status: str,
    staff,
    request,
    refund_id: str = "",
    error: str = "",
) -> None:
    """Record what the provider answered to refund request ``n`` (its webhook may have
    confirmed the refund already: a confirmed request stays confirmed)."""
    account_lock(payment.company)
    payment = Payment.objects.select_for_update().get(pk=payment.pk)
    entries = [dict(entry) for entry in payment.meta.get("refund_requests", [])]
    entry = next(entry for entry in entries if entry["n"] == n)
    if entry["status"] != RefundRequestStatus.CONFIRMED:
        entry["status"] = str(status)
    entry.update(
        refund_id=entry.get("refund_id") or refund_id,
        error=error[:300],
        updated_at=timezone.now().isoformat(),
    )
    payment.meta = {**payment.meta, "refund_requests": entries}
    payment.save(update_fields=["meta", "updated_at"])
    action = {
        RefundRequestStatus.SENT: "payment.refund_requested",
        RefundRequestStatus.UNSURE: "payment.refund_unanswered",
        RefundRequestStatus.FAILED: "payment.refund_refused",
    }[status]
    audit_record(
        action=action,
        entity=payment,
        actor=staff,
        request=request,
        diff={
            "company": payment.company_id,
            "provider": payment.provider,
            "amount": entry["amount"],
            "currency": payment.currency,
            "reason": entry["reason"],
            "request": n,
            "idempotency_key": entry["key"],
            "refund_id": entry["refund_id"],
            **({"error": error[:300]} if error else {}),
        },
    )


# --------------------------------------------------------------------------- invoices


def _next_number(series: str, year: str) -> int:
    """The next number in a series and financial year: the counter row is locked until the
    invoice's transaction ends, so numbers are gap-free and never reused."""
    InvoiceCounter.objects.get_or_create(series=series, financial_year=year)
    counter = InvoiceCounter.objects.select_for_update().get(series=series, financial_year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number


def _invoice_parties(company: Company) -> dict:
    return {
        "supplier_name": settings.BILLING_SUPPLIER_NAME,
        "supplier_gstin": settings.BILLING_SUPPLIER_GSTIN,
        "supplier_state_code": settings.BILLING_SUPPLIER_STATE_CODE,
        "supplier_address": settings.BILLING_SUPPLIER_ADDRESS,
        "recipient_name": company.legal_name or company.name,
        "recipient_gstin": company.gstin,
        "recipient_state_code": company.gst_state_code,
        "recipient_address": ", ".join(
            part
            for part in (company.address, company.city, company.state_name, company.postal_code)
            if part
        ),
        "recipient_country": str(company.country) or "IN",
    }


def _tax_fields(split: TaxSplit) -> dict:
    return {
        "place_of_supply": split.place_of_supply,
        "taxable_amount": split.taxable,
        "cgst_rate": split.cgst_rate,
        "cgst_amount": split.cgst,
        "sgst_rate": split.sgst_rate,
        "sgst_amount": split.sgst,
        "igst_rate": split.igst_rate,
        "igst_amount": split.igst,
        "total": split.total,
    }


@transaction.atomic
def invoice_issue(*, payment: Payment, now: datetime | None = None) -> Invoice:
    """Issue the GST tax invoice of a paid payment (once): CGST + SGST when the seller's state
    is ours, IGST otherwise, as charged at checkout; numbered in the financial year of issue."""
    existing = payment.invoices.filter(kind=Invoice.Kind.INVOICE).first()
    if existing is not None:
        return existing
    now = _now(now)
    company = payment.company
    tax = payment.meta.get("tax")
    split = (
        _split_from_meta(tax)
        if tax
        else gst_split(
            payment.base_amount,
            recipient_state=company.gst_state_code,
            recipient_country=str(company.country),
        )
    )
    series, year = settings.BILLING_INVOICE_SERIES, financial_year(now)
    sequence = _next_number(series, year)
    invoice = Invoice.objects.create(
        kind=Invoice.Kind.INVOICE,
        number=f"{series}/{year}/{sequence:05d}",
        series=series,
        financial_year=year,
        sequence=sequence,
        issued_at=now,
        company=company,
        payment=payment,
        sac_code=settings.BILLING_SAC_CODE,
        description=_("%(plan)s membership, %(months)s month(s)")
        % {"plan": payment.plan.name, "months": payment.plan.period_months},
        currency=payment.currency,
        **_invoice_parties(company),
        **_tax_fields(split),
    )
    audit_record(
        action="invoice.issue",
        entity=invoice,
        diff={
            "company": company.pk,
            "number": invoice.number,
            "total": str(invoice.total),
            "currency": invoice.currency,
        },
    )
    return invoice


@transaction.atomic
def credit_note_issue(
    *, invoice: Invoice, amount: Decimal, reason: str = "", now: datetime | None = None
) -> Invoice:
    """A GST credit note against ``invoice`` for a refunded ``amount`` (tax included), with the
    invoice's own tax split and parties."""
    now = _now(now)
    amount = money(amount)
    credited = sum(note.total for note in invoice.credit_notes.all())
    if amount <= 0 or credited + amount > invoice.total:
        raise ValidationFailed.field("amount", _("The credit note exceeds the invoice."))
    like = TaxSplit(
        taxable=invoice.taxable_amount,
        place_of_supply=invoice.place_of_supply,
        cgst_rate=invoice.cgst_rate,
        cgst=invoice.cgst_amount,
        sgst_rate=invoice.sgst_rate,
        sgst=invoice.sgst_amount,
        igst_rate=invoice.igst_rate,
        igst=invoice.igst_amount,
    )
    split = split_total(amount, like) if amount != invoice.total else like
    series, year = settings.BILLING_CREDIT_NOTE_SERIES, financial_year(now)
    sequence = _next_number(series, year)
    fields = {
        name: getattr(invoice, name)
        for name in (
            "supplier_name",
            "supplier_gstin",
            "supplier_state_code",
            "supplier_address",
            "recipient_name",
            "recipient_gstin",
            "recipient_state_code",
            "recipient_address",
            "recipient_country",
            "sac_code",
            "currency",
        )
    }
    note = Invoice.objects.create(
        kind=Invoice.Kind.CREDIT_NOTE,
        number=f"{series}/{year}/{sequence:05d}",
        series=series,
        financial_year=year,
        sequence=sequence,
        issued_at=now,
        company=invoice.company,
        payment=invoice.payment,
        original=invoice,
        description=reason or _("Refund against invoice %(number)s") % {"number": invoice.number},
        **fields,
        **_tax_fields(split),
    )
    audit_record(
        action="invoice.credit_note",
        entity=note,
        diff={
            "company": invoice.company_id,
            "number": note.number,
            "invoice": invoice.number,
            "total": str(note.total),
        },
    )
    return note


def _send_invoice_after_commit(invoice: Invoice) -> None:
    from .tasks import invoice_send

    transaction.on_commit(lambda: invoice_send.delay(invoice.pk))


def invoice_email(*, invoice: Invoice) -> int:
    """E-mail the invoice (or credit note) PDF to the company's owners and administrators."""
    from .pdf import invoice_pdf

    pdf = invoice_pdf(invoice)
    recipients = _owners(invoice.company)
    for user in recipients:
        send_templated(
            to=user.email,
            template="billing_invoice",
            language=user.language,
            context={
                "invoice": invoice,
                "company": invoice.company,
                "link": settings.SITE_URL + reverse("billing:invoices"),
            },
            attachments=[(invoice.filename, pdf, "application/pdf")],
        )
    return len(recipients)


# --------------------------------------------------------------------------- plans (admin API)


@transaction.atomic
def plan_create(*, actor, data: dict, prices: list[dict], request=None) -> Plan:
    """Create a plan with its prices (super admins, through the API; the Wagtail admin edits
    plans directly)."""
    if not (actor.is_superuser or actor.has_perm("billing.add_plan")):
        raise PermissionDenied(_("Only super admins manage plans."))
    if Plan.objects.filter(slug=data["slug"]).exists():
        raise ValidationFailed.field("slug", _("A plan with this slug exists."))
    if not prices:
        raise ValidationFailed.field("prices", _("Give at least one price."))
    currencies = [p["currency"] for p in prices]
    if len(set(currencies)) != len(currencies):
        raise ValidationFailed.field("prices", _("One price per currency."))
    if data.get("is_default"):
        Plan.objects.filter(is_default=True).update(is_default=False)
    plan = Plan.objects.create(**data)
    for price in prices:
        PlanPrice.objects.create(plan=plan, currency=price["currency"], amount=price["amount"])
    audit_record(
        action="plan.create",
        entity=plan,
        actor=actor,
        request=request,
        diff={"slug": plan.slug, "prices": {p["currency"]: str(p["amount"]) for p in prices}},
    )
    return plan
