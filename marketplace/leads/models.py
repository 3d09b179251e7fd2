from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from marketplace.catalog.models import Category, Currency, Incoterm, Product
from marketplace.companies.models import CertificationType, Company


class RFQ(models.Model):
    """A buyer's request for quotation (design §2 `rfqs`)."""

    class Status(models.TextChoices):
        HELD = "held", _("Waiting for e-mail verification")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")
        AWARDED = "awarded", _("Awarded")
        CONVERTED = "converted", _("Converted off-platform")

    class Routing(models.TextChoices):
        PENDING = "pending", _("Waiting to be routed")
        ROUTED = "routed", _("Shared with suppliers")
        NO_MATCH = "no_match", _("No matching supplier yet")

    class RoutingStep(models.TextChoices):
        """How far routing had to widen to reach the sellers it chose (``leads.routing``)."""

        CATEGORY = "category", _("Suppliers of the category")
        SIBLINGS = "siblings", _("Also suppliers of related categories")
        PARENT = "parent", _("Also suppliers of the wider category group")
        WORDS = "words", _("Also suppliers whose products match the request's words")

    TRANSITIONS = {
        Status.HELD: {Status.OPEN, Status.CLOSED},
        Status.OPEN: {Status.CLOSED, Status.AWARDED, Status.CONVERTED},
        Status.AWARDED: {Status.CLOSED},
        Status.CLOSED: set(),
        Status.CONVERTED: set(),
    }

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="rfqs"
    )
    buyer_company = models.ForeignKey(
        Company, on_delete=models.SET_NULL, null=True, blank=True, related_name="rfqs"
    )
    title = models.CharField(_("product"), max_length=150)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, null=True, blank=True, related_name="rfqs"
    )
    category_suggested = models.BooleanField(default=False)
    product = models.ForeignKey(
        Product, on_delete=models.SET_NULL, null=True, blank=True, related_name="rfqs"
    )
    supplier = models.ForeignKey(
        Company,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="direct_rfqs",
        help_text=_("The supplier page the buyer started from, if any."),
    )
    specs = models.JSONField(_("specifications"), default=dict, blank=True)
    quantity = models.DecimalField(
        _("quantity"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0.01)]
    )
    unit = models.CharField(_("unit"), max_length=20)
    target_price = models.DecimalField(
        _("target price"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    target_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, blank=True
    )
    destination_country = CountryField(_("destination country"))
    destination_port = models.CharField(_("destination port"), max_length=80, blank=True)
    incoterm = models.CharField(_("Incoterm"), max_length=3, choices=Incoterm.choices, blank=True)
    required_certifications = models.ManyToManyField(
        CertificationType, blank=True, related_name="+", verbose_name=_("required certifications")
    )
    samples_needed = models.BooleanField(_("samples needed"), default=False)
    needed_by = models.DateField(_("needed by"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True, max_length=4000)
    attachments = models.ManyToManyField("files.StoredFile", blank=True, related_name="+")
    max_sellers = models.PositiveSmallIntegerField(
        _("number of suppliers"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    routing_status = models.CharField(
        max_length=10, choices=Routing.choices, default=Routing.PENDING
    )
    routed_at = models.DateTimeField(null=True, blank=True)
    routing_step = models.CharField(
        max_length=10, choices=RoutingStep.choices, blank=True, default=""
    )
    trust_score = models.PositiveSmallIntegerField(default=0)
    trust_factors = models.JSONField(default=dict, blank=True)
    flags = models.JSONField(default=list, blank=True)  # e.g. ["disposable_email"]
    awarded_to = models.ForeignKey(
        Company, on_delete=models.SET_NULL, null=True, blank=True, related_name="awarded_rfqs"
    )
    closed_reason = models.CharField(max_length=200, blank=True)
    created_ip = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("RFQ")
        verbose_name_plural = _("RFQs")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(max_sellers__gte=1, max_sellers__lte=10), name="leads_rfq_max_sellers"
            ),
            models.CheckConstraint(condition=Q(quantity__gt=0), name="leads_rfq_quantity_positive"),
        ]
        indexes = [
            models.Index(fields=["routing_status", "status", "created_at"]),
            models.Index(fields=["buyer", "created_at"]),
        ]

    def __str__(self) -> str:
        return self.title


class Lead(models.Model):
    """One RFQ as one seller company sees it (design §4 `rfqs.visibility`)."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        VIEWED = "viewed", _("Viewed")
        UNLOCKED = "unlocked", _("Unlocked")
        EXPIRED = "expired", _("Expired")

    class Via(models.TextChoices):
        PLAN = "plan", _("Included in the plan")
        CREDIT = "credit", _("One credit")

    rfq = models.ForeignKey(RFQ, on_delete=models.CASCADE, related_name="leads")
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="leads")
    score = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    score_factors = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    viewed_at = models.DateTimeField(null=True, blank=True)
    unlocked_at = models.DateTimeField(null=True, blank=True)
    unlocked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    unlock_via = models.CharField(max_length=10, choices=Via.choices, blank=True)
    credit_operation = models.UUIDField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["rfq", "company"], name="leads_lead_one_per_company"),
            models.CheckConstraint(
                condition=Q(status="unlocked", unlocked_at__isnull=False) | ~Q(status="unlocked"),
                name="leads_lead_unlocked_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["company", "-created_at"]),
            models.Index(fields=["company", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.rfq} → {self.company}"

    @property
    def is_unlocked(self) -> bool:
        return self.unlocked_at is not None

    @property
    def is_expired(self) -> bool:
        return not self.is_unlocked and self.expires_at <= timezone.now()

    @property
    def claim_deadline(self):
        return (
            self.unlocked_at + timedelta(hours=settings.LEAD_CLAIM_WINDOW_HOURS)
            if self.unlocked_at
            else None
        )


class BadLeadClaim(models.Model):
    class Reason(models.TextChoices):
        UNREACHABLE = "unreachable", _("The buyer cannot be reached")
        FAKE = "fake", _("Fake or not a real buyer")
        DUPLICATE = "duplicate", _("Duplicate of another lead")
        SPAM = "spam", _("Spam or advertising")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    lead = models.OneToOneField(Lead, on_delete=models.CASCADE, related_name="claim")
    reason = models.CharField(_("reason"), max_length=12, choices=Reason.choices)
    evidence = models.TextField(_("what happened"), max_length=2000)
    files = models.ManyToManyField("files.StoredFile", blank=True, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True, max_length=1000)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Claim on {self.lead}"
