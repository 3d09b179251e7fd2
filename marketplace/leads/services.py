"""RFQ and lead use cases: create (with quality gates), route, view, unlock, claim, close, award."""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import nh3
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries

from marketplace.audit.services import audit_record
from marketplace.catalog.models import Category, Currency, Incoterm, Product
from marketplace.catalog.services import attributes_validate
from marketplace.companies.models import CertificationType, Company, CompanyMember
from marketplace.companies.selectors import company_managers
from marketplace.companies.services import require
from marketplace.files.models import StoredFile
from marketplace.files.services import file_store, upload_check
from tradesetu import ratelimit
from tradesetu.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from tradesetu.http import client_ip

from . import routing, trust
from .models import RFQ, BadLeadClaim, Lead

logger = logging.getLogger(__name__)

MAX_ATTACHMENTS = 5
WORD_RE = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


# --------------------------------------------------------------------------- helpers


def _notify(user, event: str, context: dict[str, Any], key: str) -> None:
    from marketplace.notifications.services import notify

    notify(user=user, event=event, context=context, dedupe_key=key)


def _members_to_alert(company: Company) -> list:
    """Owners and administrators hear about leads; a company of staff only, everyone."""
    return company_managers(company, or_everyone=True)


def _plain_text(value: str) -> str:
    """Notes are plain text: tags (and scripts) are stripped, whitespace kept tidy."""
    return (
        nh3.clean(value or "", tags=set())
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .strip()
    )


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD_RE.findall(text or "")}


# --------------------------------------------------------------------------- classification


def category_suggest(text: str) -> Category | None:
    """The leaf category that best matches a free-text product name.

    Category names (and their parents') weigh most, then the titles of published products: the
    most common category among products sharing words with the text.
    """
    words = _words(text)
    if not words:
        return None
    scores: dict[int, float] = {}
    leaves = Category.objects.filter(is_active=True, children__isnull=True).select_related("parent")
    for leaf in leaves:
        name_words = _words(leaf.name) | {
            w for value in leaf.name_i18n.values() for w in _words(value)
        }
        parent_words = _words(leaf.parent.name) if leaf.parent_id else set()
        score = 3 * len(words & name_words) + len(words & parent_words)
        if score:
            scores[leaf.pk] = score
    query = None
    from django.db.models import Count, Q

    for word in sorted(words, key=len, reverse=True)[:5]:
        clause = Q(title__icontains=word)
        query = clause if query is None else query | clause
    if query is not None:
        rows = (
            Product.objects.public()
            .filter(query)
            .values("category_id")
            .annotate(n=Count("pk"))
            .order_by("-n")[:5]
        )
        for row in rows:
            scores[row["category_id"]] = scores.get(row["category_id"], 0) + min(4, row["n"] / 2)
    if not scores:
        return None
    best = max(scores, key=lambda pk: scores[pk])
    return Category.objects.get(pk=best)


# --------------------------------------------------------------------------- RFQ creation


