"""Review reads. Public lists show approved reviews only, with approved replies only, and never
an RFQ's private details: just its category and destination country."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from marketplace.companies.models import Company
from marketplace.leads.models import RFQ, Lead

from .models import (
    ModerationStatus,
    RatingSummary,
    Review,
    ReviewPhoto,
    ReviewReply,
    ReviewReport,
)


def ratings_for(company_ids: Iterable[int]) -> dict[int, RatingSummary]:
    """The rating summaries of these companies, by company id, in one query. Companies without
    a summary (no review moderated yet) are absent; treat them as unrated."""
    ids = {int(pk) for pk in company_ids}
    if not ids:
        return {}
    return {s.company_id: s for s in RatingSummary.objects.filter(company_id__in=ids)}


def rating_for(company: Company | int) -> RatingSummary | None:
    """A company's summary when it has approved reviews, else None."""
    company_id = getattr(company, "pk", company)
    return ratings_for([company_id]).get(company_id) if company_id else None


def aggregate_rating_ld(summary: RatingSummary | None) -> dict:
    """``{"aggregateRating": …}`` for the company's schema.org Organization document, or ``{}``
    when it has no approved review (merge it with ``|``)."""
    if summary is None or not summary.count:
        return {}
    return {
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": str(summary.average),
            "reviewCount": summary.count,
            "bestRating": 5,
            "worstRating": 1,
        }
    }


def _public_reviews() -> QuerySet[Review]:
    return (
        Review.objects.filter(status=ModerationStatus.APPROVED)
        .select_related("author", "rfq__category", "company")
        .prefetch_related(
            Prefetch("photos", queryset=ReviewPhoto.objects.select_related("file")),
            Prefetch(
                "reply",
                queryset=ReviewReply.objects.filter(status=ModerationStatus.APPROVED),
            ),
        )
    )


def company_reviews_public(company: Company | int) -> QuerySet[Review]:
    """Approved reviews of a company, newest first (``review.public_reply`` is the approved
    reply or None)."""
    return _public_reviews().filter(company_id=getattr(company, "pk", company))


def public_reply(review: Review) -> ReviewReply | None:
    try:
        reply = review.reply
    except ReviewReply.DoesNotExist:
        return None
    return reply if reply.status == ModerationStatus.APPROVED else None


@dataclass(frozen=True)
class Interaction:
    """One of the buyer's RFQs that the company unlocked or won, not reviewed yet."""

    rfq: RFQ
    company: Company
    kind: str


def review_interactions(user, company: Company | None = None) -> list[Interaction]:
    """What the buyer may review: RFQs a company unlocked or won, one review per RFQ and company."""
    if not getattr(user, "is_authenticated", False):
        return []
    reviewed = Review.objects.filter(rfq=OuterRef("rfq"), company=OuterRef("company"))
    leads = (
        Lead.objects.filter(rfq__buyer=user, unlocked_at__isnull=False)
        .annotate(reviewed=Exists(reviewed))
        .filter(reviewed=False)
        .select_related("rfq__category", "company")
        .order_by("-unlocked_at")
    )
    rfqs = (
        RFQ.objects.filter(buyer=user, awarded_to__isnull=False)
        .annotate(
            reviewed=Exists(
                Review.objects.filter(rfq=OuterRef("pk"), company=OuterRef("awarded_to"))
            )
        )
        .filter(reviewed=False)
        .select_related("category", "awarded_to")
    )
    if company is not None:
        leads = leads.filter(company=company)
        rfqs = rfqs.filter(awarded_to=company)
    found: dict[tuple[int, int], Interaction] = {}
    for rfq in rfqs:
        found[(rfq.pk, rfq.awarded_to_id)] = Interaction(
            rfq, rfq.awarded_to, Review.Interaction.AWARDED
        )
    for lead in leads:
        found.setdefault(
            (lead.rfq_id, lead.company_id),
            Interaction(lead.rfq, lead.company, Review.Interaction.UNLOCKED),
        )
    return [
        i
        for i in found.values()
        if i.company.kind == Company.Kind.SELLER and not i.company.is_blocked
    ]


