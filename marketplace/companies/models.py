from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .validators import GST_STATE_CHOICES, GST_STATES


class EmployeeRange(models.TextChoices):
    MICRO = "1-10", "1–10"
    SMALL = "11-50", "11–50"
    MEDIUM = "51-200", "51–200"
    LARGE = "201-1000", "201–1,000"
    XL = "1000+", "1,000+"


class PaymentTerm(models.TextChoices):
    ADVANCE = "advance", _("Advance payment")
    LC = "lc", _("Letter of credit (LC)")
    TT = "tt", _("Telegraphic transfer (TT)")
    DP = "dp", _("Documents against payment (D/P)")
    DA = "da", _("Documents against acceptance (D/A)")
    CAD = "cad", _("Cash against documents (CAD)")
    NET30 = "net30", _("Net 30 days")
    NET60 = "net60", _("Net 60 days")


class Company(models.Model):
    """A business on TradeSetu: an Indian exporter (seller) or a buyer's firm anywhere.

    ``is_verified`` and ``verified_at`` are a cache of the Verified Supplier rule
    (``services.company_verification_refresh``), never edited by hand; ``is_blocked`` mirrors an
    active ``Block`` the same way.
    """

    class Kind(models.TextChoices):
        SELLER = "seller", _("Seller")
        BUYER = "buyer", _("Buyer")

    name = models.CharField(_("name"), max_length=200)
    legal_name = models.CharField(_("legal name"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    about = models.TextField(_("about"), blank=True, max_length=5000)
    country = CountryField(_("country"))
    gst_state_code = models.CharField(
        _("state (India)"), max_length=2, choices=GST_STATE_CHOICES, blank=True
    )
    state = models.CharField(_("state / region"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    address = models.TextField(_("address"), blank=True, max_length=500)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("company e-mail"), blank=True)
    phone = PhoneNumberField(_("company phone"), blank=True)
    gstin = models.CharField(_("GSTIN"), max_length=15, blank=True)
    cin = models.CharField(_("CIN"), max_length=21, blank=True)
    pan = models.CharField(_("PAN"), max_length=10, blank=True)
    iec = models.CharField(_("IEC"), max_length=10, blank=True)
    year_founded = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    employee_count = models.CharField(
        _("employees"), max_length=10, choices=EmployeeRange.choices, blank=True
    )
    is_verified = models.BooleanField(_("verified supplier"), default=False, editable=False)
    verified_at = models.DateTimeField(_("verified since"), null=True, blank=True, editable=False)
    is_blocked = models.BooleanField(_("blocked"), default=False, editable=False)
    submitted_for_review_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("company")
        verbose_name_plural = _("companies")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["gstin"], condition=~Q(gstin=""), name="companies_gstin_unique"
            ),
        ]
        indexes = [models.Index(fields=["kind", "is_verified", "is_blocked"])]
        permissions = [("manage_company", "Can manage the company's members and documents")]

    def __str__(self) -> str:
        return self.name

    @property
    def is_indian(self) -> bool:
        return self.country == "IN"

    @property
    def state_name(self) -> str:
        return GST_STATES.get(self.gst_state_code, "") or self.state


class CompanyContact(models.Model):
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)
    is_primary = models.BooleanField(_("primary contact"), default=False)

    class Meta:
        verbose_name = _("company contact")
        verbose_name_plural = _("company contacts")
        ordering = ["-is_primary", "name"]

    def __str__(self) -> str:
        return self.name


