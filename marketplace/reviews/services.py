"""Review use cases: write (buyers with a verified interaction), edit within 48 hours, delete,
moderate, reply (sellers), report (sellers), and the rating aggregate.

Every change that can move a company's rating calls ``rating_summary_refresh`` inside its own
transaction: the aggregate is recomputed from the approved reviews, never incremented.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.audit.services import audit_record
from marketplace.companies.models import Company, CompanyMember
from marketplace.companies.selectors import company_managers
from marketplace.files.models import StoredFile
from marketplace.files.services import IMAGE_KINDS, JPEG, CheckedUpload, file_store, upload_check
from marketplace.leads.models import RFQ, Lead
from marketplace.leads.trust import FREE_MAIL, email_domain, is_disposable
from tradesetu import ratelimit
from tradesetu.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from tradesetu.http import client_ip, user_agent
from tradesetu.pii import EMAIL_RE, PHONE_RE, URL_RE

from .models import (
    MAX_PHOTOS,
    MODERATION_TRANSITIONS,
    HoldReason,
    ModerationStatus,
    RatingSummary,
    Review,
    ReviewPhoto,
    ReviewReply,
    ReviewReport,
)
from .profanity import profanity_found

logger = logging.getLogger(__name__)

MODERATE_PERMISSION = "reviews.moderate_review"
# scope -> (limit, window in seconds); settings.RATE_LIMITS may override any of them
RATE_LIMIT_DEFAULTS = {
    "review_ip_hour": (10, 60 * 60),
    "review_account_day": (20, 24 * 60 * 60),
    "review_reply_account_hour": (30, 60 * 60),
}
NEW_ACCOUNT_AGE = timedelta(days=1)
SESSION_LOOKBACK = timedelta(days=90)
PHOTO_MAX_BYTES = 8 * 1024 * 1024
PHOTO_MAX_PIXELS = 40_000_000
PHOTO_MAX_SIDE = 2400
TEXT_MIN, TEXT_MAX = 20, 4000
TITLE_MAX = 120
REPLY_MAX = 2000
MARKUP_RE = re.compile(r"<\s*/?\s*[a-zA-Z!?][^>]*>|javascript\s*:", re.IGNORECASE)
SCORE_FIELDS = ("communication", "product_quality", "delivery")
TWO_PLACES = Decimal("0.01")


# --------------------------------------------------------------------------- helpers


def _rate_limit(scope: str, ident: str) -> None:
    limit, window = getattr(settings, "RATE_LIMITS", {}).get(scope, RATE_LIMIT_DEFAULTS[scope])
    ratelimit.check(scope, ident, limit=limit, window=window)


def _plain(value: Any, *, field: str, label: str, max_length: int, min_length: int = 0) -> str:
    """Plain text, or a clear refusal: no HTML tags or scripts, no control characters."""
    text = unicodedata.normalize("NFC", str(value or "")).replace("\r\n", "\n").strip()
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    if MARKUP_RE.search(text):
        raise ValidationFailed.field(
            field,
            _("%(label)s must be plain text: remove HTML tags and scripts such as <script>.")
            % {"label": label},
        )
    if len(text) < min_length:
        raise ValidationFailed.field(
            field,
            _("%(label)s needs at least %(n)s characters.") % {"label": label, "n": min_length},
        )
    if len(text) > max_length:
        raise ValidationFailed.field(
            field,
            _("%(label)s is too long: at most %(n)s characters.")
            % {"label": label, "n": max_length},
        )
    return text


def _score(value: Any, *, field: str, label: str, required: bool) -> int | None:
    if value in (None, ""):
        if required:
            raise ValidationFailed.field(field, _("Choose a rating from 1 to 5 stars."))
        return None
    try:
        number = int(str(value).strip())
        if str(number) != str(value).strip() or not 1 <= number <= 5:
            raise ValueError
    except (TypeError, ValueError):
        raise ValidationFailed.field(
            field,
            _("%(label)s must be a whole number of stars from 1 to 5.") % {"label": label},
        ) from None
    return number


def _validate_review(data: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, list[str]] = {}
    clean: dict[str, Any] = {}
    checks = [
        ("rating", lambda: _score(data.get("rating"), field="rating", label=_("The overall rating"), required=True)),
        ("communication", lambda: _score(data.get("communication"), field="communication", label=_("Communication"), required=False)),
        ("product_quality", lambda: _score(data.get("product_quality"), field="product_quality", label=_("Product quality"), required=False)),
        ("delivery", lambda: _score(data.get("delivery"), field="delivery", label=_("Delivery"), required=False)),
        ("title", lambda: _plain(data.get("title"), field="title", label=_("The title"), max_length=TITLE_MAX, min_length=3)),
        ("text", lambda: _plain(data.get("text"), field="text", label=_("The review"), max_length=TEXT_MAX, min_length=TEXT_MIN)),
    ]  # fmt: skip
    for name, check in checks:
        try:
            clean[name] = check()
        except ValidationFailed as error:
            errors.update(error.fields)
    if errors:
        first = next(iter(errors.values()))[0]
        raise ValidationFailed(
            first if len(errors) == 1 else _("Please correct the errors below."), fields=errors
        )
    return clean


def hold_reasons(*, author, texts: list[str]) -> list[str]:
    """Why a text should wait for a closer look: links, contact details, profanity, new account."""
    joined = "\n".join(texts)
    reasons = []
    if URL_RE.search(joined):
        reasons.append(HoldReason.LINKS.value)
    if EMAIL_RE.search(joined) or PHONE_RE.search(joined):
        reasons.append(HoldReason.CONTACTS.value)
    if profanity_found(joined):
        reasons.append(HoldReason.PROFANITY.value)
    if author is not None and author.date_joined > timezone.now() - NEW_ACCOUNT_AGE:
        reasons.append(HoldReason.NEW_ACCOUNT.value)
    return reasons


def _ip_prefix(ip: str) -> str:
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ""
    bits = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{bits}", strict=False))


def device_fingerprint(user_agent_string: str, ip: str) -> str:
    """A hash of the browser (user agent) and network (IPv4 /24, IPv6 /48): the same device
    signing in to two accounts gives the same value. Empty without a user agent or IP."""
    prefix = _ip_prefix(ip or "")
    if not user_agent_string or not prefix:
        return ""
    return hashlib.sha256(f"{user_agent_string[:300]}|{prefix}".encode()).hexdigest()


def request_fingerprint(request) -> str:
    return device_fingerprint(user_agent(request), client_ip(request))


# Reserved for documentation and testing (RFC 2606 / 6761): shared by unrelated people, like
# free-mail providers, so they never identify a company.
RESERVED_DOMAINS = {"example.com", "example.net", "example.org"}
RESERVED_TLDS = (".test", ".example", ".invalid", ".localhost")


def is_company_domain(domain: str) -> bool:
    return bool(domain) and not (
        domain in FREE_MAIL or domain in RESERVED_DOMAINS or domain.endswith(RESERVED_TLDS)
    )


def _company_domains(company: Company) -> set[str]:
    """Company e-mail domains of the company's people (free-mail providers never count)."""
    emails = list(company.members.values_list("user__email", flat=True))
    if company.email:
        emails.append(company.email)
    domains = {email_domain(e) for e in emails if e}
    if company.website:
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", company.website.lower()).split("/")[0]
        domains.add(host.split(":")[0])
    return {d for d in domains if is_company_domain(d)}


