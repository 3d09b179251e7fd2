"""Demo billing data for `manage.py seed_demo` (idempotent): the Free / Growth / Premium plans,
the pricing page under the English home page, and demo sellers with memberships, credits and
a paid invoice (through the local test provider: no money moves)."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from marketplace.accounts.models import User
from marketplace.companies.selectors import company_for_user

from . import providers, services
from .models import Invoice, Payment, Plan, PlanPrice, PricingPage, PriorityRank, SupportLevel

PLANS = [
    {
        "slug": "free",
        "name": "Free",
        "tagline": "List your first products and try paid leads.",
        "max_products": 10,
        "lead_credits_per_month": 5,
        "priority_rank": PriorityRank.LOW,
        "support_level": SupportLevel.COMMUNITY,
        "is_default": True,
        "sort_order": 1,
        "prices": {"INR": "0", "USD": "0"},
    },
    {
        "slug": "growth",
        "name": "Growth",
        "tagline": "For exporters building a steady pipeline.",
        "max_products": 50,
        "lead_credits_per_month": 30,
        "priority_rank": PriorityRank.MEDIUM,
        "support_level": SupportLevel.EMAIL,
        "sort_order": 2,
        "prices": {"INR": "2999", "USD": "39"},
    },
    {
        "slug": "premium",
        "name": "Premium",
        "tagline": "Unlimited listings, automatic lead unlocks and top placement.",
        "max_products": None,
        "lead_credits_per_month": 100,
        "auto_unlock": True,
        "priority_rank": PriorityRank.HIGH,
        "support_level": SupportLevel.PRIORITY,
        "badge": "Premium member",
        "sort_order": 3,
        "prices": {"INR": "9999", "USD": "129"},
    },
]

FAQ = [
    (
        "Do prices include GST?",
        "<p>Yes. Prices are shown with 18% GST. Every payment comes with a GST invoice for input "
        "tax credit.</p>",
    ),
    (
        "How long do lead credits last?",
        "<p>90 days from the day they are granted. We always spend your oldest credits first.</p>",
    ),
    (
        "What happens if I move to a smaller plan?",
        "<p>Nothing is deleted. Products above the new limit are unpublished until you "
        "upgrade again or remove others.</p>",
    ),
]

# demo seller e-mail -> plan it pays for (seller3 stays on Free)
MEMBERSHIPS = {"seller1@tradesetu.test": "premium", "seller2@tradesetu.test": "growth"}


def _plans() -> dict[str, Plan]:
    plans = {}
    for spec in PLANS:
        spec = dict(spec)
        prices = spec.pop("prices")
        plan = Plan.objects.filter(slug=spec["slug"]).first()
        if plan is None:
            if spec.get("is_default"):
                Plan.objects.filter(is_default=True).update(is_default=False)
            plan = Plan.objects.create(**spec)
            for currency, amount in prices.items():
                PlanPrice.objects.create(plan=plan, currency=currency, amount=Decimal(amount))
        plans[plan.slug] = plan
    return plans


def _pricing_page() -> PricingPage | None:
    from cms.models import HomePage

    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        return None
    existing = PricingPage.objects.filter(locale=home.locale).first()
    if existing is not None:
        return existing
    page = PricingPage(
        title="Pricing",
        slug="pricing",
        intro="<p>Start free. Upgrade when buyers start finding you: more products, more lead "
        "credits and a higher place in every lead's shortlist.</p>",
        faq=[("item", {"question": q, "answer": a}) for q, a in FAQ],
        show_in_menus=True,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def seed() -> dict:
    plans = _plans()
    page = _pricing_page()
    paid = 0
    if "local" in providers.enabled_names():
        for email, slug in MEMBERSHIPS.items():
            user = User.objects.filter(email=email).first()
            company = company_for_user(user, kind="seller") if user else None
            if company is None or Payment.objects.filter(company=company).exists():
                continue
            payment = services.checkout_start(
                user=user,
                company=company,
                plan=plans[slug],
                provider="local",
                currency="INR",
                idempotency_key="demo-seed",
            )
            services.payment_confirm(payment=payment, amount=payment.amount, currency="INR")
            paid += 1
    services.credits_monthly_grant()
    return {
        "plans": len(plans),
        "pricing_page": page,
        "paid": paid,
        "invoices": Invoice.objects.count(),
    }