def _validate(data: dict[str, Any], *, category: Category | None) -> dict[str, Any]:
    errors: dict[str, list[str]] = {}
    clean: dict[str, Any] = {}
    # titles are plain text kept as typed, as product titles are (templates escape them on
    # output); one that is too long is refused with its length, never cut
    title = (data.get("title") or "").strip()
    limit = RFQ._meta.get_field("title").max_length
    if not title:
        errors["title"] = [_("Name the product you need.")]
    elif len(title) > limit:
        errors["title"] = [
            _("Keep the title to %(limit)d characters or fewer (it has %(length)d).")
            % {"limit": limit, "length": len(title)}
        ]
    clean["title"] = title
    try:
        quantity = Decimal(str(data.get("quantity", "")))
        if not quantity.is_finite() or quantity <= 0:
            raise InvalidOperation
        clean["quantity"] = quantity
    except (InvalidOperation, ValueError):
        errors["quantity"] = [_("Enter a quantity above zero.")]
    unit = (data.get("unit") or "").strip()
    if not unit:
        errors["unit"] = [_("Enter the unit (kg, tonnes, pieces…).")]
    clean["unit"] = unit[:20]
    price = data.get("target_price")
    if price not in (None, ""):
        try:
            price = Decimal(str(price))
            if not price.is_finite() or price <= 0:
                raise InvalidOperation
            clean["target_price"] = price
        except (InvalidOperation, ValueError):
            errors["target_price"] = [_("Enter a price above zero, or leave it empty.")]
        currency = data.get("target_currency") or ""
        if currency not in Currency.values:
            errors["target_currency"] = [_("Choose the currency of the target price.")]
        clean["target_currency"] = currency
    country = (data.get("destination_country") or "").upper()
    if country not in dict(countries):
        errors["destination_country"] = [_("Choose the destination country.")]
    clean["destination_country"] = country
    clean["destination_port"] = (data.get("destination_port") or "").strip()[:80]
    incoterm = (data.get("incoterm") or "").upper()
    if incoterm and incoterm not in Incoterm.values:
        errors["incoterm"] = [_("Unknown Incoterm.")]
    clean["incoterm"] = incoterm
    needed_by = data.get("needed_by")
    if needed_by and needed_by <= timezone.localdate():
        errors["needed_by"] = [_("The date must be in the future.")]
    clean["needed_by"] = needed_by or None
    try:
        raw = data.get("max_sellers")
        max_sellers = 5 if raw in (None, "") else int(raw)
        if not 1 <= max_sellers <= 10:
            raise ValueError
        clean["max_sellers"] = max_sellers
    except (TypeError, ValueError):
        errors["max_sellers"] = [_("Choose between 1 and 10 suppliers.")]
    notes = _plain_text(data.get("notes") or "")
    if len(notes) > 4000:
        errors["notes"] = [_("Keep the notes under 4,000 characters.")]
    clean["notes"] = notes
    clean["samples_needed"] = bool(data.get("samples_needed"))
    if category is not None and data.get("specs"):
        try:
            clean["specs"] = attributes_validate(category, data["specs"], require=False)
        except ValidationFailed as exc:
            errors.update({k.replace("attributes.", "specs."): v for k, v in exc.fields.items()})
    else:
        clean["specs"] = {}
    if errors:
        raise ValidationFailed(_("Please correct the errors below."), fields=errors)
    return clean


def _duplicate_of(buyer, clean: dict[str, Any], category: Category | None) -> RFQ | None:
    since = timezone.now() - timedelta(days=settings.RFQ_DUPLICATE_DAYS)
    words = _words(clean["title"])
    recent = RFQ.objects.filter(buyer=buyer, created_at__gte=since).exclude(
        status__in=[RFQ.Status.CLOSED]
    )
    for other in recent:
        other_words = _words(other.title)
        union = words | other_words
        similar = bool(union) and len(words & other_words) / len(union) >= 0.8
        same_category = category is None or other.category_id in (None, category.pk)
        same_country = other.destination_country.code == clean["destination_country"]
        if similar and same_category and same_country:
            return other
    return None