class CompanyMember(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        ADMIN = "admin", _("Administrator")
        STAFF = "staff", _("Staff")

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.STAFF)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("company member")
        verbose_name_plural = _("company members")
        constraints = [
            models.UniqueConstraint(fields=["company", "user"], name="companies_member_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.company} ({self.role})"


class CompanyInvitation(models.Model):
    """An e-mailed invitation to join a company; accepted once, by the invited address."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail"))
    role = models.CharField(
        _("role"),
        max_length=10,
        choices=CompanyMember.Role.choices,
        default=CompanyMember.Role.STAFF,
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["company", "email"],
                condition=Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="companies_invitation_open_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} → {self.company}"


class SellerProfile(models.Model):
    """What a seller company exports, where, and on which terms (design §2 sellerProfiles)."""

    company = models.OneToOneField(Company, on_delete=models.CASCADE, related_name="seller_profile")
    export_markets = CountryField(_("export markets"), multiple=True, blank=True)
    negative_countries = CountryField(
        _("countries not served"),
        multiple=True,
        blank=True,
        help_text=_("Markets you do not serve: you will not receive leads from them."),
    )
    logistics_partners = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        verbose_name=_("logistics partners"),
    )
    payment_terms = ArrayField(
        models.CharField(max_length=10, choices=PaymentTerm.choices),
        default=list,
        blank=True,
        verbose_name=_("payment terms"),
    )
    supply_capacity = models.CharField(
        _("supply capacity"),
        max_length=120,
        blank=True,
        help_text=_("For example: 500 tonnes per month."),
    )

    class Meta:
        verbose_name = _("seller profile")
        verbose_name_plural = _("seller profiles")

    def __str__(self) -> str:
        return f"{self.company} (seller profile)"

    def get_payment_terms_display(self) -> list[str]:
        return [
            PaymentTerm(term).label for term in self.payment_terms if term in PaymentTerm.values
        ]

    def serves(self, country: str) -> bool:
        """Whether this seller takes leads from buyers in ``country``."""
        if country in {c.code for c in self.negative_countries}:
            return False
        markets = {c.code for c in self.export_markets}
        return not markets or country in markets


class SpendRange(models.TextChoices):
    UNDER_50K = "lt50k", _("Under US$50,000")
    TO_250K = "50k-250k", _("US$50,000–250,000")
    TO_1M = "250k-1m", _("US$250,000–1 million")
    OVER_1M = "gt1m", _("Over US$1 million")


class BuyerProfile(models.Model):
    """A buyer's preferences (design §2 buyerProfiles); one per buyer account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="buyer_profile"
    )
    company = models.ForeignKey(
        Company, on_delete=models.SET_NULL, null=True, blank=True, related_name="buyer_profiles"
    )
    preferred_markets = CountryField(_("preferred sourcing markets"), multiple=True, blank=True)
    languages = ArrayField(
        models.CharField(max_length=10, choices=settings.LANGUAGES),
        default=list,
        blank=True,
        verbose_name=_("languages"),
    )
    annual_spend_range = models.CharField(
        _("annual sourcing spend"), max_length=10, choices=SpendRange.choices, blank=True
    )

    class Meta:
        verbose_name = _("buyer profile")
        verbose_name_plural = _("buyer profiles")

    def __str__(self) -> str:
        return f"{self.user} (buyer profile)"


class Block(models.Model):
    """Staff blocked a user or a company, with a reason; lifted by setting ``lifted_at``."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="blocks",
    )
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, null=True, blank=True, related_name="blocks"
    )
    reason = models.TextField(_("reason"), max_length=1000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    lifted_at = models.DateTimeField(null=True, blank=True)
    lift_reason = models.TextField(_("reason for lifting"), blank=True, max_length=1000)

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(user__isnull=False, company__isnull=True)
                | Q(user__isnull=True, company__isnull=False),
                name="companies_block_one_target",
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(lifted_at__isnull=True, user__isnull=False),
                name="companies_block_one_active_per_user",
            ),
            models.UniqueConstraint(
                fields=["company"],
                condition=Q(lifted_at__isnull=True, company__isnull=False),
                name="companies_block_one_active_per_company",
            ),
        ]

    def __str__(self) -> str:
        return f"Block of {self.user or self.company}"

    @property
    def is_active(self) -> bool:
        return self.lifted_at is None


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Verified")
    REJECTED = "rejected", _("Rejected")
    EXPIRED = "expired", _("Expired")
    SUPERSEDED = "superseded", _("Replaced by a newer upload")


# Allowed status changes for documents and certifications; `services` enforces them.
REVIEW_TRANSITIONS: dict[str, set[str]] = {
    ReviewStatus.PENDING: {ReviewStatus.APPROVED, ReviewStatus.REJECTED, ReviewStatus.SUPERSEDED},
    ReviewStatus.APPROVED: {ReviewStatus.EXPIRED, ReviewStatus.SUPERSEDED},
    ReviewStatus.REJECTED: set(),
    ReviewStatus.EXPIRED: set(),
    ReviewStatus.SUPERSEDED: set(),
}


class KycDocument(models.Model):
    """A KYC document a seller uploads for review (design §6)."""

    class Type(models.TextChoices):
        GST = "gst", _("GST registration certificate")
        CIN = "cin", _("Certificate of incorporation (CIN)")
        PAN = "pan", _("PAN card")
        IEC = "iec", _("Importer-Exporter Code (IEC)")
        ADDRESS = "address", _("Address proof")

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="kyc_documents")
    doc_type = models.CharField(_("document"), max_length=10, choices=Type.choices)
    number = models.CharField(_("number"), max_length=30, blank=True)
    file = models.ForeignKey(
        "files.StoredFile", on_delete=models.PROTECT, related_name="+", verbose_name=_("file")
    )
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True, max_length=1000)
    expiry_warnings_sent = ArrayField(models.PositiveSmallIntegerField(), default=list, blank=True)

    class Meta:
        verbose_name = _("KYC document")
        verbose_name_plural = _("KYC documents")
        ordering = ["-uploaded_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "doc_type"],
                condition=Q(status="pending"),
                name="companies_kyc_one_pending_per_type",
            ),
            models.UniqueConstraint(
                fields=["company", "doc_type"],
                condition=Q(status="approved"),
                name="companies_kyc_one_approved_per_type",
            ),
        ]
        permissions = [("review_kyc", "Can review KYC documents and certifications")]

    def __str__(self) -> str:
        return f"{self.get_doc_type_display()} · {self.company}"


class CertificationType(models.Model):
    """A kind of certificate (FSSAI, CE, FDA, ISO 9001 …): editors extend the list."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    issuer_hint = models.CharField(_("usual issuer"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("certification type")
        verbose_name_plural = _("certification types")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """The name in the visitor's language when it is in the translation catalogue (the demo
        types are, see companies/demo.py); a name an editor typed shows as typed."""
        return gettext(self.name) if self.name else ""


class Certification(models.Model):
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="certifications")
    cert_type = models.ForeignKey(
        CertificationType, on_delete=models.PROTECT, related_name="+", verbose_name=_("type")
    )
    number = models.CharField(_("certificate number"), max_length=60)
    issuer = models.CharField(_("issued by"), max_length=200)
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    files = models.ManyToManyField("files.StoredFile", related_name="+", verbose_name=_("files"))
    status = models.CharField(
        _("status"), max_length=12, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True, max_length=1000)
    expiry_warnings_sent = ArrayField(models.PositiveSmallIntegerField(), default=list, blank=True)

    class Meta:
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")
        ordering = ["cert_type__name", "-valid_to"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="companies_certification_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.cert_type} {self.number} · {self.company}"


@register_setting(icon="success")
class VerificationSettings(BaseGenericSetting):
    """Which approved KYC documents make a "Verified Supplier" (with no active block)."""

    require_gst = models.BooleanField(_("GST registration certificate"), default=True)
    require_pan = models.BooleanField(_("PAN card"), default=True)
    require_iec = models.BooleanField(_("Importer-Exporter Code (IEC)"), default=True)
    require_cin = models.BooleanField(_("Certificate of incorporation (CIN)"), default=False)
    require_address = models.BooleanField(_("Address proof"), default=False)

    panels = [
        FieldPanel("require_gst"),
        FieldPanel("require_pan"),
        FieldPanel("require_iec"),
        FieldPanel("require_cin"),
        FieldPanel("require_address"),
    ]

    class Meta:
        verbose_name = _("supplier verification")

    def required_types(self) -> list[str]:
        return [
            doc_type
            for doc_type in ("gst", "pan", "iec", "cin", "address")
            if getattr(self, f"require_{doc_type}")
        ]