def _refuse_self_review(*, author, company: Company, fingerprint: str) -> None:
    """The reviewed company's own people may not review it, also not from a second account."""
    if CompanyMember.objects.filter(company=company, user=author).exists():
        raise PermissionDenied(_("You cannot review your own company."), code="self_review")
    domain = email_domain(author.email)
    if is_company_domain(domain) and not is_disposable(author.email):
        if domain in _company_domains(company):
            raise PermissionDenied(
                _(
                    "Your e-mail address is at the same company domain (%(domain)s) as this "
                    "supplier's team, so you cannot review it."
                )
                % {"domain": domain},
                code="self_review",
            )
    if fingerprint:
        from marketplace.accounts.models import UserSession

        sessions = UserSession.objects.filter(
            user__memberships__company=company,
            last_seen_at__gte=timezone.now() - SESSION_LOOKBACK,
        ).values_list("user_agent", "ip_address")
        for agent, ip in sessions:
            if device_fingerprint(agent, str(ip or "")) == fingerprint:
                raise PermissionDenied(
                    _(
                        "This device was recently used to sign in to the supplier's own account, "
                        "so a review from it cannot be accepted."
                    ),
                    code="self_review",
                )


def interaction_for(*, author, company: Company, rfq: RFQ) -> str | None:
    """How the buyer dealt with the company through this RFQ: awarded, unlocked, or None."""
    if rfq.buyer_id != author.pk:
        return None
    if rfq.awarded_to_id == company.pk:
        return Review.Interaction.AWARDED
    unlocked = Lead.objects.filter(rfq=rfq, company=company, unlocked_at__isnull=False).exists()
    return Review.Interaction.UNLOCKED if unlocked else None


