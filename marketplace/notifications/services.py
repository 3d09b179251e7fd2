"""Notifications: record a message per recipient and channel, send it after commit, once.

Other apps call ``notify()`` inside their transaction. It renders the message in the recipient's
language, applies the recipient's preferences (lead alerts instant / daily digest / off, quiet
hours, WhatsApp opt-in, e-mail unsubscribe) and, after commit, queues the Celery task
``tasks.deliver``. ``message_deliver`` sends one message under a row lock, so a message is sent at
most once however many times it is queued. ``messages_due`` finds what the periodic sweep
re-queues (deferred messages whose quiet hours ended, messages lost while Redis was down).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import cache, partial
from pathlib import Path
from typing import Any

import phonenumbers
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from marketplace.audit.services import audit_record
from tradesetu.errors import ValidationFailed

from . import events, providers
from .models import DEFAULT_TIMEZONE, Message, NotificationPreference, validate_timezone

logger = logging.getLogger(__name__)

CHANNELS = (Message.Channel.EMAIL, Message.Channel.WHATSAPP)
COUNTRY_TIMEZONES = Path(__file__).resolve().parent / "data" / "country_timezones.json"
UNSUBSCRIBE_SALT = "notifications.unsubscribe"
SITE_NAME = "TradeSetu"
# eta tasks and the sweep may run a moment early (clock skew between hosts)
EARLY_TOLERANCE = timedelta(seconds=5)


class RetryLater(Exception):
    """The provider failed transiently; ``tasks.deliver`` retries after ``seconds``."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry in {seconds}s")
        self.seconds = seconds


# --------------------------------------------------------------------------- preferences


@cache
def _country_timezones() -> dict[str, str]:
    with open(COUNTRY_TIMEZONES, encoding="utf-8") as data:
        return json.load(data)["zones"]


def timezone_for_country(country: str) -> str:
    """The primary time zone of a country (``data/country_timezones.json``), else the default."""
    zone = _country_timezones().get((country or "").upper(), "")
    try:
        validate_timezone(zone)
    except ValidationError:
        return DEFAULT_TIMEZONE
    return zone


def user_country(user) -> str:
    """Where the user is: their company's country, else their phone number's."""
    country = (
        user.memberships.exclude(company__country="")
        .order_by("pk")
        .values_list("company__country", flat=True)
        .first()
    )
    if not country and user.phone:
        country = phonenumbers.region_code_for_number(user.phone) or ""
    return str(country or "")


def preference_for(user) -> NotificationPreference:
    """The user's preferences, created with the defaults on first use (the time zone from the
    user's country: a German buyer's quiet hours are in Berlin time, not India's)."""
    pref = NotificationPreference.objects.filter(user=user).first()
    if pref is None:
        pref, _created = NotificationPreference.objects.get_or_create(
            user=user,
            defaults={
                "whatsapp_number": user.phone or "",
                "timezone": timezone_for_country(user_country(user)),
            },
        )
    pref.user = user
    return pref


@transaction.atomic
def preference_update(
    *,
    user,
    lead_alerts: str,
    quiet_hours_start,
    quiet_hours_end,
    timezone_name: str,
    whatsapp_opt_in: bool,
    whatsapp_number,
    email_subscribed: bool,
    request=None,
) -> NotificationPreference:
    preference_for(user)
    pref = NotificationPreference.objects.select_for_update().get(user=user)
    pref.user = user
    now = timezone.now()
    before = _pref_snapshot(pref)
    if (quiet_hours_start is None) != (quiet_hours_end is None):
        raise ValidationFailed.field(
            "quiet_hours_end", _("Give both the start and the end of your quiet hours.")
        )
    pref.lead_alerts = lead_alerts
    pref.quiet_hours_start, pref.quiet_hours_end = quiet_hours_start, quiet_hours_end
    pref.timezone = timezone_name
    pref.whatsapp_number = whatsapp_number or ""
    if whatsapp_opt_in and not pref.whatsapp_to:
        raise ValidationFailed.field(
            "whatsapp_number", _("Give the number WhatsApp messages should go to.")
        )
    if whatsapp_opt_in and not pref.whatsapp_opt_in:
        pref.whatsapp_opt_in_at = now
    elif not whatsapp_opt_in:
        pref.whatsapp_opt_in_at = None
    pref.whatsapp_opt_in = whatsapp_opt_in
    if email_subscribed:
        pref.email_unsubscribed_at = None
    elif pref.email_unsubscribed_at is None:
        pref.email_unsubscribed_at = now
    pref.full_clean(exclude=["user"])
    pref.save()
    after = _pref_snapshot(pref)
    diff = {key: [before[key], after[key]] for key in after if before[key] != after[key]}
    if diff:
        audit_record(
            action="notifications.preferences_update",
            entity=pref,
            actor=user,
            diff=diff,
            request=request,
        )
    return pref