def buyer_reviews(user) -> QuerySet[Review]:
    return (
        Review.objects.filter(author=user)
        .select_related("company", "rfq__category")
        .prefetch_related("photos", "reply")
    )


def review_detail(pk: int) -> Review | None:
    """One review with everything its API output needs (any status: callers check access)."""
    return (
        Review.objects.select_related("author", "company", "rfq__category")
        .prefetch_related(
            Prefetch("photos", queryset=ReviewPhoto.objects.select_related("file")), "reply"
        )
        .filter(pk=pk)
        .first()
    )


def review_for_author(user, pk: int) -> Review | None:
    return buyer_reviews(user).filter(pk=pk).first()


def seller_reviews(company: Company) -> QuerySet[Review]:
    """The company's published reviews with its reply (any status) and whether it reported them."""
    return (
        Review.objects.filter(company=company, status=ModerationStatus.APPROVED)
        .select_related("author", "rfq__category")
        .prefetch_related("photos", "reply")
        .annotate(
            reported=Exists(ReviewReport.objects.filter(review=OuterRef("pk"), company=company))
        )
    )


# --------------------------------------------------------------------------- moderation


@dataclass(frozen=True)
class ModerationQueue:
    reviews: list[Review]
    replies: list[ReviewReply]
    reports: list[ReviewReport]


def moderation_queue() -> ModerationQueue:
    """Pending reviews (held ones first, then oldest), pending replies, open reports."""
    reviews = sorted(
        Review.objects.filter(status=ModerationStatus.PENDING)
        .select_related("company", "author", "rfq__category")
        .prefetch_related("photos"),
        key=lambda r: (not r.hold_reasons, r.created_at),
    )
    replies = list(
        ReviewReply.objects.filter(status=ModerationStatus.PENDING)
        .select_related("review__company", "author")
        .order_by("created_at")
    )
    reports = list(
        ReviewReport.objects.filter(status=ReviewReport.Status.OPEN)
        .select_related("review", "company", "reporter")
        .order_by("created_at")
    )
    return ModerationQueue(reviews=reviews, replies=replies, reports=reports)


def moderation_queue_size() -> int:
    return (
        Review.objects.filter(status=ModerationStatus.PENDING).count()
        + ReviewReply.objects.filter(status=ModerationStatus.PENDING).count()
        + ReviewReport.objects.filter(status=ReviewReport.Status.OPEN).count()
    )


def review_for_moderation(pk: int) -> Review | None:
    return (
        Review.objects.select_related("company", "author", "rfq__category", "moderated_by")
        .prefetch_related("photos__file", "reports__reporter")
        .filter(pk=pk)
        .first()
    )


@dataclass(frozen=True)
class AuthorFacts:
    """What a moderator weighs: account age, other reviews, e-mail domain, same-device hits."""

    account_age_days: int
    email_domain: str
    reviews_total: int
    reviews_rejected: int
    same_device_reviews: int


def author_facts(review: Review) -> AuthorFacts:
    from django.utils import timezone

    from marketplace.leads.trust import email_domain

    others = Review.objects.filter(author=review.author).exclude(pk=review.pk)
    same_device = (
        Review.objects.filter(company=review.company, device_hash=review.device_hash)
        .exclude(pk=review.pk)
        .count()
        if review.device_hash
        else 0
    )
    return AuthorFacts(
        account_age_days=(timezone.now() - review.author.date_joined).days,
        email_domain=email_domain(review.author.email),
        reviews_total=others.count(),
        reviews_rejected=others.filter(status=ModerationStatus.REJECTED).count(),
        same_device_reviews=same_device,
    )


def photo_visible(photo: ReviewPhoto, user) -> bool:
    """Published reviews' photos are public; otherwise only their author and moderators."""
    if not photo.file.is_clean:  # quarantined, or refused by a later scan
        return False
    if photo.review.status == ModerationStatus.APPROVED:
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    return photo.review.author_id == user.pk or user.has_perm("reviews.moderate_review")
