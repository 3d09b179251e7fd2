"""`/api/v1/auth/*`: the error shape, JWT rotation and revocation, sessions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from rest_framework_simplejwt.tokens import AccessToken

from marketplace.accounts.models import User, UserSession
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def login(client, email, password=PASSWORD):
    return client.post("/api/v1/auth/login", {"email": email, "password": password}, format="json")


def bearer(client, access):
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
    return client


def assert_error(response, status, code, fields=()):
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "fields"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    for field in fields:
        assert body["error"]["fields"].get(field), body
    return body["error"]


class TestRegister:
    def test_registers_a_seller_and_sends_the_link(
        self, api_client, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = api_client.post(
                "/api/v1/auth/register",
                {
                    "email": "Exports@Kochi.example",
                    "password": PASSWORD,
                    "role": "seller",
                    "company_name": "Kochi Coir Works",
                    "accept_terms": True,
                },
                format="json",
            )
        assert response.status_code == 201, response.content
        body = response.json()
        assert body["email"] == "exports@kochi.example"
        assert body["roles"] == ["seller"]
        assert body["email_verified"] is False
        assert "password" not in body
        assert len(mail.outbox) == 1

    def test_field_errors_come_in_the_common_shape(self, api_client):
        UserFactory(email="taken@example.com")
        response = api_client.post(
            "/api/v1/auth/register",
            {"email": "TAKEN@example.com", "password": "password", "role": "seller"},
            format="json",
        )
        error = assert_error(
            response, 400, "validation_error", ["email", "password", "company_name"]
        )
        assert User.objects.count() == 1
        assert "exists" in error["fields"]["email"][0]

    def test_terms_of_use_must_be_accepted(self, api_client):
        """Without ``accept_terms: true`` there is no account, and the error names the field;
        with it, the acceptance time and version are on the account."""
        data = {"email": "t@example.com", "password": PASSWORD, "role": "buyer"}
        response = api_client.post("/api/v1/auth/register", data, format="json")
        assert_error(response, 400, "validation_error", ["accept_terms"])
        response = api_client.post(
            "/api/v1/auth/register", {**data, "accept_terms": False}, format="json"
        )
        assert_error(response, 400, "validation_error", ["accept_terms"])
        assert not User.objects.exists()
        response = api_client.post(
            "/api/v1/auth/register", {**data, "accept_terms": True}, format="json"
        )
        assert response.status_code == 201, response.content
        assert response.json()["terms_accepted_at"]
        assert User.objects.get().terms_version

    def test_missing_fields_and_bad_choices(self, api_client):
        response = api_client.post("/api/v1/auth/register", {"role": "pirate"}, format="json")
        assert_error(response, 400, "validation_error", ["email", "password", "role"])

    def test_malformed_json_is_a_400_not_a_500(self, api_client):
        response = api_client.post(
            "/api/v1/auth/register", data="{not json", content_type="application/json"
        )
        assert_error(response, 400, "parse_error")

    def test_sign_up_is_rate_limited_per_ip(self, api_client):
        for n in range(5):
            api_client.post(
                "/api/v1/auth/register",
                {
                    "email": f"bot{n}@example.com",
                    "password": PASSWORD,
                    "role": "buyer",
                    "accept_terms": True,
                },
                format="json",
            )
        response = api_client.post(
            "/api/v1/auth/register",
            {
                "email": "bot9@example.com",
                "password": PASSWORD,
                "role": "buyer",
                "accept_terms": True,
            },
            format="json",
        )
        assert_error(response, 429, "rate_limited")
        assert response["Retry-After"]
        assert not User.objects.filter(email="bot9@example.com").exists()


class TestTokens:
    def test_login_returns_tokens_that_open_me(self, api_client, buyer):
        response = login(api_client, buyer.email.upper())
        assert response.status_code == 200
        tokens = response.json()
        me = bearer(api_client, tokens["access"]).get("/api/v1/auth/me")
        assert me.status_code == 200
        assert me.json()["email"] == buyer.email

    def test_wrong_password_is_401_and_unverified_is_403(self, api_client, buyer):
        assert_error(login(api_client, buyer.email, "nope"), 401, "invalid_credentials")
        fresh = UserFactory(email_verified_at=None)
        assert_error(login(api_client, fresh.email), 403, "email_not_verified")

    def test_me_without_token_is_401(self, api_client):
        assert_error(api_client.get("/api/v1/auth/me"), 401, "not_authenticated")

    def test_tampered_and_expired_access_tokens_are_refused(self, api_client, buyer):
        access = login(api_client, buyer.email).json()["access"]
        head, payload, signature = access.split(".")
        tampered = f"{head}.{payload}.{signature[:-4]}AAAA"
        response = bearer(api_client, tampered).get("/api/v1/auth/me")
        assert_error(response, 401, "token_not_valid")

        expired = AccessToken(access)
        expired.set_exp(lifetime=-timedelta(seconds=1))
        response = bearer(api_client, str(expired)).get("/api/v1/auth/me")
        assert_error(response, 401, "token_not_valid")

    def test_refresh_rotates_and_a_reused_refresh_token_ends_the_session(self, api_client, buyer):
        first = login(api_client, buyer.email).json()
        second = api_client.post(
            "/api/v1/auth/refresh", {"refresh": first["refresh"]}, format="json"
        )
        assert second.status_code == 200
        rotated = second.json()
        assert rotated["refresh"] != first["refresh"]

        reuse = api_client.post(
            "/api/v1/auth/refresh", {"refresh": first["refresh"]}, format="json"
        )
        assert_error(reuse, 401, "token_reused")

        # the thief's replay also kills the legitimate client's newer tokens
        after = api_client.post(
            "/api/v1/auth/refresh", {"refresh": rotated["refresh"]}, format="json"
        )
        assert_error(after, 401, "session_revoked")
        me = bearer(api_client, rotated["access"]).get("/api/v1/auth/me")
        assert me.status_code == 401

    def test_logout_revokes_refresh_and_access_tokens(self, api_client, buyer):
        tokens = login(api_client, buyer.email).json()
        response = api_client.post(
            "/api/v1/auth/logout", {"refresh": tokens["refresh"]}, format="json"
        )
        assert response.status_code == 204
        assert bearer(api_client, tokens["access"]).get("/api/v1/auth/me").status_code == 401
        api_client.credentials()
        again = api_client.post(
            "/api/v1/auth/refresh", {"refresh": tokens["refresh"]}, format="json"
        )
        assert_error(again, 401, "session_revoked")

    def test_garbage_refresh_token_is_401(self, api_client):
        response = api_client.post(
            "/api/v1/auth/refresh", {"refresh": "abc.def.ghi"}, format="json"
        )
        assert_error(response, 401, "token_invalid")

    def test_access_token_cannot_be_used_as_refresh_token(self, api_client, buyer):
        tokens = login(api_client, buyer.email).json()
        response = api_client.post(
            "/api/v1/auth/refresh", {"refresh": tokens["access"]}, format="json"
        )
        assert_error(response, 401, "token_invalid")

    def test_blocked_user_cannot_refresh(self, api_client, buyer):
        tokens = login(api_client, buyer.email).json()
        User.objects.filter(pk=buyer.pk).update(is_active=False)
        response = api_client.post(
            "/api/v1/auth/refresh", {"refresh": tokens["refresh"]}, format="json"
        )
        assert_error(response, 401, "session_revoked")


class TestSessions:
    def test_user_lists_and_revokes_own_devices(self, api_client, buyer):
        phone = login(api_client, buyer.email).json()
        laptop = login(api_client, buyer.email).json()
        bearer(api_client, laptop["access"])

        sessions = api_client.get("/api/v1/auth/sessions").json()
        assert len(sessions) == 2
        assert sum(s["current"] for s in sessions) == 1
        phone_id = AccessToken(phone["access"])["sid"]

        response = api_client.delete(f"/api/v1/auth/sessions/{phone_id}")
        assert response.status_code == 204
        assert UserSession.objects.get(pk=phone_id).revoked_at is not None
        assert bearer(api_client, phone["access"]).get("/api/v1/auth/me").status_code == 401
        assert bearer(api_client, laptop["access"]).get("/api/v1/auth/me").status_code == 200

    def test_someone_elses_session_is_not_found(self, api_client, buyer, seller):
        other = login(api_client, seller.email).json()
        other_id = AccessToken(other["access"])["sid"]
        mine = login(api_client, buyer.email).json()
        response = bearer(api_client, mine["access"]).delete(f"/api/v1/auth/sessions/{other_id}")
        assert_error(response, 404, "not_found")
        assert UserSession.objects.get(pk=other_id).revoked_at is None


class TestSchema:
    def test_openapi_schema_and_docs_are_served(self, client):
        schema = client.get("/api/schema/")
        assert schema.status_code == 200
        assert b"/api/v1/auth/login" in schema.content
        assert client.get("/api/docs/").status_code == 200
