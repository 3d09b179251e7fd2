"""`seed_demo` can run on every `make run` without duplicating anything."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.models import HomePage
from marketplace.accounts.models import User
from marketplace.companies.models import Company, CompanyMember

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (User, Company, CompanyMember, HomePage, Page, Site)
    }


def test_running_twice_creates_nothing_new():
    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")
    assert counts() == first
    assert first["User"] >= 7
    assert first["HomePage"] == 5  # English and its es, ar, fr, hi translations
    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage


def test_demo_logins_work(client):
    call_command("seed_demo")
    from marketplace.accounts.demo import DEMO_PASSWORD

    for email, target in (
        ("seller1@tradesetu.test", "/dashboard/seller/"),
        ("buyer1@tradesetu.test", "/dashboard/buyer/"),
    ):
        client.post("/accounts/logout/")
        response = client.post(
            "/accounts/login/", {"email": email, "password": DEMO_PASSWORD}, follow=True
        )
        assert response.redirect_chain[-1][0] == target
    client.post("/accounts/logout/")
    assert client.login(email="admin@tradesetu.test", password=DEMO_PASSWORD)
    # the admin asks staff to set up two-factor authentication first
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/setup/")