def rfq_create(
    *,
    buyer,
    data: dict[str, Any],
    attachments: list | None = None,
    request=None,
) -> RFQ:
    """Post an RFQ. Quality gates first (rate limits, duplicates, attachment scan); then the RFQ
    is stored with the buyer's trust score and routed after commit — or held until the buyer's
    e-mail address is verified."""
    if not buyer.is_buyer:
        raise PermissionDenied(_("Only buyer accounts post RFQs."))
    ip = client_ip(request)
    ratelimit.check("rfq_account_hour", str(buyer.pk))
    ratelimit.check("rfq_account_day", str(buyer.pk))
    if ip:
        ratelimit.check("rfq_ip_hour", ip)

    category = data.get("category")
    if isinstance(category, int | str) and str(category).isdigit():
        category = Category.objects.filter(pk=int(category)).first()
    if category is not None and (not category.is_active or category.children.exists()):
        raise ValidationFailed.field("category", _("Choose the most specific category."))
    clean = _validate(data, category=category)
    suggested = False
    if category is None:
        category = category_suggest(f"{clean['title']} {clean['notes'][:200]}")
        suggested = category is not None
    duplicate = _duplicate_of(buyer, clean, category)
    if duplicate is not None:
        raise Conflict(
            _(
                "You posted a very similar request on %(date)s. Update that one instead of posting it again."
            )
            % {"date": duplicate.created_at.date().isoformat()},
            code="duplicate_rfq",
            fields={"title": [_("Duplicate of an RFQ you posted in the last 7 days.")]},
        )
    attachments = attachments or []
    if len(attachments) > MAX_ATTACHMENTS:
        raise ValidationFailed.field("attachments", _("Attach at most 5 files."))
    checked = [
        upload_check(upload=upload, usage=StoredFile.Usage.RFQ, uploaded_by=buyer, request=request)
        for upload in attachments
    ]
    certifications = list(
        CertificationType.objects.filter(
            pk__in=[getattr(c, "pk", c) for c in data.get("required_certifications") or []]
        )
    )
    score, factors = trust.buyer_trust(buyer)
    flags = ["disposable_email"] if trust.is_disposable(buyer.email) else []
    with transaction.atomic():
        rfq = RFQ.objects.create(
            buyer=buyer,
            buyer_company=Company.objects.filter(
                members__user=buyer, kind=Company.Kind.BUYER
            ).first(),
            category=category,
            category_suggested=suggested,
            product=data.get("product"),
            supplier=data.get("supplier"),
            status=RFQ.Status.OPEN if buyer.email_verified else RFQ.Status.HELD,
            trust_score=score,
            trust_factors=factors,
            flags=flags,
            created_ip=ip or None,
            **clean,
        )
        rfq.required_certifications.set(certifications)
        rfq.attachments.set(
            [file_store(checked=c, usage=StoredFile.Usage.RFQ, uploaded_by=buyer) for c in checked]
        )
        audit_record(
            action="rfq.create",
            entity=rfq,
            actor=buyer,
            diff={
                "status": rfq.status,
                "category": category.pk if category else None,
                "flags": flags,
            },
            request=request,
        )
        if rfq.status == RFQ.Status.OPEN:
            _queue_routing(rfq)
    return rfq


def _queue_routing(rfq: RFQ) -> None:
    from .tasks import route_rfq

    def queue() -> None:
        try:
            route_rfq.delay(rfq.pk)
        except Exception:  # noqa: BLE001 - broker down: the periodic sweep routes it later
            logger.warning(
                "routing not queued; the sweep will pick the RFQ up", extra={"rfq": rfq.pk}
            )

    transaction.on_commit(queue)


def rfqs_release_held(*, user) -> int:
    """The buyer verified the e-mail address: held RFQs open and go to routing."""
    released = 0
    for rfq in RFQ.objects.filter(buyer=user, status=RFQ.Status.HELD):
        with transaction.atomic():
            rfq = RFQ.objects.select_for_update().get(pk=rfq.pk)
            if rfq.status != RFQ.Status.HELD:
                continue
            score, factors = trust.buyer_trust(user)
            rfq.status = RFQ.Status.OPEN
            rfq.trust_score, rfq.trust_factors = score, factors
            rfq.save(update_fields=["status", "trust_score", "trust_factors", "updated_at"])
            audit_record(action="rfq.release", entity=rfq, actor=user)
            _queue_routing(rfq)
            released += 1
    return released


# --------------------------------------------------------------------------- routing


