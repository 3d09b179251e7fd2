"""Billing data: plans and prices, subscriptions, payments and webhook events, the credit ledger,
GST invoices with gap-free numbers, and the public pricing page.

Invariants held by the database, not only by the services:
- a company's subscriptions never overlap in time (exclusion constraint on two built-in range
  types, so no ``btree_gist`` extension is needed);
- a provider event is stored once (``provider`` + ``event_id`` unique);
- credit entries and invoices are append-only (the models refuse updates and deletes, and a
  trigger refuses them in the database as well);
- invoice numbers are unique and come from a counter row per series and financial year.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import (
    ArrayField,
    BigIntegerRangeField,
    DateTimeRangeField,
    RangeOperators,
)
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Func, Q, Value
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page


class Currency(models.TextChoices):
    INR = "INR", _("Indian rupee (₹)")
    USD = "USD", _("US dollar ($)")


CURRENCY_SYMBOLS = {"INR": "₹", "USD": "$"}


class Provider(models.TextChoices):
    RAZORPAY = "razorpay", "Razorpay"
    STRIPE = "stripe", "Stripe"
    PAYPAL = "paypal", "PayPal"
    LOCAL = "local", _("Local test provider")


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError(f"{self.model.__name__} rows are append-only")

    def delete(self):
        raise TypeError(f"{self.model.__name__} rows are append-only")


class AppendOnlyModel(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise TypeError(f"{type(self).__name__} rows are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError(f"{type(self).__name__} rows are append-only")


# --------------------------------------------------------------------------- plans


class PriorityRank(models.IntegerChoices):
    LOW = 10, _("Low")
    MEDIUM = 20, _("Medium")
    HIGH = 30, _("High")


class SupportLevel(models.TextChoices):
    COMMUNITY = "community", _("Help centre and e-mail")
    EMAIL = "email", _("E-mail support within one working day")
    PRIORITY = "priority", _("Priority support with an account manager")


class Plan(ClusterableModel):
    """A membership plan (design §2 ``plans``) with its entitlements; prices per currency."""

    name = models.CharField(_("name"), max_length=60)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    tagline = models.CharField(_("tagline"), max_length=160, blank=True)
    period_months = models.PositiveSmallIntegerField(
        _("period (months)"), default=1, validators=[MinValueValidator(1)]
    )
    max_products = models.PositiveIntegerField(
        _("maximum products"), null=True, blank=True, help_text=_("Empty means unlimited.")
    )
    lead_credits_per_month = models.PositiveIntegerField(
        _("lead credits per month"),
        null=True,
        blank=True,
        help_text=_("Empty means unlimited lead unlocks."),
    )
    auto_unlock = models.BooleanField(
        _("automatic lead unlock"),
        default=False,
        help_text=_("Leads shared with the seller are unlocked without spending credits."),
    )
    priority_rank = models.PositiveSmallIntegerField(
        _("lead priority"), choices=PriorityRank.choices, default=PriorityRank.LOW
    )
    support_level = models.CharField(
        _("support"), max_length=12, choices=SupportLevel.choices, default=SupportLevel.COMMUNITY
    )
    badge = models.CharField(
        _("membership badge"),
        max_length=40,
        blank=True,
        help_text=_("Shown on the supplier's profile, e.g. “Premium member”. Empty: no badge."),
    )
    is_default = models.BooleanField(
        _("default (free) plan"),
        default=False,
        help_text=_("Sellers without a paid subscription get this plan."),
    )
    is_public = models.BooleanField(_("shown on the pricing page"), default=True)
    is_active = models.BooleanField(_("available for purchase"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("tagline")], heading=_("Plan")
        ),
        InlinePanel("prices", heading=_("Prices (before GST)"), label=_("Price"), min_num=1),
        FieldPanel("period_months"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("max_products"), FieldPanel("lead_credits_per_month")]),
                FieldPanel("auto_unlock"),
                FieldRowPanel([FieldPanel("priority_rank"), FieldPanel("support_level")]),
                FieldPanel("badge"),
            ],
            heading=_("Entitlements"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_default"),
                FieldPanel("is_public"),
                FieldPanel("is_active"),
                FieldPanel("sort_order"),
            ],
            heading=_("Availability"),
        ),
    ]

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        ordering = ["sort_order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="billing_one_default_plan"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    # The name, tagline and badge in the visitor's language when the text is in the translation
    # catalogue (the demo plans' are, see billing/demo.py); other text shows as typed.
    @property
    def display_name(self) -> str:
        return gettext(self.name) if self.name else ""

    @property
    def display_tagline(self) -> str:
        return gettext(self.tagline) if self.tagline else ""

    @property
    def display_badge(self) -> str:
        return gettext(self.badge) if self.badge else ""

    def price_for(self, currency: str) -> PlanPrice | None:
        return next((p for p in self.prices.all() if p.currency == currency), None)

    @property
    def is_free(self) -> bool:
        return all(p.amount == 0 for p in self.prices.all())


class PlanPrice(Orderable):
    plan = ParentalKey(Plan, on_delete=models.CASCADE, related_name="prices")
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    amount = models.DecimalField(
        _("price before GST"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("For the whole period, before GST."),
    )

    panels = [FieldRowPanel([FieldPanel("currency"), FieldPanel("amount")])]

    class Meta(Orderable.Meta):
        verbose_name = _("price")
        verbose_name_plural = _("prices")
        constraints = [
            models.UniqueConstraint(fields=["plan", "currency"], name="billing_price_unique"),
            models.CheckConstraint(condition=Q(amount__gte=0), name="billing_price_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.plan} {self.currency} {self.amount}"


# --------------------------------------------------------------------------- account and subscriptions


class BillingAccount(models.Model):
    """One row per company: the row every money and credit change for the company locks first
    (``select_for_update``), so concurrent spends, checkouts and renewals are serialised."""

    company = models.OneToOneField(
        "companies.Company", on_delete=models.CASCADE, related_name="billing_account"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("billing account")
        verbose_name_plural = _("billing accounts")

    def __str__(self) -> str:
        return f"billing account of {self.company_id}"


class Int8Range(Func):
    function = "INT8RANGE"
    output_field = BigIntegerRangeField()


class TsTzRange(Func):
    function = "TSTZRANGE"
    output_field = DateTimeRangeField()


class Subscription(models.Model):
    """A run of one plan for one company: a confirmed payment starts one or extends it."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        EXPIRED = "expired", _("Expired")
        CANCELED = "canceled", _("Canceled")

    TRANSITIONS = {
        Status.ACTIVE: {Status.EXPIRED, Status.CANCELED},
        Status.EXPIRED: set(),
        Status.CANCELED: set(),
    }

    company = models.ForeignKey(
        "companies.Company", on_delete=models.PROTECT, related_name="subscriptions"
    )
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="subscriptions")
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    provider = models.CharField(_("provider"), max_length=10, choices=Provider.choices, blank=True)
    canceled_at = models.DateTimeField(null=True, blank=True)
    reminders_sent = ArrayField(models.PositiveSmallIntegerField(), default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="billing_subscription_period"
            ),
            ExclusionConstraint(
                name="billing_subscription_no_overlap",
                expressions=[
                    (Int8Range(F("company"), F("company"), Value("[]")), RangeOperators.OVERLAPS),
                    (TsTzRange(F("starts_at"), F("ends_at"), Value("[)")), RangeOperators.OVERLAPS),
                ],
                condition=~Q(status="canceled"),
            ),
        ]
        indexes = [models.Index(fields=["status", "ends_at"])]

    def __str__(self) -> str:
        return f"{self.plan} for {self.company_id} ({self.status})"

    def is_current(self, at=None) -> bool:
        at = at or timezone.now()
        return self.status == self.Status.ACTIVE and self.starts_at <= at < self.ends_at


