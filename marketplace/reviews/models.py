from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RatingSummary(models.Model):
    """A company's review aggregate: a cache of its approved reviews, recomputed from them by
    ``services.rating_summary_refresh`` inside every moderation / edit / delete transaction,
    never incremented. Read it through ``selectors.ratings_for``."""

    company = models.OneToOneField(
        "companies.Company",
        primary_key=True,
        related_name="rating_summary",
        on_delete=models.CASCADE,
    )
    average = models.DecimalField(_("average rating"), max_digits=3, decimal_places=2, default=0)
    count = models.PositiveIntegerField(_("approved reviews"), default=0)
    communication = models.DecimalField(
        _("communication"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    product_quality = models.DecimalField(
        _("product quality"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    delivery = models.DecimalField(
        _("delivery"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("rating summary")
        verbose_name_plural = _("rating summaries")

    def __str__(self) -> str:
        return f"{self.company_id}: {self.average} ({self.count})"


class HoldReason(models.TextChoices):
    """Why a review or reply was held for a closer look (it waits in the queue either way)."""

    LINKS = "links", _("Contains a link")
    CONTACTS = "contacts", _("Contains contact details")
    PROFANITY = "profanity", _("Contains profanity")
    NEW_ACCOUNT = "new_account", _("Account younger than a day")


class ModerationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Published")
    REJECTED = "rejected", _("Rejected")


# pending → approved / rejected by a moderator; an author's edit sends a review back to pending;
# a moderator may take a published review down (e.g. after a report) or publish a rejected one.
MODERATION_TRANSITIONS = {
    ModerationStatus.PENDING: {ModerationStatus.APPROVED, ModerationStatus.REJECTED},
    ModerationStatus.APPROVED: {ModerationStatus.PENDING, ModerationStatus.REJECTED},
    ModerationStatus.REJECTED: {ModerationStatus.PENDING, ModerationStatus.APPROVED},
}


def _score_constraint(field: str, *, nullable: bool) -> models.CheckConstraint:
    condition = models.Q(**{f"{field}__gte": 1, f"{field}__lte": 5})
    if nullable:
        condition |= models.Q(**{f"{field}__isnull": True})
    return models.CheckConstraint(condition=condition, name=f"reviews_review_{field}_1_to_5")


class Moderated(models.Model):
    """What reviews and seller replies share: status, holds and the moderator's decision."""

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ModerationStatus.choices,
        default=ModerationStatus.PENDING,
        db_index=True,
    )
    hold_reasons = ArrayField(
        models.CharField(max_length=20, choices=HoldReason.choices), default=list, blank=True
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    moderation_reason = models.TextField(_("reason"), blank=True, max_length=1000)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    @property
    def is_held(self) -> bool:
        return self.status == ModerationStatus.PENDING and bool(self.hold_reasons)

    @property
    def hold_reason(self) -> str:
        """The holds in words (empty when nothing was held)."""
        return ", ".join(str(HoldReason(code).label) for code in self.hold_reasons)


class Review(Moderated):
    """A buyer's review of a seller company, backed by one RFQ the company unlocked or won
    (design §2 `reviews`). Plain text only; public once a moderator approves it."""

    class Interaction(models.TextChoices):
        UNLOCKED = "unlocked", _("The supplier unlocked the buyer's request")
        AWARDED = "awarded", _("The buyer awarded the request to the supplier")

    company = models.ForeignKey(
        "companies.Company", on_delete=models.CASCADE, related_name="reviews"
    )
    rfq = models.ForeignKey("leads.RFQ", on_delete=models.CASCADE, related_name="reviews")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviews"
    )
    interaction = models.CharField(max_length=10, choices=Interaction.choices)
    rating = models.PositiveSmallIntegerField(_("overall rating"))
    communication = models.PositiveSmallIntegerField(_("communication"), null=True, blank=True)
    product_quality = models.PositiveSmallIntegerField(_("product quality"), null=True, blank=True)
    delivery = models.PositiveSmallIntegerField(_("delivery"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(_("review"), max_length=4000)
    device_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_ip = models.GenericIPAddressField(null=True, blank=True, editable=False)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["-created_at"]
        permissions = [("moderate_review", _("Can moderate reviews and seller replies"))]
        constraints = [
            models.UniqueConstraint(fields=["rfq", "company"], name="reviews_one_per_rfq"),
            _score_constraint("rating", nullable=False),
            _score_constraint("communication", nullable=True),
            _score_constraint("product_quality", nullable=True),
            _score_constraint("delivery", nullable=True),
        ]
        indexes = [models.Index(fields=["company", "status", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.rating}★ {self.title}"

    @property
    def editable_until(self):
        return self.created_at + timedelta(hours=EDIT_WINDOW_HOURS)

    @property
    def is_editable(self) -> bool:
        return timezone.now() < self.editable_until

    @property
    def author_display(self) -> str:
        """How the author appears in public: first name and initial, never the full name."""
        first = (self.author.first_name or "").strip()
        last = (self.author.last_name or "").strip()
        if not first:
            return str(_("A verified buyer"))
        return f"{first} {last[:1]}." if last else first


EDIT_WINDOW_HOURS = 48
MAX_PHOTOS = 5


class ReviewPhoto(models.Model):
    """A photo with a review: scanned, decoded and re-encoded (no metadata survives), stored as a
    private file that is served publicly only once its review is published."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="photos")
    file = models.OneToOneField("files.StoredFile", on_delete=models.PROTECT, related_name="+")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return f"Photo {self.sort_order + 1} of review {self.review_id}"


class ReviewReply(Moderated):
    """The reviewed company's one public answer, moderated like the review itself."""

    review = models.OneToOneField(Review, on_delete=models.CASCADE, related_name="reply")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("reply"), max_length=2000)

    class Meta:
        verbose_name = _("seller reply")
        verbose_name_plural = _("seller replies")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Reply to review {self.review_id}"


class ReviewReport(models.Model):
    """A seller's report of a review about its company: once per review, with a reason."""

    class Reason(models.TextChoices):
        NOT_A_CUSTOMER = "not_customer", _("This buyer never dealt with us")
        FALSE = "false", _("False or misleading statements")
        OFFENSIVE = "offensive", _("Offensive or abusive language")
        PRIVATE = "private", _("Reveals private or confidential details")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for review")
        UPHELD = "upheld", _("Upheld: the review was taken down")
        DISMISSED = "dismissed", _("Dismissed: the review stays")

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="reports")
    company = models.ForeignKey(
        "companies.Company", on_delete=models.CASCADE, related_name="review_reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=12, choices=Reason.choices)
    details = models.TextField(_("details"), max_length=2000, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True, max_length=1000)

    class Meta:
        verbose_name = _("review report")
        verbose_name_plural = _("review reports")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "company"], name="reviews_report_once_per_review"
            )
        ]

    def __str__(self) -> str:
        return f"Report on review {self.review_id}"