def rfq_route(*, rfq_id: int) -> RFQ:
    """Share an open RFQ with its top-scoring eligible sellers. Safe to run again: an RFQ is
    routed once, and a lead exists at most once per seller company."""
    now = timezone.now()
    with transaction.atomic():
        rfq = (
            RFQ.objects.select_for_update(of=("self",))
            .select_related("category__parent")
            .get(pk=rfq_id)
        )
        if rfq.status != RFQ.Status.OPEN or rfq.routing_status == RFQ.Routing.ROUTED:
            return rfq
        if rfq.category is None:
            rfq.category = category_suggest(rfq.title)
            rfq.category_suggested = rfq.category is not None
        pinned = {rfq.supplier_id, rfq.product.company_id if rfq.product_id else None} - {None}
        chosen = routing.rank(routing.eligible_candidates(rfq), rfq.max_sellers, pinned=pinned)
        rfq.routing_step = routing.widest_step(chosen, pinned=pinned)
        expires = now + timedelta(days=settings.LEAD_UNLOCK_DAYS)
        Lead.objects.bulk_create(
            [
                Lead(
                    rfq=rfq,
                    company_id=c.company_id,
                    score=Decimal(str(c.score)),
                    score_factors=c.factors,
                    created_at=now,
                    expires_at=expires,
                )
                for c in chosen
            ],
            ignore_conflicts=True,
        )
        rfq.routing_status = RFQ.Routing.ROUTED if chosen else RFQ.Routing.NO_MATCH
        rfq.routed_at = now
        rfq.save(
            update_fields=[
                "category",
                "category_suggested",
                "routing_status",
                "routing_step",
                "routed_at",
                "updated_at",
            ]
        )
        audit_record(
            action="rfq.route",
            entity=rfq,
            diff={
                "sellers": [c.company_id for c in chosen],
                "scores": [c.score for c in chosen],
                "step": rfq.routing_step,
                "asked": rfq.max_sellers,
            },
        )
        if chosen:
            _after_commit("notify_routed", rfq.pk)
    return rfq


def _after_commit(task_name: str, *args) -> None:
    """Queue a follow-up task after commit. With the broker down nothing fails: the periodic
    housekeeping repeats the (idempotent) follow-ups of the last hours."""
    from . import tasks

    def queue() -> None:
        try:
            getattr(tasks, task_name).delay(*args)
        except Exception:  # noqa: BLE001 - broker unavailable
            logger.warning(
                "follow-up task not queued; housekeeping repeats it", extra={"task": task_name}
            )

    transaction.on_commit(queue)


@transaction.atomic
def rfq_notify_routed(*, rfq_id: int) -> int:
    """Tell the sellers about their new lead and the buyer how many suppliers received the RFQ.
    Safe to repeat: every message has a dedupe key."""
    rfq = RFQ.objects.select_related("buyer").get(pk=rfq_id)
    leads = list(rfq.leads.select_related("company", "rfq"))
    for lead in leads:
        for user in _members_to_alert(lead.company):
            _notify(user, "lead.new", {"lead": lead}, f"lead.new:{lead.pk}:{user.pk}")
    if leads:
        _notify(rfq.buyer, "rfq.routed", {"rfq": rfq, "count": len(leads)}, f"rfq.routed:{rfq.pk}")
    return len(leads)


@transaction.atomic
def lead_notify_unlocked(*, lead_id: int) -> None:
    lead = Lead.objects.select_related("rfq__buyer", "company").get(pk=lead_id)
    _notify(lead.rfq.buyer, "lead.unlocked", {"lead": lead}, f"lead.unlocked:{lead.pk}")


def rfqs_route_pending(*, older_than: timedelta = timedelta(minutes=2)) -> int:
    """The sweep: RFQs whose routing task never ran (broker down, worker killed)."""
    from .tasks import route_rfq

    pending = RFQ.objects.filter(
        status=RFQ.Status.OPEN,
        routing_status=RFQ.Routing.PENDING,
        created_at__lte=timezone.now() - older_than,
    ).values_list("pk", flat=True)
    count = 0
    for rfq_id in pending:
        route_rfq.delay(rfq_id)
        count += 1
    return count


# --------------------------------------------------------------------------- sellers: view, unlock


def _lead_for_member(lead_or_id, actor) -> Lead:
    lead_id = getattr(lead_or_id, "pk", lead_or_id)
    lead = Lead.objects.select_related("rfq", "company").filter(pk=lead_id).first()
    if lead is None or not CompanyMember.objects.filter(company=lead.company, user=actor).exists():
        raise NotFound(_("No such lead."))  # never reveal leads of other companies
    return lead