def _pref_snapshot(pref: NotificationPreference) -> dict[str, Any]:
    """What the audit log keeps: never the phone number itself."""
    return {
        "lead_alerts": pref.lead_alerts,
        "quiet_hours": (
            f"{pref.quiet_hours_start:%H:%M}-{pref.quiet_hours_end:%H:%M}"
            if pref.quiet_hours_start and pref.quiet_hours_end
            else ""
        ),
        "timezone": pref.timezone,
        "whatsapp_opt_in": pref.whatsapp_opt_in,
        "whatsapp_number_set": bool(pref.whatsapp_number),
        "email_subscribed": pref.email_subscribed,
    }


def unsubscribe_token(user) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def unsubscribe_user(token: str):
    """The user a token was signed for, or None when the token is not ours."""
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return get_user_model().objects.filter(pk=pk).first()


def unsubscribe_url(user) -> str:
    return absolute_url(reverse("notifications:unsubscribe", args=[unsubscribe_token(user)]))


@transaction.atomic
def email_unsubscribe(*, user, request=None) -> bool:
    """One-click unsubscribe from notification e-mails. Idempotent: False when already off.
    Account e-mails (verification, password reset, invoices) are not affected."""
    preference_for(user)
    pref = NotificationPreference.objects.select_for_update().get(user=user)
    if pref.email_unsubscribed_at is not None:
        return False
    pref.email_unsubscribed_at = timezone.now()
    pref.save(update_fields=["email_unsubscribed_at", "updated_at"])
    audit_record(
        action="notifications.email_unsubscribe",
        entity=pref,
        actor=getattr(request, "user", None),
        request=request,
    )
    return True


# --------------------------------------------------------------------------- notify


def absolute_url(url: str) -> str:
    url = str(url or "")
    return settings.SITE_URL + url if url.startswith("/") else url


def _language(user) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return user.language if user.language in codes else settings.LANGUAGE_CODE


def _whatsapp_language(language: str) -> str:
    return settings.WHATSAPP_LANGUAGE_CODES.get(language, language)


def _one_line(text: Any) -> str:
    """WhatsApp template parameters may not hold new lines, tabs or long runs of spaces."""
    return " ".join(str(text).split())[:1000] or "–"


def _decide(
    *, user, pref: NotificationPreference, event: events.Event, channel: str, now: datetime
) -> tuple[str, str, datetime | None]:
    """(status, reason, send_after) for a new message."""
    S = Message.Status
    if not user.is_active:
        return S.SKIPPED, "account is inactive", None
    if channel == Message.Channel.EMAIL:
        if not user.email:
            return S.SKIPPED, "no e-mail address", None
        if pref.email_unsubscribed_at is not None:
            return S.SKIPPED, "unsubscribed from notification e-mails", None
    else:
        if not pref.whatsapp_opt_in:
            return S.SKIPPED, "no WhatsApp opt-in", None
        if not pref.whatsapp_to:
            return S.SKIPPED, "no WhatsApp number", None
    if event.lead_alert:
        if pref.lead_alerts == NotificationPreference.LeadAlerts.OFF:
            return S.SKIPPED, "lead alerts are off", None
        if pref.lead_alerts == NotificationPreference.LeadAlerts.DAILY and event.digestible:
            return S.DIGESTED, "", None
    until = pref.quiet_until(now)
    if until is not None:
        return S.DEFERRED, "", until
    return S.QUEUED, "", None


