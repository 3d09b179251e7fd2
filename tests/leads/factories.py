"""Leads test world: a spice taxonomy, verified sellers with products, buyers with companies."""

from __future__ import annotations

from decimal import Decimal

from django.utils import timezone

from billing.services import credits_grant, subscription_start_or_extend
from marketplace.catalog.models import Product
from marketplace.companies.models import Company, SellerProfile
from marketplace.companies.services import company_create
from marketplace.leads.services import rfq_create
from tests.companies.factories import seller_company
from tests.factories import UserFactory


def verified_seller(
    category,
    *,
    name: str,
    moq: str = "100",
    markets=(),
    negative=(),
    title: str | None = None,
    **fields,
) -> Company:
    company = seller_company(name=name, **fields)
    Company.objects.filter(pk=company.pk).update(is_verified=True, verified_at=timezone.now())
    company.refresh_from_db()
    add_product(company, category, title or f"{name} pepper", moq=moq)
    SellerProfile.objects.filter(company=company).update(
        export_markets=",".join(markets), negative_countries=",".join(negative)
    )
    return company


def add_product(company: Company, category, title: str, *, moq: str = "100") -> Product:
    """A published product of ``company`` in ``category`` (specifications not checked)."""
    return Product.objects.create(
        company=company,
        category=category,
        title=title,
        slug=f"p-{company.slug}-{Product.objects.filter(company=company).count()}",
        moq=Decimal(moq),
        status=Product.Status.PUBLISHED,
        attributes={"form": "Whole", "moisture": 11},
    )


def owner_of(company: Company):
    return company.members.get(role="owner").user


def buyer(**fields):
    fields.setdefault("phone", "+4930901820")
    user = UserFactory(**fields)
    company_create(owner=user, name=f"Buyer {user.pk} GmbH", kind="buyer", country="DE")
    return user


def rfq_data(category=None, **overrides) -> dict:
    data = {
        "title": "Black pepper 550 GL",
        "category": category,
        "quantity": "2000",
        "unit": "kg",
        "destination_country": "DE",
        "incoterm": "CIF",
        "notes": "Need ASTA cleaned lots.",
        "max_sellers": 3,
    }
    data.update(overrides)
    return data


def post_rfq(user, category, *, route: bool = True, **overrides):
    """Create an RFQ through the service and (as the on-commit task would) route it."""
    from marketplace.leads.models import RFQ
    from marketplace.leads.services import rfq_route

    rfq = rfq_create(buyer=user, data=rfq_data(category, **overrides))
    if route and rfq.status == RFQ.Status.OPEN:
        rfq = rfq_route(rfq_id=rfq.pk)
    return rfq


def give_credits(company, n=5):
    return credits_grant(company=company, amount=n, reason="test grant")


def make_premium(company, plans):
    return subscription_start_or_extend(company=company, plan=plans["premium"])