def lead_view(*, lead: Lead | int, actor, request=None) -> Lead:
    """A member opens a lead: it is marked viewed; plans with auto-unlock unlock it at once."""
    from billing.selectors import plan_effective

    lead = _lead_for_member(lead, actor)
    if lead.viewed_at is None:
        Lead.objects.filter(pk=lead.pk, viewed_at__isnull=True).update(
            viewed_at=timezone.now(), status=Lead.Status.VIEWED
        )
        lead.refresh_from_db()
    if not lead.is_unlocked and not lead.is_expired and plan_effective(lead.company).auto_unlock:
        lead = lead_unlock(lead=lead, actor=actor, request=request)
    return lead


def lead_unlock(*, lead: Lead | int, actor, request=None) -> Lead:
    """Unlock a lead's contact details for the seller company: by plan (auto-unlock) or with one
    credit. Exactly once, also under concurrent clicks (row lock + credit idempotency key)."""
    from billing.entitlements import EntitlementDenied, entitlement_check
    from billing.services import credits_consume

    lead = _lead_for_member(lead, actor)
    require(actor, "view_company", lead.company)
    with transaction.atomic():
        lead = (
            Lead.objects.select_for_update(of=("self",))
            .select_related("rfq", "company")
            .get(pk=lead.pk)
        )
        if lead.is_unlocked:
            return lead
        if lead.expires_at <= timezone.now():
            raise Conflict(
                _("This lead has expired and can no longer be unlocked."), code="lead_expired"
            )
        if lead.rfq.status not in (RFQ.Status.OPEN, RFQ.Status.AWARDED):
            raise Conflict(_("The buyer has closed this RFQ."), code="rfq_closed")
        decision = entitlement_check(lead.company, "lead.unlock")
        if not decision.allowed:
            raise EntitlementDenied(decision)
        if decision.via == "plan":
            lead.unlock_via = Lead.Via.PLAN
        else:
            entries = credits_consume(
                company=lead.company,
                amount=1,
                reason=_("Unlocked lead: %(title)s") % {"title": lead.rfq.title[:80]},
                reference=f"lead:{lead.pk}",
                key=f"unlock:{lead.pk}",
                actor=actor,
                request=request,
            )
            lead.unlock_via = Lead.Via.CREDIT
            lead.credit_operation = entries[0].operation
        lead.status = Lead.Status.UNLOCKED
        lead.unlocked_at = timezone.now()
        lead.unlocked_by = actor
        lead.viewed_at = lead.viewed_at or lead.unlocked_at
        lead.save(
            update_fields=[
                "status",
                "unlocked_at",
                "unlocked_by",
                "unlock_via",
                "credit_operation",
                "viewed_at",
            ]
        )
        audit_record(
            action="lead.unlock",
            entity=lead,
            actor=actor,
            diff={"via": lead.unlock_via, "rfq": lead.rfq_id, "company": lead.company_id},
            request=request,
        )
        _after_commit("notify_unlocked", lead.pk)
    return lead


def lead_unlock_by_rfq(*, rfq_public_id, actor, request=None) -> Lead:
    """``POST /leads/:rfqId/unlock``: the caller's company's lead for that RFQ."""
    lead = (
        Lead.objects.filter(rfq__public_id=rfq_public_id, company__members__user=actor)
        .values_list("pk", flat=True)
        .first()
    )
    if lead is None:
        raise NotFound(_("No such lead."))
    return lead_unlock(lead=lead, actor=actor, request=request)


# --------------------------------------------------------------------------- bad-lead claims


