"""Demo RFQs and leads (idempotent): buyers with RFQs in several states, demo sellers with locked
and unlocked leads. Runs after the accounts, companies, catalog and billing demos."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from marketplace.accounts.models import User
from marketplace.catalog.models import Category, Product
from marketplace.companies.models import Company
from tradesetu.errors import DomainError

from . import services
from .models import RFQ, Lead

SPICE_PRODUCTS = [
    ("KSE-BP-550", "Malabar black pepper 550 GL", "black-pepper"),
    ("KSE-CARD-8", "Green cardamom 8 mm bold", "cardamom"),
    ("KSE-TUR-5", "Turmeric finger, 5% curcumin", "turmeric"),
]

RFQS = [
    # buyer, title, category keyword, quantity, unit, country, incoterm, max sellers, outcome
    (
        "buyer1@tradesetu.test",
        "Black pepper 550 GL, ASTA cleaned",
        "black-pepper",
        "5000",
        "kg",
        "DE",
        "CIF",
        3,
        "unlock",
    ),
    (
        "buyer1@tradesetu.test",
        "Green cardamom 8 mm for retail packs",
        "cardamom",
        "800",
        "kg",
        "DE",
        "FOB",
        5,
        "locked",
    ),
    (
        "buyer2@tradesetu.test",
        "Turmeric finger for grinding",
        "turmeric",
        "12",
        "tonnes",
        "AE",
        "CFR",
        4,
        "awarded",
    ),
    (
        "buyer3@tradesetu.test",
        "Organic black pepper, EU organic certified",
        "black-pepper",
        "2",
        "tonnes",
        "ES",
        "CIF",
        3,
        "closed",
    ),
]


def _leaf(keyword: str) -> Category | None:
    return (
        Category.objects.filter(children__isnull=True, is_active=True, slug__icontains=keyword)
        .order_by("depth", "slug")
        .first()
    )


@transaction.atomic
def seed() -> int:
    kerala = Company.objects.filter(slug="kerala-spice-exports").first()
    if kerala is None:
        return 0
    owner = kerala.members.get(role="owner").user
    for sku, title, keyword in SPICE_PRODUCTS:
        category = _leaf(keyword)
        if category is None or Product.objects.filter(company=kerala, sku=sku).exists():
            continue
        from marketplace.catalog.services import attributes_validate

        attributes = {}
        for attribute in category.schema():
            if attribute.type == "choice" and attribute.choices:
                attributes[attribute.key] = attribute.choices[0]
            elif attribute.type == "number":
                attributes[attribute.key] = 10
            elif attribute.type == "boolean":
                attributes[attribute.key] = False
            elif attribute.required:
                attributes[attribute.key] = "Premium"
        Product.objects.create(
            company=kerala,
            category=category,
            sku=sku,
            title=title,
            slug=f"kerala-spice-{sku.lower()}",
            description="<p>Steam-sterilised, machine-cleaned, packed in 25 kg PP bags.</p>",
            attributes=attributes_validate(category, attributes, require=False),
            price_min=Decimal("4.20"),
            price_max=Decimal("6.80"),
            currency="USD",
            price_unit="kg",
            moq=Decimal("500"),
            moq_unit="kg",
            hs_code=category.hs_code_from,
            incoterms=["FOB", "CIF"],
            port_of_loading="Kochi",
            lead_time_days=21,
            status=Product.Status.PUBLISHED,
            published_at=timezone.now(),
            created_by=owner,
        )

    created = 0
    for email, title, keyword, quantity, unit, country, incoterm, max_sellers, outcome in RFQS:
        buyer = User.objects.filter(email=email).first()
        category = _leaf(keyword)
        if (
            buyer is None
            or category is None
            or RFQ.objects.filter(buyer=buyer, title=title).exists()
        ):
            continue
        rfq = RFQ.objects.create(
            buyer=buyer,
            buyer_company=Company.objects.filter(members__user=buyer, kind="buyer").first(),
            title=title,
            category=category,
            supplier=kerala,
            quantity=Decimal(quantity),
            unit=unit,
            destination_country=country,
            incoterm=incoterm,
            max_sellers=max_sellers,
            needed_by=timezone.localdate() + timedelta(days=45),
            notes="Please quote with sample lead time. Contact: procurement team.",
        )
        from .trust import buyer_trust

        rfq.trust_score, rfq.trust_factors = buyer_trust(buyer)
        rfq.save(update_fields=["trust_score", "trust_factors"])
        rfq = services.rfq_route(rfq_id=rfq.pk)
        lead = Lead.objects.filter(rfq=rfq, company=kerala).first()
        if lead is not None and outcome in ("unlock", "awarded", "closed"):
            try:
                services.lead_unlock(lead=lead, actor=owner)
            except DomainError:
                pass  # no credits in this demo state: the lead stays locked
        if outcome == "awarded" and lead is not None:
            services.rfq_award(rfq=rfq, buyer=buyer, company=kerala)
        if outcome == "closed":
            services.rfq_close(rfq=rfq, buyer=buyer, reason="Bought elsewhere")
        created += 1
    return created
