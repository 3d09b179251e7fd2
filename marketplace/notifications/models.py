"""Notification messages (one row per recipient, channel and event occurrence) and each user's
notification preferences.

A ``Message`` is rendered when it is created (in the recipient's language) and sent later by a
Celery task; its status pipeline is ``Message.TRANSITIONS``, enforced by ``Message.set_status``.
"""

from __future__ import annotations

import zoneinfo
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

DEFAULT_TIMEZONE = "Asia/Kolkata"


def validate_timezone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("Unknown time zone."), code="timezone") from exc


class NotificationPreference(models.Model):
    """How one user wants to be told about things. Created on first use with the defaults."""

    class LeadAlerts(models.TextChoices):
        INSTANT = "instant", _("Instantly, as each lead arrives")
        DAILY = "daily", _("Once a day, in a digest")
        OFF = "off", _("Off")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    lead_alerts = models.CharField(
        _("lead alerts"), max_length=10, choices=LeadAlerts.choices, default=LeadAlerts.INSTANT
    )
    whatsapp_opt_in = models.BooleanField(_("WhatsApp messages"), default=False)
    whatsapp_opt_in_at = models.DateTimeField(
        _("WhatsApp opt-in recorded at"), null=True, blank=True
    )
    whatsapp_number = PhoneNumberField(_("WhatsApp number"), blank=True)
    quiet_hours_start = models.TimeField(_("quiet hours from"), null=True, blank=True)
    quiet_hours_end = models.TimeField(_("quiet hours until"), null=True, blank=True)
    timezone = models.CharField(
        _("time zone"), max_length=64, default=DEFAULT_TIMEZONE, validators=[validate_timezone]
    )
    email_unsubscribed_at = models.DateTimeField(
        _("unsubscribed from notification e-mails at"), null=True, blank=True
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.CheckConstraint(
                condition=Q(quiet_hours_start__isnull=True, quiet_hours_end__isnull=True)
                | Q(quiet_hours_start__isnull=False, quiet_hours_end__isnull=False),
                name="notifications_pref_quiet_hours_pair",
            ),
        ]

    def __str__(self) -> str:
        return f"notification preferences of user {self.user_id}"

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.timezone or DEFAULT_TIMEZONE)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)

    @property
    def email_subscribed(self) -> bool:
        return self.email_unsubscribed_at is None

    @property
    def whatsapp_to(self) -> str:
        """The E.164 number WhatsApp messages go to ('' when there is none)."""
        number = self.whatsapp_number or self.user.phone
        return number.as_e164 if number and number.is_valid() else ""

    def quiet_until(self, now: datetime) -> datetime | None:
        """When ``now`` falls inside the quiet hours, the (aware) moment they end; else None.

        Hours are wall-clock times in ``timezone``; a window such as 22:00–07:00 spans midnight.
        """
        start, end = self.quiet_hours_start, self.quiet_hours_end
        if start is None or end is None or start == end:
            return None
        local = now.astimezone(self.tz)
        moment = local.time().replace(tzinfo=None)
        if start < end:
            inside = start <= moment < end
        else:
            inside = moment >= start or moment < end
        if not inside:
            return None
        day = local.date() if moment < end else local.date() + timedelta(days=1)
        return _aware(day, end, self.tz)


def _aware(day, at: time, tz: zoneinfo.ZoneInfo) -> datetime:
    # fold=0 and a round trip through UTC give a real instant even across DST changes
    return datetime.combine(day, at, tzinfo=tz).astimezone(zoneinfo.ZoneInfo("UTC"))


class Message(models.Model):
    """One notification to one recipient over one channel.

    ``dedupe_key`` is chosen by the caller (e.g. ``lead.new:<lead>:<user>``): the same key never
    sends twice on the same channel. ``body`` is the rendered text e-mail or, for WhatsApp, the
    JSON request body of the template message; ``data`` keeps a JSON-safe summary of the context
    (the daily digest lists it). ``error`` never holds personal data.
    """

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        WHATSAPP = "whatsapp", _("WhatsApp")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Skipped")
        DEFERRED = "deferred", _("Deferred (quiet hours)")
        DIGESTED = "digested", _("In the daily digest")

    TRANSITIONS = {
        Status.QUEUED: {Status.QUEUED, Status.SENT, Status.FAILED, Status.SKIPPED},
        Status.DEFERRED: {Status.QUEUED, Status.SENT, Status.FAILED, Status.SKIPPED},
        Status.DIGESTED: set(),  # its digest message carries it
        Status.SENT: set(),
        Status.FAILED: set(),
        Status.SKIPPED: set(),
    }
    PENDING = (Status.QUEUED, Status.DEFERRED)

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_messages",
        verbose_name=_("recipient"),
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    event = models.CharField(_("event"), max_length=40, db_index=True)
    dedupe_key = models.CharField(_("de-duplication key"), max_length=200)
    language = models.CharField(_("language"), max_length=10, blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    body = models.TextField(_("body"), blank=True)
    body_html = models.TextField(_("HTML body"), blank=True)
    data = models.JSONField(_("summary"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    provider = models.CharField(_("provider"), max_length=40, blank=True)
    provider_message_id = models.CharField(_("provider message id"), max_length=200, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    digest = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="items",
        verbose_name=_("sent in digest"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    send_after = models.DateTimeField(_("send after"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification message")
        verbose_name_plural = _("notification messages")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["dedupe_key", "channel"], name="notifications_message_dedupe"
            ),
        ]
        indexes = [
            models.Index(
                fields=["status", "send_after"],
                name="notifications_msg_pending",
                condition=Q(status__in=["queued", "deferred"]),
            ),
            models.Index(
                fields=["recipient", "channel", "created_at"],
                name="notifications_msg_digest",
                condition=Q(status="digested", digest__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event} · {self.get_channel_display()} · {self.get_status_display()}"

    def set_status(self, status: str, *, error: str = "") -> None:
        """Move along the pipeline (``TRANSITIONS``); the caller saves."""
        if status not in self.TRANSITIONS[self.Status(self.status)]:
            raise ValueError(f"message {self.pk}: {self.status} -> {status} is not allowed")
        self.status = status
        self.error = error[:500]