def claim_create(
    *, lead: Lead | int, actor, reason: str, evidence: str, uploads=None, request=None
) -> BadLeadClaim:
    lead = _lead_for_member(lead, actor)
    if not lead.is_unlocked:
        raise Conflict(_("Only unlocked leads can be reported."), code="lead_locked")
    if timezone.now() > lead.claim_deadline:
        raise Conflict(
            _("Leads can be reported within %(hours)s hours of unlocking.")
            % {"hours": settings.LEAD_CLAIM_WINDOW_HOURS},
            code="claim_window_closed",
        )
    if reason not in BadLeadClaim.Reason.values:
        raise ValidationFailed.field("reason", _("Choose a reason."))
    evidence = _plain_text(evidence)
    if len(evidence) < 10:
        raise ValidationFailed.field("evidence", _("Tell us what happened (at least a sentence)."))
    checked = [
        upload_check(upload=u, usage=StoredFile.Usage.RFQ, uploaded_by=actor, request=request)
        for u in (uploads or [])[:3]
    ]
    with transaction.atomic():
        if BadLeadClaim.objects.filter(lead=lead).exists():
            raise Conflict(_("This lead has already been reported."), code="claim_exists")
        claim = BadLeadClaim.objects.create(
            lead=lead, reason=reason, evidence=evidence[:2000], created_by=actor
        )
        claim.files.set(
            [file_store(checked=c, usage=StoredFile.Usage.RFQ, uploaded_by=actor) for c in checked]
        )
        audit_record(
            action="claim.create",
            entity=claim,
            actor=actor,
            diff={"reason": reason},
            request=request,
        )
    return claim


def claim_decide(
    *, claim: BadLeadClaim, staff, approve: bool, reason: str = "", request=None
) -> BadLeadClaim:
    """Staff decision; approval lowers the buyer's trust and, when a credit paid the unlock,
    refunds it through the ledger (a lead unlocked by the plan cost nothing: nothing to refund)."""
    from billing.services import credits_refund

    if not staff.has_perm("leads.change_badleadclaim"):
        raise PermissionDenied(_("Only staff decide on claims."))
    if not approve and not (reason or "").strip():
        raise ValidationFailed.field("reason", _("Tell the seller why the claim was rejected."))
    with transaction.atomic():
        claim = (
            BadLeadClaim.objects.select_for_update()
            .select_related("lead__rfq", "lead__company")
            .get(pk=claim.pk)
        )
        if claim.status != BadLeadClaim.Status.PENDING:
            raise Conflict(_("This claim has already been decided."), code="claim_decided")
        claim.status = BadLeadClaim.Status.APPROVED if approve else BadLeadClaim.Status.REJECTED
        claim.decided_by, claim.decided_at = staff, timezone.now()
        claim.decision_reason = (reason or "").strip()[:1000]
        claim.save(update_fields=["status", "decided_by", "decided_at", "decision_reason"])
        lead = claim.lead
        refunded = bool(approve and lead.credit_operation)
        if refunded:
            credits_refund(
                company=lead.company,
                operation=lead.credit_operation,
                reason=_("Bad lead refunded: %(title)s") % {"title": lead.rfq.title[:80]},
                actor=staff,
                request=request,
            )
        if approve:
            rfq = lead.rfq
            score, factors = trust.buyer_trust(rfq.buyer)
            RFQ.objects.filter(
                buyer=rfq.buyer, status__in=[RFQ.Status.OPEN, RFQ.Status.HELD]
            ).update(trust_score=score, trust_factors=factors)
        audit_record(
            action=f"claim.{'approve' if approve else 'reject'}",
            entity=claim,
            actor=staff,
            diff={
                "lead": lead.pk,
                "refund": refunded,
                "reason": claim.decision_reason,
            },
            request=request,
        )
        for user in _members_to_alert(lead.company):
            _notify(
                user,
                "claim.decided",
                {
                    "claim": claim,
                    "lead": lead,
                    # say what really happened: a plan unlock cost no credit, so none comes back
                    "credits_refunded": 1 if refunded else 0,
                    "unlocked_by_plan": lead.unlock_via == Lead.Via.PLAN,
                },
                f"claim.decided:{claim.pk}:{user.pk}",
            )
    return claim


# --------------------------------------------------------------------------- buyers


def _own_rfq(rfq: RFQ, buyer) -> RFQ:
    if rfq.buyer_id != buyer.pk:
        raise NotFound(_("No such RFQ."))
    return rfq