def _render(
    *, user, pref: NotificationPreference, event: events.Event, channel: str, context: dict
) -> dict[str, Any]:
    language = _language(user)
    with translation.override(language), timezone.override(pref.tz):
        ctx = {
            "site_name": SITE_NAME,
            "site_url": settings.SITE_URL,
            "preferences_url": absolute_url(reverse("notifications:preferences")),
            "unsubscribe_url": unsubscribe_url(user),
            **event.context(context),
            "user": user,
        }
        ctx["url"] = absolute_url(ctx.get("url", ""))
        data = json.loads(json.dumps(event.summary(ctx), cls=DjangoJSONEncoder))
        fields: dict[str, Any] = {"language": language, "data": data}
        if channel == Message.Channel.EMAIL:
            subject = render_to_string(f"{event.template_dir}/subject.txt", ctx)
            fields["subject"] = " ".join(subject.split())[:300]
            fields["body"] = render_to_string(f"{event.template_dir}/body.txt", ctx)
            fields["body_html"] = render_to_string(f"{event.template_dir}/body.html", ctx)
        else:
            template = providers.WhatsAppTemplate(
                to=pref.whatsapp_to,
                name=event.whatsapp_template,
                language=_whatsapp_language(language),
                parameters=tuple(_one_line(p) for p in event.whatsapp_parameters(ctx)),
            )
            fields["body"] = json.dumps(template.meta_payload(), ensure_ascii=False)
    return fields


@transaction.atomic
def notify(
    *,
    user,
    event: str,
    context: dict[str, Any],
    dedupe_key: str,
    channels: Iterable[str] = CHANNELS,
    now: datetime | None = None,
) -> list[Message]:
    """Record one message per channel for ``user`` and send each after commit.

    Call it inside the transaction of the change it announces: the messages exist exactly when
    the change does, and are queued only after the commit. The same ``dedupe_key`` never sends
    twice on a channel: a repeated call returns the existing messages. ``channels`` is what the
    caller wants; the user's preferences decide what actually goes (see ``_decide``): a message
    can come back ``queued``, ``deferred`` (quiet hours), ``digested`` (daily digest) or
    ``skipped`` (with the reason in ``error``).
    """
    spec = events.get(event)
    if not dedupe_key:
        raise ValueError("notify() needs a dedupe_key")
    now = now or timezone.now()
    pref = preference_for(user)
    messages: list[Message] = []
    for channel in dict.fromkeys(channels):
        if channel not in CHANNELS:
            raise ValueError(f"unknown notification channel {channel!r}")
        existing = Message.objects.filter(dedupe_key=dedupe_key, channel=channel).first()
        if existing is not None:
            messages.append(existing)
            continue
        status, reason, send_after = _decide(
            user=user, pref=pref, event=spec, channel=channel, now=now
        )
        message = Message(
            recipient=user,
            channel=channel,
            event=event,
            dedupe_key=dedupe_key[:200],
            status=status,
            error=reason,
            send_after=send_after,
            created_at=now,
            **_render(user=user, pref=pref, event=spec, channel=channel, context=context),
        )
        try:
            with transaction.atomic():
                message.save()
        except IntegrityError:  # the same key, saved by a concurrent transaction
            messages.append(Message.objects.get(dedupe_key=dedupe_key[:200], channel=channel))
            continue
        if status in Message.PENDING:
            transaction.on_commit(partial(enqueue, message.pk, send_after))
        logger.info(
            "notification recorded",
            extra={"message_id": message.pk, "event": event, "channel": channel, "status": status},
        )
        messages.append(message)
    return messages


