"""Blocks as staff and sellers see them: the seller's block notice, and the Block / Unblock
actions and blocked state in the Wagtail admin's user and company screens."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from marketplace.audit.models import AuditEvent
from marketplace.companies import services
from marketplace.companies.models import Block
from tests.conftest import admin_login, grant
from tests.factories import SellerFactory, StaffFactory

from .factories import seller_company

pytestmark = pytest.mark.django_db

COMPANIES = "wagtailsnippets_companies_company"


@pytest.fixture
def staff(reviewer):
    """Staff who may block and manage users (the user admin needs a user permission)."""
    return grant(reviewer, "accounts.change_user", "companies.change_company")


def _top_level_link(html: str, url: str) -> bool:
    """A link to ``url`` shown as a button on the row or header itself, not inside a dropdown
    menu ("More options"), which is where a reviewer could not find it."""
    for match in re.finditer(r"<a\b[^>]*>", html):
        tag = match.group(0)
        if f'href="{url}' in tag and "button" in tag and "w-dropdown" not in tag:
            return True
    return False


class TestSellerBlockNotice:
    def test_a_seller_that_is_not_blocked_sees_no_block_notice(self, client, company, owner):
        """Django's {% block %} puts itself in the context as ``block``: the notice used that
        name and told every seller they were blocked, with an empty reason."""
        client.force_login(owner)
        html = client.get(reverse("companies:onboarding")).content.decode()
        assert "Your company is blocked" not in html

    def test_a_blocked_seller_sees_the_notice_with_the_reason(
        self, client, company, owner, reviewer
    ):
        """A blocked company's members see that they are blocked and why."""
        services.company_block(company=company, reason="Fake GST certificate", actor=reviewer)
        client.force_login(owner)
        html = client.get(reverse("companies:onboarding")).content.decode()
        assert "Your company is blocked" in html
        assert "Fake GST certificate" in html


class TestCompanyAdmin:
    def test_listing_shows_block_on_each_row_and_the_blocked_state(self, client, staff):
        """Each company row has a visible Block button; a blocked one says Blocked and
        offers Unblock."""
        open_company, blocked = seller_company(), seller_company()
        services.company_block(company=blocked, reason="spam", actor=staff)
        admin_login(client, staff)
        html = client.get(reverse(f"{COMPANIES}:list")).content.decode()
        block_url = reverse("companies_admin:company_block", args=[open_company.pk])
        unblock_url = reverse("companies_admin:company_block", args=[blocked.pk])
        assert _top_level_link(html, block_url)
        assert _top_level_link(html, unblock_url)
        row = html[html.index(f"snippet_{blocked.pk}_title") :]
        row = row[: row.index("</tr>")]
        assert "Blocked" in row and "Unblock" in row

    @pytest.mark.parametrize("view", ["edit", "inspect"])
    def test_edit_and_inspect_screens_offer_block_in_the_header(self, client, staff, view):
        """Staff looking at one company find Block in its header."""
        company = seller_company()
        admin_login(client, staff)
        response = client.get(reverse(f"{COMPANIES}:{view}", args=[company.pk]))
        assert response.status_code == 200
        url = reverse("companies_admin:company_block", args=[company.pk])
        assert _top_level_link(response.content.decode(), url)

    def test_block_needs_a_reason_then_blocks_audits_and_returns_to_the_listing(
        self, client, staff
    ):
        """Blocking without a reason is a field error; with one, the company is blocked, the
        decision audited, and staff are back on the listing."""
        company = seller_company()
        admin_login(client, staff)
        url = reverse("companies_admin:company_block", args=[company.pk])
        refused = client.post(url, {"reason": "  "})
        assert refused.status_code == 400
        assert "This field is required" in refused.content.decode()
        assert not Block.objects.filter(company=company).exists()

        done = client.post(url, {"reason": "Counterfeit goods"})
        assert done.status_code == 302
        assert done["Location"] == reverse(f"{COMPANIES}:list")
        company.refresh_from_db()
        assert company.is_blocked
        assert AuditEvent.objects.filter(action="company.block", actor=staff).exists()

        page = client.get(url).content.decode()
        assert "Counterfeit goods" in page  # the unblock screen says why it is blocked
        client.post(url, {"reason": "Appeal accepted", "next": reverse(f"{COMPANIES}:list")})
        company.refresh_from_db()
        assert not company.is_blocked
        assert AuditEvent.objects.filter(action="company.unblock").exists()

    def test_an_outside_next_url_is_ignored(self, client, staff):
        """The return address cannot send staff to another site."""
        company = seller_company()
        admin_login(client, staff)
        url = reverse("companies_admin:company_block", args=[company.pk])
        done = client.post(url, {"reason": "x", "next": "https://evil.example/"})
        assert done["Location"] == reverse(f"{COMPANIES}:list")

    def test_staff_without_the_block_permission_get_no_button_and_no_form(self, client):
        """Only staff with companies.add_block see or use the action."""
        company = seller_company()
        editor = grant(StaffFactory(), "wagtailadmin.access_admin", "companies.change_company")
        admin_login(client, editor)
        html = client.get(reverse(f"{COMPANIES}:list")).content.decode()
        url = reverse("companies_admin:company_block", args=[company.pk])
        assert url not in html
        refused = client.get(url)  # the admin turns the refusal into a redirect home
        assert refused.status_code in (302, 403)
        assert refused.status_code == 403 or refused["Location"] == reverse("wagtailadmin_home")
        client.post(url, {"reason": "nope"})
        company.refresh_from_db()
        assert not company.is_blocked


class TestUserAdmin:
    def test_listing_shows_block_on_each_row_and_the_blocked_state(self, client, staff):
        """The user listing has a visible Block button per user, none on one's own row, and a
        Blocked tag with Unblock for a blocked account."""
        active, blocked = SellerFactory(), SellerFactory()
        services.user_block(user=blocked, reason="fraud", actor=staff)
        admin_login(client, staff)
        html = client.get(reverse("wagtailusers_users:index")).content.decode()
        assert _top_level_link(html, reverse("companies_admin:user_block", args=[active.pk]))
        assert _top_level_link(html, reverse("companies_admin:user_block", args=[blocked.pk]))
        assert reverse("companies_admin:user_block", args=[staff.pk]) not in html
        row = html[html.index(reverse("wagtailusers_users:edit", args=[blocked.pk])) :]
        row = row[: row.index("</tr>")]
        assert "Blocked" in row and "Unblock" in row

    def test_edit_screen_offers_block_in_the_header(self, client, staff):
        """Staff editing a user find Block in the header."""
        user = SellerFactory()
        admin_login(client, staff)
        response = client.get(reverse("wagtailusers_users:edit", args=[user.pk]))
        assert response.status_code == 200
        url = reverse("companies_admin:user_block", args=[user.pk])
        assert _top_level_link(response.content.decode(), url)

    def test_block_and_unblock_a_user_from_the_admin(self, client, staff):
        """A reason blocks the account (audited); Unblock lets it in again."""
        user = SellerFactory()
        admin_login(client, staff)
        url = reverse("companies_admin:user_block", args=[user.pk])
        assert client.post(url, {"reason": ""}).status_code == 400
        done = client.post(url, {"reason": "Chargeback fraud"})
        assert done["Location"] == reverse("wagtailusers_users:index")
        user.refresh_from_db()
        assert not user.is_active
        assert AuditEvent.objects.filter(action="user.block").exists()
        client.post(url, {"reason": "Resolved"})
        user.refresh_from_db()
        assert user.is_active
