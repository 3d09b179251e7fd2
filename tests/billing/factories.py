"""Billing test data: the three demo-like plans and seller companies with an owner."""

from __future__ import annotations

from decimal import Decimal

import factory

from billing.models import Plan, PlanPrice, PriorityRank
from marketplace.companies.models import Company, CompanyMember
from marketplace.companies.services import company_create
from tests.factories import SellerFactory


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    name = factory.Sequence(lambda n: f"Plan {n}")
    slug = factory.Sequence(lambda n: f"plan-{n}")
    period_months = 1
    max_products = 10
    lead_credits_per_month = 5
    priority_rank = PriorityRank.LOW


def plan_with_prices(*, inr: str | None, usd: str | None, **fields) -> Plan:
    plan = PlanFactory(**fields)
    if inr is not None:
        PlanPrice.objects.create(plan=plan, currency="INR", amount=Decimal(inr))
    if usd is not None:
        PlanPrice.objects.create(plan=plan, currency="USD", amount=Decimal(usd))
    return plan


def make_plans() -> dict[str, Plan]:
    return {
        "free": plan_with_prices(
            inr="0",
            usd="0",
            name="Free",
            slug="free",
            is_default=True,
            max_products=10,
            lead_credits_per_month=5,
            sort_order=1,
        ),
        "growth": plan_with_prices(
            inr="2999",
            usd="39",
            name="Growth",
            slug="growth",
            max_products=50,
            lead_credits_per_month=30,
            priority_rank=PriorityRank.MEDIUM,
            sort_order=2,
        ),
        "premium": plan_with_prices(
            inr="9999",
            usd="129",
            name="Premium",
            slug="premium",
            max_products=None,
            lead_credits_per_month=100,
            auto_unlock=True,
            priority_rank=PriorityRank.HIGH,
            badge="Premium member",
            sort_order=3,
        ),
    }


def seller_company(*, state: str = "27", gstin: str = "", country: str = "IN", **fields) -> Company:
    owner = SellerFactory()
    return company_create(
        owner=owner,
        name=fields.pop("name", f"Exporter of {owner.email}"),
        kind=Company.Kind.SELLER,
        country=country,
        gst_state_code=state,
        gstin=gstin,
        legal_name=fields.pop("legal_name", "Exporter Private Limited"),
        **fields,
    )


def owner_of(company: Company):
    return CompanyMember.objects.get(company=company, role=CompanyMember.Role.OWNER).user
