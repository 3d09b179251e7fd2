"""Demo reviews (idempotent): published, waiting and rejected reviews of the verified demo
supplier, with a published seller reply. Runs after the leads demo; a buyer without an
interaction gets one through the leads services (an RFQ routed to the supplier and awarded)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from marketplace.accounts.models import User
from marketplace.catalog.models import Category
from marketplace.companies.models import Company
from marketplace.leads import services as lead_services
from marketplace.leads.models import RFQ
from marketplace.leads.trust import buyer_trust
from tradesetu.errors import DomainError

from . import selectors, services
from .models import ModerationStatus, Review

SUPPLIER = "kerala-spice-exports"
REVIEWS = [
    {
        "buyer": "buyer2@tradesetu.test",
        "outcome": ModerationStatus.APPROVED,
        "fallback_rfq": ("Turmeric finger, double polished", "turmeric", "AE"),
        "data": {
            "rating": 5,
            "communication": 5,
            "product_quality": 5,
            "delivery": 4,
            "title": "Consistent curcumin, paperwork in order",
            "text": "Samples matched the lab report and the container arrived with every "
            "certificate we asked for. Two days late at Jebel Ali, but they told us early.",
        },
        "reply": "Thank you, Fatima. We have since moved our Kochi bookings a week earlier.",
    },
    {
        "buyer": "buyer1@tradesetu.test",
        "outcome": ModerationStatus.APPROVED,
        "fallback_rfq": ("Black pepper 500 GL, steam sterilised", "black-pepper", "DE"),
        "data": {
            "rating": 4,
            "communication": 4,
            "product_quality": 4,
            "title": "Good pepper, slow first reply",
            "text": "The ASTA-cleaned lot was very clean and the moisture was below 12%. "
            "The first quote took four days, after that replies came the same day.",
        },
    },
    {
        "buyer": "buyer3@tradesetu.test",
        "outcome": ModerationStatus.PENDING,
        "fallback_rfq": ("Black pepper 550 GL for the Rotterdam warehouse", "black-pepper", "NL"),
        "data": {
            "rating": 3,
            "title": "Organic paperwork took long",
            "text": "Good product, but the NPOP transaction certificate came after the "
            "vessel left. Ask for it before you pay the balance.",
        },
    },
    {
        "buyer": "buyer3@tradesetu.test",
        "outcome": ModerationStatus.REJECTED,
        "fallback_rfq": ("Green cardamom 7 mm for the Rotterdam warehouse", "cardamom", "NL"),
        "data": {
            "rating": 1,
            "title": "Call me instead",
            "text": "Write to me at lucia@mercado-natural.example for a better price than "
            "this supplier ever gives, I broker cardamom from Guatemala.",
        },
        "reason": "Advertising for another business, not a review of this supplier.",
    },
]


def _leaf(keyword: str) -> Category | None:
    return (
        Category.objects.filter(children__isnull=True, is_active=True, slug__icontains=keyword)
        .order_by("depth", "slug")
        .first()
    )


def _awarded_rfq(buyer: User, supplier: Company, spec: tuple[str, str, str]) -> RFQ | None:
    """An RFQ of the buyer routed to the supplier and awarded to it (leads services)."""
    title, keyword, country = spec
    rfq = RFQ.objects.filter(buyer=buyer, title=title).first()
    if rfq is None:
        category = _leaf(keyword)
        if category is None:
            return None
        rfq = RFQ.objects.create(
            buyer=buyer,
            buyer_company=Company.objects.filter(members__user=buyer, kind="buyer").first(),
            title=title,
            category=category,
            supplier=supplier,
            quantity=Decimal("1000"),
            unit="kg",
            destination_country=country,
            incoterm="CIF",
            max_sellers=3,
            needed_by=timezone.localdate() + timedelta(days=60),
        )
        rfq.trust_score, rfq.trust_factors = buyer_trust(buyer)
        rfq.save(update_fields=["trust_score", "trust_factors"])
        rfq = lead_services.rfq_route(rfq_id=rfq.pk)
    if rfq.awarded_to_id is None and rfq.leads.filter(company=supplier).exists():
        try:
            rfq = lead_services.rfq_award(rfq=rfq, buyer=buyer, company=supplier)
        except DomainError:
            return None
    return rfq if rfq.awarded_to_id == supplier.pk else None


@transaction.atomic
def seed() -> int:
    supplier = Company.objects.filter(slug=SUPPLIER, is_verified=True).first()
    moderator = User.objects.filter(email="admin@tradesetu.test").first()
    if supplier is None or moderator is None:
        return 0
    owner = supplier.members.filter(role="owner").select_related("user").first()
    created = 0
    for spec in REVIEWS:
        buyer = User.objects.filter(email=spec["buyer"]).first()
        if buyer is None:
            continue
        if Review.objects.filter(
            author=buyer, company=supplier, title=spec["data"]["title"]
        ).exists():
            continue
        interactions = selectors.review_interactions(buyer, supplier)
        rfq = interactions[0].rfq if interactions else None
        if rfq is None:
            rfq = _awarded_rfq(buyer, supplier, spec["fallback_rfq"])
        if rfq is None:
            continue
        review = services.review_create(author=buyer, company=supplier, rfq=rfq, data=spec["data"])
        if spec["outcome"] != ModerationStatus.PENDING:
            review = services.review_moderate(
                review=review,
                moderator=moderator,
                approve=spec["outcome"] == ModerationStatus.APPROVED,
                reason=spec.get("reason", ""),
            )
        if spec.get("reply") and owner is not None:
            reply = services.reply_create(review=review, actor=owner.user, text=spec["reply"])
            services.reply_moderate(reply=reply, moderator=moderator, approve=True)
        created += 1
    return created
