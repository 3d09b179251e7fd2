from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission

from tests.factories import StaffFactory

from .factories import seller_company


def grant(user, *perms: str):
    for perm in perms:
        app_label, codename = perm.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return type(user).objects.get(pk=user.pk)  # fresh permission cache


@pytest.fixture
def reviewer(db):
    return grant(
        StaffFactory(),
        "companies.review_kyc",
        "companies.add_block",
        "audit.view_auditevent",
        "wagtailadmin.access_admin",
    )


@pytest.fixture
def company(db):
    return seller_company()


@pytest.fixture
def owner(company):
    return company.members.get(role="owner").user