# --------------------------------------------------------------------------- payments


class Payment(models.Model):
    """A checkout: pending until the provider's signed webhook confirms it (design §2 payments)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for payment")
        PAID = "paid", _("Paid")
        FAILED = "failed", _("Failed")
        CANCELED = "canceled", _("Canceled")
        REFUNDED = "refunded", _("Refunded")

    # Allowed status changes; ``services.payment_transition`` enforces them. A failed attempt
    # may still be paid (the buyer retries on the same order); a refund may arrive before the
    # capture (out of order), and then the capture changes nothing.
    TRANSITIONS = {
        Status.PENDING: {Status.PAID, Status.FAILED, Status.CANCELED, Status.REFUNDED},
        Status.FAILED: {Status.PAID, Status.CANCELED, Status.REFUNDED},
        Status.CANCELED: set(),
        Status.PAID: {Status.REFUNDED},
        Status.REFUNDED: set(),
    }

    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    company = models.ForeignKey(
        "companies.Company", on_delete=models.PROTECT, related_name="payments"
    )
    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="payments")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    provider = models.CharField(_("provider"), max_length=10, choices=Provider.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    idempotency_key = models.CharField(max_length=80)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    base_amount = models.DecimalField(_("price before GST"), max_digits=12, decimal_places=2)
    tax_amount = models.DecimalField(_("GST"), max_digits=12, decimal_places=2)
    amount = models.DecimalField(_("total"), max_digits=12, decimal_places=2)
    refunded_amount = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))
    provider_order_id = models.CharField(max_length=100, blank=True)
    provider_payment_id = models.CharField(max_length=100, blank=True)
    checkout_url = models.URLField(max_length=1000, blank=True)
    subscription = models.ForeignKey(
        Subscription, on_delete=models.SET_NULL, null=True, blank=True, related_name="payments"
    )
    failure_reason = models.CharField(max_length=200, blank=True)
    meta = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    paid_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        ordering = ["-created_at"]
        permissions = [("refund_payment", _("Can refund payments through the payment provider"))]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "idempotency_key"], name="billing_payment_idempotency"
            ),
            models.UniqueConstraint(
                fields=["provider", "provider_order_id"],
                condition=~Q(provider_order_id=""),
                name="billing_payment_provider_order",
            ),
            models.CheckConstraint(
                condition=Q(amount=F("base_amount") + F("tax_amount")), name="billing_payment_total"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.currency} {self.amount} ({self.status})"


class RefundRequestStatus(models.TextChoices):
    """Where a staff refund request stands (kept in ``Payment.meta["refund_requests"]``)."""

    RESERVED = "reserved", _("Being sent to the provider")
    UNSURE = "unsure", _("No clear answer from the provider yet")
    SENT = "sent", _("Accepted by the provider, waiting for its confirmation")
    CONFIRMED = "confirmed", _("Confirmed by the provider")
    FAILED = "failed", _("Refused by the provider")


# Requests whose amount is held back from the refundable remainder until the provider confirms
REFUND_REQUEST_OPEN = (
    RefundRequestStatus.RESERVED,
    RefundRequestStatus.UNSURE,
    RefundRequestStatus.SENT,
)


class WebhookEvent(models.Model):
    """A provider event as received (signature verified). Stored once: replays are no-ops."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        PROCESSED = "processed", _("Processed")
        IGNORED = "ignored", _("Ignored")
        REJECTED = "rejected", _("Rejected")
        FAILED = "failed", _("Failed")

    provider = models.CharField(max_length=10, choices=Provider.choices)
    event_id = models.CharField(max_length=120)
    event_type = models.CharField(max_length=80)
    payload = models.JSONField()
    normalized = models.JSONField(default=dict)  # the provider's event as a ``ProviderEvent``
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RECEIVED)
    outcome = models.CharField(max_length=300, blank=True)
    payment = models.ForeignKey(
        Payment, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    received_at = models.DateTimeField(default=timezone.now)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("webhook event")
        verbose_name_plural = _("webhook events")
        ordering = ["-received_at"]
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="billing_event_once"),
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.event_type} {self.event_id}"