def enqueue(message_id: int, eta: datetime | None = None) -> None:
    """Queue the delivery task. When the broker is down the message stays ``queued`` and the
    ``deliver_due`` sweep queues it again later, so the caller's request does not fail."""
    from . import tasks

    try:
        tasks.deliver.apply_async((message_id,), eta=eta)
    except Exception:  # noqa: BLE001 - any broker failure: the sweep recovers the message
        logger.warning(
            "notification not queued (broker unavailable); the sweep will retry",
            extra={"message_id": message_id},
        )


# --------------------------------------------------------------------------- delivery


def _blocked_reason(message: Message, pref: NotificationPreference) -> str:
    """Preferences are checked again at send time: they may have changed since."""
    user = message.recipient
    if not user.is_active:
        return "account is inactive"
    if message.channel == Message.Channel.EMAIL and pref.email_unsubscribed_at is not None:
        return "unsubscribed from notification e-mails"
    if message.channel == Message.Channel.WHATSAPP and not pref.whatsapp_opt_in:
        return "no WhatsApp opt-in"
    event = events.EVENTS.get(message.event)
    if (
        event is not None
        and event.lead_alert
        and pref.lead_alerts == NotificationPreference.LeadAlerts.OFF
    ):
        return "lead alerts are off"
    return ""


def list_unsubscribe_headers(user, language: str = "") -> dict[str, str]:
    """RFC 2369 / RFC 8058 one-click unsubscribe headers for a notification e-mail."""
    with translation.override(language or _language(user)):
        url = unsubscribe_url(user)
    targets = [f"<{url}>"]
    if settings.NOTIFICATIONS_UNSUBSCRIBE_MAILTO:  # only a mailbox that is actually processed
        targets.append(f"<mailto:{settings.NOTIFICATIONS_UNSUBSCRIBE_MAILTO}?subject=unsubscribe>")
    return {
        "List-Unsubscribe": ", ".join(targets),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _send(message: Message) -> providers.Sent:
    if message.channel == Message.Channel.EMAIL:
        return providers.email_send(
            providers.Email(
                to=message.recipient.email,
                subject=message.subject,
                text=message.body,
                html=message.body_html,
                headers=list_unsubscribe_headers(message.recipient, message.language),
                from_email=settings.NOTIFICATIONS_FROM_EMAIL,
            )
        )
    template = providers.WhatsAppTemplate.from_meta_payload(json.loads(message.body))
    provider = providers.whatsapp_provider()
    provider.check_configured(template)
    return provider.send(template)


def retry_delay(attempts: int) -> float:
    """Exponential backoff: base, 2×base, 4×base… capped at an hour."""
    base = settings.NOTIFICATIONS_RETRY_BACKOFF
    return float(min(base * 2 ** max(attempts - 1, 0), 3600))


def message_deliver(*, message_id: int, now: datetime | None = None) -> Message | None:
    """Send one message if it is still pending and due. The row stays locked while it is sent,
    so concurrent or repeated deliveries of the same message send it once.

    Raises ``RetryLater`` after a transient provider failure while attempts remain
    (``NOTIFICATIONS_MAX_ATTEMPTS``); after the last one the message is ``failed``.
    """
    retry_in: float | None = None
    with transaction.atomic():
        message = (
            Message.objects.select_for_update(of=("self",))
            .select_related("recipient")
            .filter(pk=message_id)
            .first()
        )
        if message is None or message.status not in Message.PENDING:
            return message
        now = now or timezone.now()
        if message.send_after and message.send_after > now + EARLY_TOLERANCE:
            return message  # too early: its eta task or the sweep comes back for it
        reason = _blocked_reason(message, preference_for(message.recipient))
        if reason:
            message.set_status(Message.Status.SKIPPED, error=reason)
            message.save(update_fields=["status", "error", "updated_at"])
            return message
        message.attempts += 1
        try:
            sent = _send(message)
        except providers.NotConfigured as exc:
            message.set_status(Message.Status.SKIPPED, error=str(exc))
        except providers.ProviderError as exc:
            if exc.retryable and message.attempts < settings.NOTIFICATIONS_MAX_ATTEMPTS:
                retry_in = retry_delay(message.attempts)
                message.set_status(Message.Status.QUEUED, error=str(exc))
                message.send_after = now + timedelta(seconds=retry_in)
            else:
                message.set_status(Message.Status.FAILED, error=str(exc))
            logger.warning(
                "notification provider error",
                extra={"message_id": message.pk, "attempts": message.attempts, "error": str(exc)},
            )
        else:
            message.set_status(Message.Status.SENT)
            message.provider = sent.provider
            message.provider_message_id = sent.provider_message_id[:200]
            message.sent_at = timezone.now()
        if message.channel == Message.Channel.WHATSAPP and not message.provider:
            message.provider = settings.WHATSAPP_PROVIDER
        elif not message.provider:
            message.provider = providers.email_provider_name()
        message.save()
        logger.info(
            "notification delivery",
            extra={"message_id": message.pk, "status": message.status, "event": message.event},
        )
    if retry_in is not None:
        raise RetryLater(retry_in)
    return message


def messages_due(*, now: datetime | None = None, limit: int = 500) -> list[int]:
    """Pending messages whose time has come: deferred ones after their quiet hours, and queued
    ones older than ``NOTIFICATIONS_REQUEUE_AFTER`` seconds (their task was lost, e.g. while
    Redis was down, or is waiting for a retry that is due)."""
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.NOTIFICATIONS_REQUEUE_AFTER)
    return list(
        Message.objects.filter(
            Q(status=Message.Status.DEFERRED)
            | Q(status=Message.Status.QUEUED, created_at__lte=stale)
        )
        .filter(Q(send_after__isnull=True) | Q(send_after__lte=now + EARLY_TOLERANCE))
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )


