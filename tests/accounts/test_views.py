"""Web pages for accounts: sign-up, verification, login, reset, dashboards, devices."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

from marketplace.accounts.models import User, UserSession
from tests.factories import PASSWORD, CompanyMemberFactory, UserFactory

pytestmark = pytest.mark.django_db


def signup_data(**overrides):
    data = {
        "role": "seller",
        "first_name": "Meera",
        "last_name": "Nair",
        "email": "meera@coir.example",
        "company_name": "Alleppey Coir",
        "country": "",
        "phone": "",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "accept_terms": "on",
    }
    data.update(overrides)
    return data


class TestSignup:
    def test_seller_signs_up_verifies_and_logs_in(self, client, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/accounts/signup/", signup_data())
        assert response.status_code == 302
        assert response["Location"] == "/accounts/signup/done/"
        link = re.search(r"http://[^\s]+/accounts/verify/[^\s]+/", mail.outbox[0].body).group(0)

        response = client.get(urlsplit(link).path)
        assert response.status_code == 302
        assert User.objects.get(email="meera@coir.example").email_verified

        response = client.post(
            "/accounts/login/", {"email": "meera@coir.example", "password": PASSWORD}, follow=True
        )
        assert response.redirect_chain[-1][0] == "/dashboard/seller/"
        assert "Alleppey Coir" in response.content.decode()
        assert UserSession.objects.filter(kind="web", revoked_at__isnull=True).count() == 1

    def test_mismatched_passwords_keep_the_form_with_a_field_error(self, client):
        response = client.post("/accounts/signup/", signup_data(password2="Something-else-99"))
        assert response.status_code == 400
        assert "The two passwords do not match." in response.content.decode()
        assert not User.objects.exists()

    def test_service_errors_land_on_their_fields(self, client):
        UserFactory(email="meera@coir.example")
        response = client.post(
            "/accounts/signup/",
            signup_data(email="MEERA@coir.example", password1="password", password2="password"),
        )
        assert response.status_code == 400
        form = response.context["form"]
        assert "already exists" in form.errors["email"][0]
        assert any("too common" in e for e in form.errors["password1"])
        assert User.objects.count() == 1

    def test_the_terms_checkbox_is_required_and_links_to_the_terms(self, client):
        """The sign-up form asks for consent, links the terms page, and refuses without it."""
        page = client.get("/accounts/signup/").content.decode()
        assert 'name="accept_terms"' in page and 'href="/terms/"' in page
        data = signup_data()
        del data["accept_terms"]
        response = client.post("/accounts/signup/", data)
        assert response.status_code == 400
        assert response.context["form"].errors["accept_terms"]
        assert not User.objects.exists()

    def test_verifying_shows_one_success_message(self, client, django_capture_on_commit_callbacks):
        """Verification used to say it twice (a flash message and the login page's own)."""
        with django_capture_on_commit_callbacks(execute=True):
            client.post("/accounts/signup/", signup_data())
        path = re.search(r"/accounts/verify/[^\s]+/", mail.outbox[0].body).group(0)
        html = client.get(path, follow=True).content.decode()
        assert html.count('class="message success"') == 1
        assert "Your e-mail address is verified" in html

    def test_reused_verification_link_shows_a_clear_error(
        self, client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            client.post("/accounts/signup/", signup_data())
        path = re.search(r"/accounts/verify/[^\s]+/", mail.outbox[0].body).group(0)
        assert client.get(path).status_code == 302
        response = client.get(path)
        assert response.status_code == 400
        assert "already been used" in response.content.decode()


class TestLogin:
    def test_unverified_user_is_told_to_verify(self, client):
        UserFactory(email="late@example.com", email_verified_at=None)
        response = client.post(
            "/accounts/login/", {"email": "late@example.com", "password": PASSWORD}
        )
        assert response.status_code == 403
        assert "verify your e-mail" in response.content.decode()

    def test_lockout_shows_429(self, client):
        UserFactory(email="x@example.com")
        for _ in range(5):
            client.post("/accounts/login/", {"email": "x@example.com", "password": "bad"})
        response = client.post("/accounts/login/", {"email": "x@example.com", "password": PASSWORD})
        assert response.status_code == 429

    def test_next_parameter_cannot_redirect_off_site(self, client, buyer):
        response = client.post(
            "/accounts/login/?next=https://evil.example/",
            {"email": buyer.email, "password": PASSWORD, "next": "https://evil.example/"},
        )
        assert response.status_code == 302
        assert response["Location"] == "/dashboard/"

    def test_logout_needs_post_and_ends_the_recorded_session(self, client, buyer):
        client.force_login(buyer)
        client.post("/accounts/login/", {"email": buyer.email, "password": PASSWORD})
        assert client.get("/accounts/logout/").status_code == 405
        client.post("/accounts/logout/")
        assert not UserSession.objects.filter(user=buyer, revoked_at__isnull=True).exists()


class TestPasswordReset:
    def test_same_answer_for_known_and_unknown_addresses(self, client, buyer):
        known = client.post("/accounts/password/reset/", {"email": buyer.email})
        unknown = client.post("/accounts/password/reset/", {"email": "ghost@example.com"})
        assert known.status_code == unknown.status_code == 302
        assert known["Location"] == unknown["Location"]
        assert [m.to for m in mail.outbox] == [[buyer.email]]

    def test_reset_link_sets_a_new_password(self, client, buyer):
        client.post("/accounts/password/reset/", {"email": buyer.email})
        path = re.search(r"/accounts/password/reset/[^\s]+/[^\s]+/", mail.outbox[0].body).group(0)
        response = client.get(path, follow=True)
        form_url = response.redirect_chain[-1][0]
        response = client.post(
            form_url,
            {"new_password1": "Brand-New-Secret-77", "new_password2": "Brand-New-Secret-77"},
        )
        assert response.status_code == 302
        buyer.refresh_from_db()
        assert buyer.check_password("Brand-New-Secret-77")

    def test_reset_requests_are_rate_limited(self, client, buyer):
        for _ in range(5):
            client.post("/accounts/password/reset/", {"email": buyer.email})
        response = client.post("/accounts/password/reset/", {"email": buyer.email})
        assert response.status_code == 429
        assert len(mail.outbox) == 5


class TestDashboards:
    def test_anonymous_is_sent_to_login(self, client):
        response = client.get("/dashboard/seller/")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")

    def test_buyer_cannot_open_the_seller_dashboard(self, client, buyer):
        client.force_login(buyer)
        assert client.get("/dashboard/seller/").status_code == 403
        assert client.get("/dashboard/buyer/").status_code == 200

    def test_seller_sees_own_company(self, client):
        member = CompanyMemberFactory(company__name="Surat Silk Mills")
        client.force_login(member.user)
        response = client.get("/dashboard/seller/")
        assert "Surat Silk Mills" in response.content.decode()


class TestDevices:
    def test_signing_out_another_browser_ends_that_session(self, client, buyer):
        other = client.__class__()
        other.post("/accounts/login/", {"email": buyer.email, "password": PASSWORD})
        client.post("/accounts/login/", {"email": buyer.email, "password": PASSWORD})
        other_session = UserSession.objects.exclude(pk=client.session["device_id"]).get(user=buyer)

        response = client.post(f"/accounts/sessions/{other_session.pk}/revoke/")
        assert response.status_code == 302
        assert other.get("/dashboard/buyer/").status_code == 302  # logged out there
        assert client.get("/dashboard/buyer/").status_code == 200

    def test_email_change_form_errors_are_shown(self, client, buyer):
        client.force_login(buyer)
        response = client.post(
            "/accounts/settings/", {"new_email": "new@example.com", "password": "wrong"}
        )
        assert response.status_code == 400
        assert "Your password is incorrect." in response.content.decode()