# --------------------------------------------------------------------------- credits


class CreditEntry(AppendOnlyModel):
    """One line of a company's lead-credit ledger.

    Grants, refunds and positive adjustments are *lots*: they carry an expiry date and no
    ``lot``. Consumption, expiry and negative adjustments *draw* from one lot each (a spend that
    spans two lots writes two lines with the same ``operation``). A lot's remaining credits are
    its amount plus its draws; the balance is the sum over unexpired lots. Nothing is updated.
    """

    class Kind(models.TextChoices):
        GRANT = "grant", _("Granted")
        CONSUME = "consume", _("Spent")
        REFUND = "refund", _("Refunded")
        EXPIRE = "expire", _("Expired")
        ADJUST = "adjust", _("Adjusted by TradeSetu")

    company = models.ForeignKey(
        "companies.Company", on_delete=models.PROTECT, related_name="credit_entries"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    amount = models.IntegerField(_("credits"))
    lot = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="draws"
    )
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    operation = models.UUIDField(default=uuid.uuid4, editable=False)
    key = models.CharField(max_length=120, null=True, blank=True, unique=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    reference = models.CharField(_("reference"), max_length=120, blank=True)
    payment = models.ForeignKey(
        Payment, on_delete=models.PROTECT, null=True, blank=True, related_name="credit_entries"
    )
    subscription = models.ForeignKey(
        Subscription,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="credit_entries",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("credit entry")
        verbose_name_plural = _("credit entries")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(
                        amount__gt=0,
                        lot__isnull=True,
                        expires_at__isnull=False,
                        kind__in=["grant", "refund", "adjust"],
                    )
                    | Q(amount__lt=0, lot__isnull=False, kind__in=["consume", "expire", "adjust"])
                ),
                name="billing_credit_entry_shape",
            ),
        ]
        indexes = [models.Index(fields=["company", "expires_at"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.amount:+d}"

    @property
    def is_lot(self) -> bool:
        return self.lot_id is None


# --------------------------------------------------------------------------- invoices


class InvoiceCounter(models.Model):
    """The last number used in one series and financial year; locked while numbering."""

    series = models.CharField(max_length=10)
    financial_year = models.CharField(max_length=7)  # "2026-27"
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["series", "financial_year"], name="billing_counter_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.series}/{self.financial_year}: {self.last_number}"


class Invoice(AppendOnlyModel):
    """A GST tax invoice or credit note, with everything printed on it copied at issue time."""

    class Kind(models.TextChoices):
        INVOICE = "invoice", _("Tax invoice")
        CREDIT_NOTE = "credit_note", _("Credit note")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    number = models.CharField(_("number"), max_length=40, unique=True)
    series = models.CharField(max_length=10)
    financial_year = models.CharField(max_length=7)
    sequence = models.PositiveIntegerField()
    issued_at = models.DateTimeField(_("issued"))
    company = models.ForeignKey(
        "companies.Company", on_delete=models.PROTECT, related_name="invoices"
    )
    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, related_name="invoices")
    original = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="credit_notes"
    )
    # supplier (TradeSetu)
    supplier_name = models.CharField(max_length=200)
    supplier_gstin = models.CharField(max_length=15)
    supplier_state_code = models.CharField(max_length=2)
    supplier_address = models.TextField()
    # recipient (the seller company)
    recipient_name = models.CharField(max_length=200)
    recipient_gstin = models.CharField(max_length=15, blank=True)
    recipient_state_code = models.CharField(max_length=2, blank=True)
    recipient_address = models.TextField(blank=True)
    recipient_country = models.CharField(max_length=2)
    place_of_supply = models.CharField(max_length=2)
    sac_code = models.CharField(max_length=8)
    description = models.CharField(max_length=300)
    currency = models.CharField(max_length=3, choices=Currency.choices)
    taxable_amount = models.DecimalField(max_digits=12, decimal_places=2)
    cgst_rate = models.DecimalField(max_digits=5, decimal_places=2, default=Decimal("0"))
    cgst_amount = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))
    sgst_rate = models.DecimalField(max_digits=5, decimal_places=2, default=Decimal("0"))
    sgst_amount = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))
    igst_rate = models.DecimalField(max_digits=5, decimal_places=2, default=Decimal("0"))
    igst_amount = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))
    total = models.DecimalField(max_digits=12, decimal_places=2)

    class Meta:
        verbose_name = _("invoice")
        verbose_name_plural = _("invoices")
        ordering = ["-issued_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["series", "financial_year", "sequence"], name="billing_invoice_sequence"
            ),
            models.UniqueConstraint(
                fields=["payment"],
                condition=Q(kind="invoice"),
                name="billing_one_invoice_per_payment",
            ),
            models.CheckConstraint(
                condition=Q(
                    total=F("taxable_amount")
                    + F("cgst_amount")
                    + F("sgst_amount")
                    + F("igst_amount")
                ),
                name="billing_invoice_total",
            ),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def tax_amount(self) -> Decimal:
        return self.cgst_amount + self.sgst_amount + self.igst_amount

    @property
    def is_intra_state(self) -> bool:
        return self.igst_amount == 0 and self.cgst_amount > 0

    @property
    def filename(self) -> str:
        return self.number.replace("/", "-") + ".pdf"


# --------------------------------------------------------------------------- pricing page


class FaqBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        label = _("Question and answer")


class PricingPage(Page):
    """The public pricing page: the editor's introduction and FAQ, and the public plans with
    prices including GST in the visitor's currency (INR in India, else USD; ``?currency=``)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    faq = StreamField([("item", FaqBlock())], blank=True, verbose_name=_("questions and answers"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("faq")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "billing/pricing_page.html"

    class Meta:
        verbose_name = _("pricing page")

    def get_context(self, request, *args, **kwargs):
        from . import selectors

        context = super().get_context(request, *args, **kwargs)
        currency = selectors.visitor_currency(request)
        context["currency"] = currency
        context["currencies"] = Currency.values
        context["plans"] = selectors.plan_list_public(currency=currency)
        context["gst_rate"] = settings.BILLING_GST_RATE
        return context
