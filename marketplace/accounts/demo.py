"""Demo accounts for `manage.py seed_demo` (idempotent: looked up by e-mail, never duplicated)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from marketplace.companies.models import Company
from marketplace.companies.services import company_create

from .models import User

DEMO_PASSWORD = "TradeSetu-demo-2026"  # noqa: S105 - printed by `make run` on purpose

DEMO_USERS = [
    # email, first, last, role, company, country
    ("seller1@tradesetu.test", "Anita", "Menon", "seller", "Kerala Spice Exports", "IN"),
    ("seller2@tradesetu.test", "Rakesh", "Sharma", "seller", "Jaipur Handicrafts", "IN"),
    ("seller3@tradesetu.test", "Priya", "Iyer", "seller", "Tiruppur Knitwear Co", "IN"),
    ("buyer1@tradesetu.test", "Jonas", "Weber", "buyer", "Weber Feinkost GmbH", "DE"),
    ("buyer2@tradesetu.test", "Fatima", "Al Mansoori", "buyer", "Gulf Home Trading LLC", "AE"),
    ("buyer3@tradesetu.test", "Lucía", "García", "buyer", "Mercado Natural SL", "ES"),
]


@transaction.atomic
def seed() -> list[User]:
    users = []
    admin = User.objects.filter(email="admin@tradesetu.test").first()
    if admin is None:
        admin = User.objects.create_superuser(
            email="admin@tradesetu.test",
            password=DEMO_PASSWORD,
            first_name="Asha",
            last_name="Admin",
        )
    users.append(admin)
    for email, first, last, role, company, country in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=DEMO_PASSWORD,
                first_name=first,
                last_name=last,
                is_buyer=role == "buyer",
                is_seller=role == "seller",
                email_verified_at=timezone.now(),
                language="en",
            )
        if not Company.objects.filter(members__user=user).exists():
            company_create(owner=user, name=company, kind=role, country=country)
        users.append(user)
    return users