# --------------------------------------------------------------------------- digests


def digests_send(*, now: datetime | None = None) -> list[Message]:
    """One digest per user and channel and local day, listing the lead alerts held for it.

    Runs hourly (beat); a user's digest goes at the first run after ``NOTIFICATIONS_DIGEST_HOUR``
    in their time zone. Running it again the same day sends nothing more: the items are linked
    to their digest, and the digest's key holds the local date.
    """
    now = now or timezone.now()
    pending = (
        Message.objects.filter(status=Message.Status.DIGESTED, digest__isnull=True)
        .values_list("recipient_id", "channel")
        .distinct()
        .order_by("recipient_id", "channel")
    )
    digests = []
    for user_id, channel in list(pending):
        digest = _digest_one(user_id=user_id, channel=channel, now=now)
        if digest is not None:
            digests.append(digest)
    return digests


@transaction.atomic
def _digest_one(*, user_id: int, channel: str, now: datetime) -> Message | None:
    user = get_user_model().objects.get(pk=user_id)
    pref = preference_for(user)
    local = now.astimezone(pref.tz)
    if local.hour < settings.NOTIFICATIONS_DIGEST_HOUR:
        return None
    key = f"digest.daily:{user_id}:{local.date().isoformat()}"
    if Message.objects.filter(dedupe_key=key, channel=channel).exists():
        return None  # today's digest went already: these wait for tomorrow's
    items = list(
        Message.objects.select_for_update()
        .filter(
            recipient_id=user_id,
            channel=channel,
            status=Message.Status.DIGESTED,
            digest__isnull=True,
        )
        .order_by("created_at", "pk")
    )
    if not items:
        return None
    with translation.override(_language(user)):
        url = reverse("accounts:dashboard")
    [digest] = notify(
        user=user,
        event="digest.daily",
        context={"items": [item.data for item in items], "count": len(items), "url": url},
        dedupe_key=key,
        channels=(channel,),
        now=now,
    )
    Message.objects.filter(pk__in=[item.pk for item in items]).update(digest=digest)
    return digest