def _rfq_transition(rfq: RFQ, status: str) -> None:
    if status not in RFQ.TRANSITIONS[rfq.status]:
        raise Conflict(
            _("An RFQ that is “%(old)s” cannot become “%(new)s”.")
            % {"old": rfq.get_status_display(), "new": RFQ.Status(status).label},
            code="invalid_transition",
        )
    rfq.status = status


@transaction.atomic
def rfq_close(*, rfq: RFQ, buyer, reason: str = "", converted: bool = False, request=None) -> RFQ:
    rfq = RFQ.objects.select_for_update().get(pk=_own_rfq(rfq, buyer).pk)
    _rfq_transition(rfq, RFQ.Status.CONVERTED if converted else RFQ.Status.CLOSED)
    rfq.closed_reason = _plain_text(reason)[:200]
    rfq.save(update_fields=["status", "closed_reason", "updated_at"])
    audit_record(
        action="rfq.close", entity=rfq, actor=buyer, diff={"status": rfq.status}, request=request
    )
    return rfq


@transaction.atomic
def rfq_award(*, rfq: RFQ, buyer, company: Company, request=None) -> RFQ:
    """The buyer chose a supplier among those the RFQ was shared with; the others are told."""
    rfq = RFQ.objects.select_for_update().get(pk=_own_rfq(rfq, buyer).pk)
    winner = rfq.leads.filter(company=company).select_related("company").first()
    if winner is None:
        raise ValidationFailed.field(
            "company", _("Choose one of the suppliers this RFQ was shared with.")
        )
    _rfq_transition(rfq, RFQ.Status.AWARDED)
    rfq.awarded_to = company
    rfq.save(update_fields=["status", "awarded_to", "updated_at"])
    audit_record(
        action="rfq.award", entity=rfq, actor=buyer, diff={"company": company.pk}, request=request
    )
    for lead in rfq.leads.select_related("company"):
        event = "rfq.awarded" if lead.company_id == company.pk else "rfq.not_awarded"
        if event == "rfq.not_awarded" and not lead.is_unlocked:
            continue  # only sellers who engaged hear the outcome
        for user in _members_to_alert(lead.company):
            _notify(user, event, {"lead": lead, "rfq": rfq}, f"{event}:{lead.pk}:{user.pk}")
    return rfq


# --------------------------------------------------------------------------- housekeeping


def leads_expire_due(*, now=None) -> int:
    now = now or timezone.now()
    return Lead.objects.filter(
        status__in=[Lead.Status.NEW, Lead.Status.VIEWED], expires_at__lte=now
    ).update(status=Lead.Status.EXPIRED)


def followups_repeat(*, hours: int = 3, now=None) -> int:
    """Repeat the notification follow-ups of recent routings and unlocks (idempotent): covers
    tasks lost while the broker was down."""
    now = now or timezone.now()
    since = now - timedelta(hours=hours)
    count = 0
    for rfq_id in RFQ.objects.filter(
        routed_at__gte=since, routing_status=RFQ.Routing.ROUTED
    ).values_list("pk", flat=True):
        rfq_notify_routed(rfq_id=rfq_id)
        count += 1
    for lead_id in Lead.objects.filter(unlocked_at__gte=since).values_list("pk", flat=True):
        lead_notify_unlocked(lead_id=lead_id)
        count += 1
    return count


def leads_remind_unviewed(*, now=None) -> int:
    now = now or timezone.now()
    due = Lead.objects.filter(
        status=Lead.Status.NEW,
        reminded_at__isnull=True,
        created_at__lte=now - timedelta(hours=settings.LEAD_REMINDER_HOURS),
        expires_at__gt=now,
    ).select_related("company", "rfq")
    count = 0
    for lead in due:
        with transaction.atomic():
            if not Lead.objects.filter(pk=lead.pk, reminded_at__isnull=True).update(
                reminded_at=now
            ):
                continue
            for user in _members_to_alert(lead.company):
                _notify(user, "lead.reminder", {"lead": lead}, f"lead.reminder:{lead.pk}:{user.pk}")
            count += 1
    return count
