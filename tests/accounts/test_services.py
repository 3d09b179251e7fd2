"""Account rules: registration, verification links, login lockout, e-mail change."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.db import IntegrityError
from django.test import RequestFactory

from marketplace.accounts import services
from marketplace.accounts.models import User
from marketplace.companies.models import Company, CompanyMember
from tests.factories import PASSWORD, UserFactory
from tradesetu.errors import AuthenticationFailed, RateLimited, ValidationFailed

pytestmark = pytest.mark.django_db(transaction=False)


def register(**overrides) -> User:
    data = {
        "email": "new.seller@spices.example",
        "password": PASSWORD,
        "role": "seller",
        "first_name": "Anil",
        "company_name": "Malabar Pepper Co",
        "accept_terms": True,
    }
    data.update(overrides)
    return services.user_register(**data)


def link_token(message) -> str:
    return re.search(r"/accounts/verify/([^/\s]+)/", message.body).group(1)


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run the after-commit callbacks (e-mails) that a service registers."""

    def run(fn, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fn(*args, **kwargs)

    return run


class TestRegister:
    def test_seller_gets_company_as_owner_and_a_verification_email(self, on_commit):
        user = on_commit(register)

        assert user.is_seller and not user.is_buyer
        assert not user.email_verified
        member = CompanyMember.objects.get(user=user)
        assert member.role == "owner"
        assert member.company.kind == Company.Kind.SELLER
        assert member.company.country == "IN"
        assert len(mail.outbox) == 1
        assert mail.outbox[0].to == ["new.seller@spices.example"]
        assert "/accounts/verify/" in mail.outbox[0].body

    def test_email_is_stored_lower_case_and_unique_in_any_case(self, on_commit):
        on_commit(register, email="Mixed.Case@Example.COM")
        assert User.objects.filter(email="mixed.case@example.com").exists()

        with pytest.raises(ValidationFailed) as exc:
            register(email="MIXED.case@example.com")
        assert "email" in exc.value.fields

    def test_database_refuses_case_variant_duplicates_even_without_the_service(self):
        UserFactory(email="dup@example.com")
        with pytest.raises(IntegrityError):
            User.objects.bulk_create([User(email="DUP@example.com")])

    @pytest.mark.parametrize(
        ("field", "overrides"),
        [
            ("email", {"email": "not-an-email"}),
            ("password", {"password": "password123"}),  # common
            ("password", {"password": "short"}),
            ("password", {"password": "1234567890123"}),  # numeric only
            ("role", {"role": "admin"}),
            ("company_name", {"company_name": ""}),
            ("country", {"country": "US"}),  # sellers are Indian companies
            ("phone", {"phone": "12345"}),
        ],
    )
    def test_bad_input_is_refused_per_field_and_nothing_is_stored(self, field, overrides):
        with pytest.raises(ValidationFailed) as exc:
            register(**overrides)

        assert field in exc.value.fields
        assert exc.value.fields[field]
        assert not User.objects.exists()
        assert not Company.objects.exists()

    def test_password_similar_to_email_is_refused(self):
        with pytest.raises(ValidationFailed) as exc:
            register(email="rajesh.kumar2024@example.com", password="rajesh.kumar2024")
        assert "password" in exc.value.fields

    def test_buyer_without_company_is_fine_and_phone_is_stored_e164(self, on_commit):
        user = on_commit(
            register, role="buyer", company_name="", phone="+49 30 901820", country="DE"
        )
        assert user.is_buyer
        assert str(user.phone) == "+4930901820"
        assert not Company.objects.exists()


class TestEmailVerification:
    def test_link_verifies_once_and_then_is_refused(self, on_commit):
        user = on_commit(register)
        token = link_token(mail.outbox[0])

        verified = services.email_verify(token=token)
        assert verified.pk == user.pk
        assert verified.email_verified

        with pytest.raises(ValidationFailed) as exc:
            services.email_verify(token=token)
        assert exc.value.code == "token_used"

    def test_expired_link_is_refused_with_its_own_reason(self, on_commit, settings):
        on_commit(register)
        token = link_token(mail.outbox[0])
        settings.EMAIL_VERIFICATION_MAX_AGE = -1

        with pytest.raises(ValidationFailed) as exc:
            services.email_verify(token=token)
        assert exc.value.code == "token_expired"

    def test_link_does_not_reveal_the_email_address(self, on_commit):
        """The token used to be base64 JSON with the address inside; now it carries only the
        user id and an HMAC, so neither the address nor its local part can be read from it."""
        import base64

        on_commit(register, email="meera.nair@spices.example")
        token = link_token(mail.outbox[0])
        readable = token
        for part in token.split(":"):
            padded = part + "=" * (-len(part) % 4)
            try:
                readable += base64.urlsafe_b64decode(padded).decode("latin-1")
            except ValueError:
                pass
        assert "meera" not in readable.lower()
        assert "spices" not in readable.lower()

    def test_an_email_change_link_confirms_the_new_address(self, on_commit):
        """The opaque token still tells which address it confirms: the pending new one."""
        user = UserFactory(email="old@example.com")
        on_commit(
            services.email_change_request, user=user, new_email="new@example.com", password=PASSWORD
        )
        token = link_token(mail.outbox[-1])
        on_commit(services.email_verify, token=token)
        user.refresh_from_db()
        assert user.email == "new@example.com" and user.pending_email == ""

    def test_a_link_of_the_old_format_is_refused_cleanly(self):
        """Links sent before the change (payload with the address) fail with a clear error,
        not a crash."""
        from django.core import signing

        user = UserFactory(email_verified_at=None)
        old = signing.dumps(
            {"u": user.pk, "e": user.email, "s": "0" * 16}, salt="accounts.email-verification"
        )
        with pytest.raises(ValidationFailed) as exc:
            services.email_verify(token=old)
        assert exc.value.code == "token_used"

    def test_tampered_link_is_refused(self, on_commit):
        on_commit(register)
        token = link_token(mail.outbox[0])

        with pytest.raises(ValidationFailed) as exc:
            services.email_verify(token=token[:-3] + "abc")
        assert exc.value.code == "token_invalid"

    def test_resend_is_silent_for_unknown_addresses(self, on_commit):
        on_commit(services.email_verification_resend, email="nobody@example.com")
        assert mail.outbox == []

    def test_resend_is_rate_limited(self, on_commit):
        user = on_commit(register)
        for _ in range(5):
            on_commit(services.email_verification_resend, email=user.email)
        with pytest.raises(RateLimited):
            services.email_verification_resend(email=user.email)


class TestAuthenticate:
    def request(self, ip="203.0.113.7"):
        return RequestFactory().post("/accounts/login/", REMOTE_ADDR=ip)

    def test_correct_credentials_in_any_letter_case(self):
        user = UserFactory(email="asha@example.com")
        got = services.user_authenticate(
            request=self.request(), email="ASHA@Example.com", password=PASSWORD
        )
        assert got == user

    def test_wrong_password_and_unknown_email_get_the_same_answer(self):
        UserFactory(email="asha@example.com")
        codes = set()
        for email in ("asha@example.com", "ghost@example.com"):
            with pytest.raises(AuthenticationFailed) as exc:
                services.user_authenticate(request=self.request(), email=email, password="nope")
            codes.add((exc.value.code, exc.value.message))
        assert len(codes) == 1

    def test_unverified_account_cannot_log_in(self):
        UserFactory(email="new@example.com", email_verified_at=None)
        with pytest.raises(AuthenticationFailed) as exc:
            services.user_authenticate(
                request=self.request(), email="new@example.com", password=PASSWORD
            )
        assert exc.value.code == "email_not_verified"

    def test_blocked_account_is_told_only_with_the_right_password(self):
        UserFactory(email="blocked@example.com", is_active=False)
        with pytest.raises(AuthenticationFailed) as exc:
            services.user_authenticate(
                request=self.request(), email="blocked@example.com", password="x"
            )
        assert exc.value.code == "invalid_credentials"
        with pytest.raises(AuthenticationFailed) as exc:
            services.user_authenticate(
                request=self.request(), email="blocked@example.com", password=PASSWORD
            )
        assert exc.value.code == "account_blocked"

    def test_account_locks_after_five_failures_even_for_the_right_password(self):
        UserFactory(email="target@example.com")
        for n in range(5):
            with pytest.raises(AuthenticationFailed):
                services.user_authenticate(
                    request=self.request(ip=f"198.51.100.{n}"),
                    email="target@example.com",
                    password="wrong",
                )
        with pytest.raises(AuthenticationFailed) as exc:
            services.user_authenticate(
                request=self.request(), email="target@example.com", password=PASSWORD
            )
        assert exc.value.code == "login_locked"
        assert exc.value.status == 429

    def test_ip_locks_after_twenty_failures_across_accounts(self):
        UserFactory(email="victim@example.com")
        for n in range(20):
            with pytest.raises(AuthenticationFailed):
                services.user_authenticate(
                    request=self.request(), email=f"guess{n}@example.com", password="wrong"
                )
        with pytest.raises(AuthenticationFailed) as exc:
            services.user_authenticate(
                request=self.request(), email="victim@example.com", password=PASSWORD
            )
        assert exc.value.code == "login_locked"
        # another IP is not affected
        services.user_authenticate(
            request=self.request(ip="192.0.2.1"), email="victim@example.com", password=PASSWORD
        )

    def test_success_clears_the_account_failure_count(self):
        UserFactory(email="typo@example.com")
        for _ in range(4):
            with pytest.raises(AuthenticationFailed):
                services.user_authenticate(
                    request=self.request(), email="typo@example.com", password="wrong"
                )
        services.user_authenticate(
            request=self.request(), email="typo@example.com", password=PASSWORD
        )
        for _ in range(4):
            with pytest.raises(AuthenticationFailed):
                services.user_authenticate(
                    request=self.request(), email="typo@example.com", password="wrong"
                )
        assert services.user_authenticate(
            request=self.request(), email="typo@example.com", password=PASSWORD
        )


class TestEmailChange:
    def test_new_address_applies_only_after_confirmation_and_old_one_is_told(self, on_commit):
        user = UserFactory(email="old@example.com")
        on_commit(
            services.email_change_request, user=user, new_email="New@Example.com", password=PASSWORD
        )
        user.refresh_from_db()
        assert user.email == "old@example.com"
        assert user.pending_email == "new@example.com"
        assert mail.outbox[0].to == ["new@example.com"]

        on_commit(services.email_verify, token=link_token(mail.outbox[0]))
        user.refresh_from_db()
        assert user.email == "new@example.com"
        assert user.pending_email == ""
        assert mail.outbox[1].to == ["old@example.com"]

    def test_wrong_password_same_address_or_taken_address_are_refused(self):
        user = UserFactory(email="me@example.com")
        UserFactory(email="taken@example.com")
        cases = [
            ({"new_email": "other@example.com", "password": "wrong"}, "password"),
            ({"new_email": "ME@example.com", "password": PASSWORD}, "new_email"),
            ({"new_email": "Taken@example.com", "password": PASSWORD}, "new_email"),
            ({"new_email": "not an email", "password": PASSWORD}, "new_email"),
        ]
        for kwargs, field in cases:
            with pytest.raises(ValidationFailed) as exc:
                services.email_change_request(user=user, **kwargs)
            assert field in exc.value.fields, kwargs
        user.refresh_from_db()
        assert user.pending_email == ""

    def test_an_older_change_link_stops_working_after_a_newer_request(self, on_commit):
        user = UserFactory(email="me@example.com")
        on_commit(
            services.email_change_request, user=user, new_email="a@example.com", password=PASSWORD
        )
        first = link_token(mail.outbox[0])
        on_commit(
            services.email_change_request, user=user, new_email="b@example.com", password=PASSWORD
        )
        with pytest.raises(ValidationFailed) as exc:
            services.email_verify(token=first)
        assert exc.value.code == "token_used"


class TestTermsConsent:
    def test_registering_without_accepting_the_terms_is_refused_on_that_field(self):
        """Sign-up needs consent to the terms of use: a field error, and no account."""
        with pytest.raises(ValidationFailed) as exc:
            register(accept_terms=False)
        assert "accept_terms" in exc.value.fields
        assert not User.objects.exists()

    def test_acceptance_time_and_terms_version_are_recorded(self, on_commit, home_page):
        """The account keeps when the terms were accepted and which version (the date and
        revision of the published terms page)."""
        from cms.models import StandardPage

        terms = StandardPage(title="Terms of use", slug="terms")
        home_page.add_child(instance=terms)
        revision = terms.save_revision()
        revision.publish()
        terms.refresh_from_db()
        user = on_commit(register)
        assert user.terms_accepted_at is not None
        assert user.terms_version == f"{terms.last_published_at:%Y-%m-%d}.r{revision.pk}"
