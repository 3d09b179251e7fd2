"""Test data factories: one per model, with realistic defaults."""

from __future__ import annotations

import factory
from django.utils import timezone

from marketplace.accounts.models import User
from marketplace.companies.models import Company, CompanyMember

PASSWORD = "Correct-Horse-Battery-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    is_buyer = True
    email_verified_at = factory.LazyFunction(timezone.now)
    language = "en"

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or PASSWORD)
        if create:
            self.save(update_fields=["password"])


class SellerFactory(UserFactory):
    is_buyer = False
    is_seller = True


class StaffFactory(UserFactory):
    is_buyer = False
    is_staff = True


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    name = factory.Sequence(lambda n: f"Export House {n} Pvt Ltd")
    slug = factory.Sequence(lambda n: f"export-house-{n}")
    kind = Company.Kind.SELLER
    country = "IN"


class CompanyMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompanyMember

    company = factory.SubFactory(CompanyFactory)
    user = factory.SubFactory(SellerFactory)
    role = CompanyMember.Role.OWNER