@dataclass(frozen=True)
class PreparedPhoto:
    checked: CheckedUpload
    width: int
    height: int


def _reencode(checked: CheckedUpload, position: int) -> PreparedPhoto:
    """Decode the image and write a fresh JPEG from its pixels: EXIF (GPS, camera, owner),
    XMP, ICC and anything appended to the file are gone; the orientation is applied first."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    not_an_image = ValidationFailed.field(
        "photos", _("Photo %(n)s is not a readable image.") % {"n": position}
    )
    try:
        with Image.open(BytesIO(checked.data)) as probe:
            if probe.width * probe.height > PHOTO_MAX_PIXELS:
                raise ValidationFailed.field(
                    "photos",
                    _("Photo %(n)s has too many pixels (over 40 megapixels).") % {"n": position},
                )
            probe.verify()
        with Image.open(BytesIO(checked.data)) as source:
            source.load()
            image = ImageOps.exif_transpose(source)
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                background = Image.new("RGB", image.size, (255, 255, 255))
                background.paste(image, mask=image.getchannel("A"))
                image = background
            elif image.mode != "RGB":
                image = image.convert("RGB")
            image.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
            out = BytesIO()
            image.save(out, format="JPEG", quality=85, optimize=True)
    except ValidationFailed:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise not_an_image from None
    data = out.getvalue()
    return PreparedPhoto(
        checked=CheckedUpload(
            name=f"review-photo-{position}.jpg",
            kind=JPEG,
            data=data,
            sha256=hashlib.sha256(data).hexdigest(),
            scanned=checked.scanned,
        ),
        width=image.width,
        height=image.height,
    )


def photos_prepare(*, uploads, actor, request=None, already: int = 0) -> list[PreparedPhoto]:
    """Check every photo (type, size, clamd scan) and re-encode it. Call before the transaction
    (an infected file's audit event must survive the refusal)."""
    uploads = [u for u in (uploads or []) if u]
    if already + len(uploads) > MAX_PHOTOS:
        raise ValidationFailed.field(
            "photos", _("A review has at most %(n)s photos.") % {"n": MAX_PHOTOS}
        )
    prepared = []
    for position, upload in enumerate(uploads, start=already + 1):
        try:
            checked = upload_check(
                upload=upload,
                usage=StoredFile.Usage.REVIEW,
                uploaded_by=actor,
                kinds=IMAGE_KINDS,
                max_bytes=PHOTO_MAX_BYTES,
                request=request,
            )
        except ValidationFailed as error:
            raise ValidationFailed(
                error.message,
                code=error.code,
                fields={"photos": error.fields.get("file", [error.message])},
            ) from None
        prepared.append(_reencode(checked, position))
    return prepared


def _photos_store(review: Review, prepared: list[PreparedPhoto], actor) -> None:
    start = review.photos.count()
    for offset, photo in enumerate(prepared):
        stored = file_store(checked=photo.checked, usage=StoredFile.Usage.REVIEW, uploaded_by=actor)
        ReviewPhoto.objects.create(
            review=review,
            file=stored,
            width=photo.width,
            height=photo.height,
            sort_order=start + offset,
        )


def _files_delete_on_commit(files: list[StoredFile]) -> None:
    names = [(f.file.storage, f.file.name) for f in files]
    StoredFile.objects.filter(pk__in=[f.pk for f in files]).delete()

    def remove() -> None:
        for storage, name in names:
            try:
                storage.delete(name)
            except OSError:  # pragma: no cover - a missing file is already gone
                logger.warning("review photo file not removed", extra={"file": name})

    transaction.on_commit(remove)


def _public_pages_changed() -> None:
    """Supplier and product pages are cached for visitors: forget them after the commit."""
    from cms.services import page_cache_clear

    transaction.on_commit(page_cache_clear)


def _transition(obj, status: str) -> None:
    if status not in MODERATION_TRANSITIONS[ModerationStatus(obj.status)]:
        raise Conflict(
            _("This has already been moderated (“%(old)s”); it cannot become “%(new)s”.")
            % {"old": obj.get_status_display(), "new": ModerationStatus(status).label},
            code="invalid_transition",
        )
    obj.status = status


def _require_moderator(user) -> None:
    if not (getattr(user, "is_authenticated", False) and user.has_perm(MODERATE_PERMISSION)):
        raise PermissionDenied(_("Only moderators decide on reviews."))


def _require_member(user, company: Company) -> None:
    if not CompanyMember.objects.filter(company=company, user=user, user__is_active=True).exists():
        raise PermissionDenied(
            _("Only the reviewed supplier's team can do this."), code="not_company_member"
        )


# --------------------------------------------------------------------------- the aggregate


def rating_summary_refresh(*, company_id: int) -> RatingSummary:
    """Recompute a company's rating from its approved reviews. Call it inside the transaction
    that changed a review; the summary row is locked so concurrent changes queue up and the
    last one sees them all."""
    RatingSummary.objects.bulk_create([RatingSummary(company_id=company_id)], ignore_conflicts=True)
    summary = RatingSummary.objects.select_for_update().get(company_id=company_id)
    totals = Review.objects.filter(
        company_id=company_id, status=ModerationStatus.APPROVED
    ).aggregate(
        count=Count("pk"),
        total=Sum("rating"),
        **{f"{f}_n": Count(f) for f in SCORE_FIELDS},
        **{f"{f}_sum": Sum(f) for f in SCORE_FIELDS},
    )

    def mean(total, n) -> Decimal | None:
        return (Decimal(total) / Decimal(n)).quantize(TWO_PLACES, ROUND_HALF_UP) if n else None

    summary.count = totals["count"]
    summary.average = mean(totals["total"], totals["count"]) or Decimal("0.00")
    for field in SCORE_FIELDS:
        setattr(summary, field, mean(totals[f"{field}_sum"], totals[f"{field}_n"]))
    summary.updated_at = timezone.now()
    summary.save()
    _public_pages_changed()
    return summary


# --------------------------------------------------------------------------- buyers


def review_create(
    *,
    author,
    company: Company,
    rfq: RFQ,
    data: dict[str, Any],
    photos=None,
    request=None,
) -> Review:
    """A buyer reviews a supplier that unlocked or won one of the buyer's RFQs, once per RFQ.
    The review waits for a moderator; holds say why it needs a closer look."""
    ip = client_ip(request)
    if ip:
        _rate_limit("review_ip_hour", ip)
    _rate_limit("review_account_day", str(author.pk))
    if not getattr(author, "is_buyer", False):
        raise PermissionDenied(_("Only buyer accounts write reviews."), code="not_buyer")
    if company.kind != Company.Kind.SELLER or company.is_blocked:
        raise NotFound(_("No such supplier."))
    clean = _validate_review(data)
    interaction = interaction_for(author=author, company=company, rfq=rfq)
    if interaction is None:
        raise PermissionDenied(
            _(
                "You can review a supplier only after it unlocked or won one of your requests "
                "for quotation. We found no such request with %(company)s."
            )
            % {"company": company.name},
            code="no_interaction",
        )
    if Review.objects.filter(rfq=rfq, company=company).exists():
        raise Conflict(
            _("You have already reviewed %(company)s for this request.")
            % {"company": company.name},
            code="already_reviewed",
        )
    fingerprint = request_fingerprint(request)
    _refuse_self_review(author=author, company=company, fingerprint=fingerprint)
    prepared = photos_prepare(uploads=photos, actor=author, request=request)
    holds = hold_reasons(author=author, texts=[clean["title"], clean["text"]])
    try:
        with transaction.atomic():
            review = Review.objects.create(
                company=company,
                rfq=rfq,
                author=author,
                interaction=interaction,
                hold_reasons=holds,
                device_hash=fingerprint,
                created_ip=ip or None,
                **clean,
            )
            _photos_store(review, prepared, author)
            audit_record(
                action="review.create",
                entity=review,
                actor=author,
                diff={
                    "company": company.pk,
                    "rfq": rfq.pk,
                    "rating": review.rating,
                    "holds": holds,
                    "photos": len(prepared),
                },
                request=request,
            )
    except IntegrityError:  # a concurrent second submission for the same RFQ
        raise Conflict(
            _("You have already reviewed %(company)s for this request.")
            % {"company": company.name},
            code="already_reviewed",
        ) from None
    return review


def _own_review(review: Review | int, author) -> Review:
    review_id = getattr(review, "pk", review)
    found = Review.objects.filter(pk=review_id, author=author).first()
    if found is None:
        raise NotFound(_("No such review."))
    return found


def review_edit(
    *,
    review: Review | int,
    author,
    data: dict[str, Any],
    photos=None,
    remove_photos=(),
    request=None,
) -> Review:
    """The author changes the review within 48 hours of posting; it goes back to moderation
    (a published review leaves the rating until it is approved again). Then it is frozen."""
    review = _own_review(review, author)
    if not review.is_editable:
        raise Conflict(
            _("Reviews can be changed for 48 hours after posting; this one is now final."),
            code="review_frozen",
        )
    merged = {
        name: data.get(name, getattr(review, name))
        for name in ("rating", "title", "text", *SCORE_FIELDS)
    }
    clean = _validate_review(merged)
    remove_ids = {int(pk) for pk in remove_photos or []}
    keep = review.photos.exclude(pk__in=remove_ids).count()
    prepared = photos_prepare(uploads=photos, actor=author, request=request, already=keep)
    with transaction.atomic():
        review = Review.objects.select_for_update().get(pk=review.pk)
        if not review.is_editable:
            raise Conflict(
                _("Reviews can be changed for 48 hours after posting; this one is now final."),
                code="review_frozen",
            )
        was = review.status
        for name, value in clean.items():
            setattr(review, name, value)
        if was != ModerationStatus.PENDING:
            _transition(review, ModerationStatus.PENDING)
        review.hold_reasons = hold_reasons(author=author, texts=[review.title, review.text])
        review.moderated_by, review.moderated_at, review.moderation_reason = None, None, ""
        review.edited_at = timezone.now()
        review.save()
        removed = list(review.photos.filter(pk__in=remove_ids).select_related("file"))
        if removed:
            files = [p.file for p in removed]
            ReviewPhoto.objects.filter(pk__in=[p.pk for p in removed]).delete()
            _files_delete_on_commit(files)
        _photos_store(review, prepared, author)
        for position, photo in enumerate(review.photos.all()):
            if photo.sort_order != position:
                ReviewPhoto.objects.filter(pk=photo.pk).update(sort_order=position)
        if was == ModerationStatus.APPROVED:
            rating_summary_refresh(company_id=review.company_id)
        audit_record(
            action="review.edit",
            entity=review,
            actor=author,
            diff={
                "previous_status": was,
                "rating": review.rating,
                "holds": review.hold_reasons,
                "photos_added": len(prepared),
                "photos_removed": len(removed),
            },
            request=request,
        )
    return review


def review_delete(*, review: Review | int, actor, request=None) -> None:
    """The author (any time) or a moderator removes a review and its photos."""
    review_id = getattr(review, "pk", review)
    is_moderator = getattr(actor, "is_authenticated", False) and actor.has_perm(MODERATE_PERMISSION)
    with transaction.atomic():
        review = Review.objects.select_for_update().filter(pk=review_id).first()
        if review is None or (review.author_id != actor.pk and not is_moderator):
            raise NotFound(_("No such review."))
        company_id, status = review.company_id, review.status
        files = [p.file for p in review.photos.select_related("file")]
        audit_record(
            action="review.delete",
            entity=review,
            actor=actor,
            diff={
                "company": company_id,
                "status": status,
                "by": "author" if review.author_id == actor.pk else "moderator",
            },
            request=request,
        )
        review.delete()
        _files_delete_on_commit(files)
        if status == ModerationStatus.APPROVED:
            rating_summary_refresh(company_id=company_id)


# --------------------------------------------------------------------------- moderators


def _decide(item: Review | ReviewReply, *, moderator, approve: bool, reason: str) -> str:
    """Record a moderator's decision on a locked review or reply; returns its former status."""
    was = item.status
    _transition(item, ModerationStatus.APPROVED if approve else ModerationStatus.REJECTED)
    item.moderated_by, item.moderated_at = moderator, timezone.now()
    item.moderation_reason = reason
    item.save(
        update_fields=["status", "moderated_by", "moderated_at", "moderation_reason", "updated_at"]
    )
    return was


def review_moderate(
    *, review: Review | int, moderator, approve: bool, reason: str = "", request=None
) -> Review:
    """Publish or reject a review (rejections carry a reason the author sees)."""
    _require_moderator(moderator)
    reason = _plain(reason, field="reason", label=_("The reason"), max_length=1000)
    if not approve and not reason:
        raise ValidationFailed.field("reason", _("Tell the author why the review was rejected."))
    with transaction.atomic():
        review = Review.objects.select_for_update().filter(pk=getattr(review, "pk", review)).first()
        if review is None:
            raise NotFound(_("No such review."))
        was = _decide(review, moderator=moderator, approve=approve, reason=reason)
        if ModerationStatus.APPROVED in (was, review.status):
            rating_summary_refresh(company_id=review.company_id)
        audit_record(
            action=f"review.{'approve' if approve else 'reject'}",
            entity=review,
            actor=moderator,
            diff={
                "from": was,
                "reason": reason,
                "holds": review.hold_reasons,
                "company": review.company_id,
            },
            request=request,
        )
        if review.status != was:
            _notify_decided(review.author, "review.decided", {"review": review}, review)
            if approve:
                for user in company_managers(review.company):
                    _notify(
                        user,
                        "review.published",
                        {"review": review},
                        f"review.published:{review.pk}:{user.pk}",
                    )
    return review


def _notify(user, event: str, context: dict[str, Any], key: str) -> None:
    from marketplace.notifications.services import notify

    notify(user=user, event=event, context=context, dedupe_key=key)


def _notify_decided(user, event: str, context: dict[str, Any], decided) -> None:
    """The author hears each decision once (a review edited and decided again is news again)."""
    stamp = int(decided.moderated_at.timestamp() * 1000)
    _notify(user, event, context, f"{event}:{decided.pk}:{decided.status}:{stamp}")


def reply_moderate(
    *, reply: ReviewReply | int, moderator, approve: bool, reason: str = "", request=None
) -> ReviewReply:
    _require_moderator(moderator)
    reason = _plain(reason, field="reason", label=_("The reason"), max_length=1000)
    if not approve and not reason:
        raise ValidationFailed.field("reason", _("Tell the supplier why the reply was rejected."))
    with transaction.atomic():
        reply = (
            ReviewReply.objects.select_for_update().filter(pk=getattr(reply, "pk", reply)).first()
        )
        if reply is None:
            raise NotFound(_("No such reply."))
        was = _decide(reply, moderator=moderator, approve=approve, reason=reason)
        audit_record(
            action=f"review_reply.{'approve' if approve else 'reject'}",
            entity=reply,
            actor=moderator,
            diff={"from": was, "reason": reason, "review": reply.review_id},
            request=request,
        )
        if reply.status != was:
            _notify_decided(reply.author, "reply.decided", {"reply": reply}, reply)
        _public_pages_changed()
    return reply


def report_decide(
    *, report: ReviewReport | int, moderator, uphold: bool, reason: str = "", request=None
) -> ReviewReport:
    """Uphold a seller's report (the review is taken down, with the reason) or dismiss it."""
    _require_moderator(moderator)
    reason = _plain(reason, field="reason", label=_("The reason"), max_length=1000)
    if not reason:
        raise ValidationFailed.field("reason", _("Give a reason; the supplier sees it."))
    with transaction.atomic():
        report = (
            ReviewReport.objects.select_for_update()
            .filter(pk=getattr(report, "pk", report))
            .first()
        )
        if report is None:
            raise NotFound(_("No such report."))
        if report.status != ReviewReport.Status.OPEN:
            raise Conflict(_("This report has already been decided."), code="report_decided")
        if uphold:
            review = Review.objects.get(pk=report.review_id)
            if review.status != ModerationStatus.REJECTED:
                review_moderate(
                    review=review,
                    moderator=moderator,
                    approve=False,
                    reason=reason,
                    request=request,
                )
        report.status = ReviewReport.Status.UPHELD if uphold else ReviewReport.Status.DISMISSED
        report.decided_by, report.decided_at = moderator, timezone.now()
        report.decision_reason = reason
        report.save(update_fields=["status", "decided_by", "decided_at", "decision_reason"])
        audit_record(
            action=f"review_report.{'uphold' if uphold else 'dismiss'}",
            entity=report,
            actor=moderator,
            diff={"review": report.review_id, "reason": reason},
            request=request,
        )
    return report


# --------------------------------------------------------------------------- sellers


def _published_review_of(review: Review | int, actor) -> Review:
    review = (
        Review.objects.select_related("company").filter(pk=getattr(review, "pk", review)).first()
    )
    if review is None:
        raise NotFound(_("No such review."))
    _require_member(actor, review.company)
    if review.status != ModerationStatus.APPROVED:
        raise Conflict(
            _("Only published reviews can be answered or reported."), code="review_not_published"
        )
    return review


def reply_create(*, review: Review | int, actor, text: str, request=None) -> ReviewReply:
    """The reviewed company answers once, in public, after moderation. A rejected reply may be
    rewritten (it stays the one reply)."""
    _rate_limit("review_reply_account_hour", str(getattr(actor, "pk", "")))
    review = _published_review_of(review, actor)
    text = _plain(text, field="text", label=_("The reply"), max_length=REPLY_MAX, min_length=2)
    holds = hold_reasons(author=actor, texts=[text])
    with transaction.atomic():
        Review.objects.select_for_update().filter(pk=review.pk).first()
        reply = ReviewReply.objects.filter(review=review).first()
        if reply is not None and reply.status != ModerationStatus.REJECTED:
            raise Conflict(
                _(
                    "Your company has already replied to this review; there is one reply per review."
                ),
                code="already_replied",
            )
        if reply is None:
            reply = ReviewReply.objects.create(
                review=review, author=actor, text=text, hold_reasons=holds
            )
            action = "review_reply.create"
        else:
            _transition(reply, ModerationStatus.PENDING)
            reply.author, reply.text, reply.hold_reasons = actor, text, holds
            reply.moderated_by, reply.moderated_at, reply.moderation_reason = None, None, ""
            reply.save()
            action = "review_reply.resubmit"
        audit_record(
            action=action,
            entity=reply,
            actor=actor,
            diff={"review": review.pk, "holds": holds},
            request=request,
        )
    return reply


def report_create(
    *, review: Review | int, actor, reason: str, details: str = "", request=None
) -> ReviewReport:
    """The reviewed company reports a review to the moderators, once, with a reason."""
    review = _published_review_of(review, actor)
    if reason not in ReviewReport.Reason.values:
        raise ValidationFailed.field("reason", _("Choose a reason."))
    details = _plain(details, field="details", label=_("The details"), max_length=2000)
    if reason == ReviewReport.Reason.OTHER and len(details) < 10:
        raise ValidationFailed.field(
            "details", _("Tell the moderators what is wrong (at least a sentence).")
        )
    try:
        with transaction.atomic():
            if ReviewReport.objects.filter(review=review, company=review.company).exists():
                raise Conflict(
                    _("Your company has already reported this review."), code="already_reported"
                )
            report = ReviewReport.objects.create(
                review=review,
                company=review.company,
                reporter=actor,
                reason=reason,
                details=details,
            )
            audit_record(
                action="review.report",
                entity=report,
                actor=actor,
                diff={"review": review.pk, "reason": reason},
                request=request,
            )
    except IntegrityError:
        raise Conflict(
            _("Your company has already reported this review."), code="already_reported"
        ) from None
    return report
