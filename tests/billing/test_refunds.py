"""Staff refunds: what we send to each provider, the local provider end to end (its webhook
applies the refund), validation, reservations against double refunds, refusals, permissions and
the Wagtail admin screen."""

import json
from decimal import Decimal

import pytest
import requests
import stripe

from billing import selectors, services
from billing.models import Invoice, Payment, WebhookEvent
from marketplace.audit.models import AuditEvent
from tests.conftest import admin_login, grant
from tests.factories import StaffFactory, UserFactory

from .provider_fakes import (
    RequestsRecorder,
    StripeRecorder,
    razorpay_webhook,
    stripe_refund,
    stripe_webhook,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def refunder(db):
    """Staff allowed to refund (and to reach the Wagtail admin)."""
    return grant(StaffFactory(), "billing.refund_payment", "wagtailadmin.access_admin")


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def send(provider, body, headers):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                f"/webhooks/payments/{provider}",
                data=body,
                content_type="application/json",
                **headers,
            )

    return send


def paid(plans, company, owner, *, provider="local", currency="INR", payment_id="pay_Test123"):
    """A confirmed premium payment, as if made at ``provider``."""
    payment = services.checkout_start(
        user=owner, company=company, plan=plans["premium"], provider="local", currency=currency
    )
    if provider != "local":
        Payment.objects.filter(pk=payment.pk).update(
            provider=provider, provider_order_id=f"{provider}_order_{payment.pk}"
        )
        payment.refresh_from_db()
    services.payment_confirm(
        payment=payment,
        amount=payment.amount,
        currency=currency,
        provider_payment_id=payment_id if provider != "local" else "",
    )
    payment.refresh_from_db()
    return payment


def refund(payment, staff, *, amount=None, reason="Customer asked within 7 days", **kwargs):
    return services.payment_refund_request(
        payment=payment,
        amount=None if amount is None else Decimal(amount),
        staff=staff,
        reason=reason,
        **kwargs,
    )


def requests_of(payment):
    payment.refresh_from_db()
    return payment.meta.get("refund_requests", [])


# --------------------------------------------------------------------------- what we send


def refunded_charge(payment, amount_refunded: int = 500000) -> dict:
    """Stripe's charge object as `charge.refunded` carries it (the running refunded total)."""
    return {
        "id": "ch_1",
        "object": "charge",
        "payment_intent": "pi_Test123",
        "amount_refunded": amount_refunded,
        "currency": "inr",
        "metadata": {"reference": str(payment.reference)},
    }


def test_stripe_refund_request(plans, company, owner, refunder, monkeypatch, post):
    payment = paid(plans, company, owner, provider="stripe", payment_id="pi_Test123")
    recorder = StripeRecorder(
        {"id": "re_1", "object": "refund", "status": "succeeded", "amount": 500000}
    )
    monkeypatch.setattr(stripe, "default_http_client", recorder)

    assert refund(payment, refunder, amount="5000.00") == "re_1"

    [call] = recorder.calls
    assert call["method"] == "post"
    assert call["url"] == "https://api.stripe.com/v1/refunds"
    assert call["headers"]["Idempotency-Key"] == f"rf_{payment.reference.hex}_1"
    assert call["form"]["payment_intent"] == "pi_Test123"
    assert call["form"]["amount"] == "500000"  # paise
    assert call["form"]["metadata[reference]"] == str(payment.reference)
    # nothing is refunded until Stripe's webhook says so, but the amount is reserved
    payment.refresh_from_db()
    assert payment.refunded_amount == 0 and payment.status == "paid"
    assert not Invoice.objects.filter(kind="credit_note").exists()
    assert selectors.payment_refundable(payment) == payment.amount - Decimal("5000.00")
    [entry] = requests_of(payment)
    assert (entry["status"], entry["refund_id"]) == ("sent", "re_1")
    audit = AuditEvent.objects.get(action="payment.refund_requested")
    assert audit.actor == refunder
    assert audit.diff["amount"] == "5000.00" and audit.diff["reason"].startswith("Customer")

    post("stripe", *stripe_webhook("charge.refunded", refunded_charge(payment)))
    payment.refresh_from_db()
    assert payment.refunded_amount == Decimal("5000.00") and payment.status == "paid"
    assert Invoice.objects.get(kind="credit_note").total == Decimal("5000.00")
    assert requests_of(payment)[0]["status"] == "confirmed"
    assert selectors.payment_refund_reserved(payment) == 0
    assert selectors.payment_refundable(payment) == payment.amount - Decimal("5000.00")


def test_razorpay_refund_request(plans, company, owner, refunder, monkeypatch, post):
    payment = paid(plans, company, owner, provider="razorpay")
    recorder = RequestsRecorder(
        [
            (
                "POST",
                "api.razorpay.com/v1/payments/pay_Test123/refund",
                200,
                {"id": "rfnd_1", "entity": "refund", "amount": 100000, "status": "pending"},
            )
        ]
    ).install(monkeypatch)

    assert refund(payment, refunder, amount="1000") == "rfnd_1"

    [call] = recorder.calls
    key = f"rf_{payment.reference.hex}_1"
    assert call["url"] == "https://api.razorpay.com/v1/payments/pay_Test123/refund"
    assert call["auth"] == ("rzp_test_key", "rzp_test_secret")
    assert call["headers"]["X-Refund-Idempotency"] == key
    assert json.loads(call["data"]) == {
        "amount": 100000,
        "speed": "normal",
        "receipt": key[:40],
        "notes": {"reference": str(payment.reference), "reason": "Customer asked within 7 days"},
    }
    body, headers = razorpay_webhook(
        payment, event="refund.processed", amount=Decimal(1000), refund_id="rfnd_1"
    )
    post("razorpay", body, headers)
    payment.refresh_from_db()
    assert payment.refunded_amount == Decimal("1000.00")
    assert requests_of(payment)[0]["status"] == "confirmed"


def test_paypal_refund_request(plans, company, owner, refunder, monkeypatch, settings):
    settings.PAYPAL_API_BASE = "https://api-m.sandbox.paypal.com"
    payment = paid(plans, company, owner, provider="paypal", currency="USD", payment_id="3C67")
    recorder = RequestsRecorder(
        [
            ("POST", "/v1/oauth2/token", 200, {"access_token": "A21", "expires_in": 32400}),
            (
                "POST",
                "/v2/payments/captures/3C67/refund",
                201,
                {"id": "1JU08902781691411", "status": "COMPLETED"},
            ),
        ]
    ).install(monkeypatch)

    assert refund(payment, refunder, amount="50", reason="Duplicate order") == "1JU08902781691411"

    call = recorder.calls[-1]
    assert call["url"] == "https://api-m.sandbox.paypal.com/v2/payments/captures/3C67/refund"
    assert call["headers"]["Authorization"] == "Bearer A21"
    assert call["headers"]["PayPal-Request-Id"] == f"rf_{payment.reference.hex}_1"
    assert call["json"] == {
        "amount": {"value": "50.00", "currency_code": "USD"},
        "note_to_payer": "Duplicate order",
    }


# --------------------------------------------------------------------------- local, end to end


def test_local_full_refund_end_to_end(
    plans, company, owner, refunder, local_delivery, django_capture_on_commit_callbacks
):
    payment = paid(plans, company, owner)
    assert selectors.credit_balance(company) == 100

    with django_capture_on_commit_callbacks(execute=True):
        refund_id = refund(payment, refunder)  # None: all that is left

    assert refund_id.startswith("local_rfnd_")
    payment.refresh_from_db()
    assert payment.status == "refunded"
    assert payment.refunded_amount == payment.amount
    note = Invoice.objects.get(kind="credit_note", payment=payment)
    assert note.total == payment.amount
    assert selectors.plan_effective(company).slug == "free"
    assert selectors.credit_balance(company) == 0
    [entry] = requests_of(payment)
    assert (entry["status"], entry["refund_id"]) == ("confirmed", refund_id)
    event = WebhookEvent.objects.get(event_type="refund.succeeded")
    assert event.normalized["refund_id"] == refund_id and event.status == "processed"
    # the provider delivering the same refund again changes nothing
    from billing.tasks import local_webhook_send

    with django_capture_on_commit_callbacks(execute=True):
        local_webhook_send(payment.pk, "refund.succeeded", str(payment.amount), refund_id)
    assert WebhookEvent.objects.filter(event_type="refund.succeeded").count() == 2
    assert Invoice.objects.filter(kind="credit_note").count() == 1
    payment.refresh_from_db()
    assert payment.refunded_amount == payment.amount


def test_local_partial_refunds_then_the_rest(
    plans, company, owner, refunder, local_delivery, django_capture_on_commit_callbacks
):
    payment = paid(plans, company, owner)
    with django_capture_on_commit_callbacks(execute=True):
        refund(payment, refunder, amount="1000", reason="Goodwill")
    payment.refresh_from_db()
    assert payment.status == "paid" and payment.refunded_amount == Decimal("1000.00")
    assert selectors.plan_effective(company).slug == "premium"  # a partial refund keeps it
    with django_capture_on_commit_callbacks(execute=True):
        refund(payment, refunder, reason="Cancelled the membership")
    payment.refresh_from_db()
    assert payment.status == "refunded"
    assert sorted(Invoice.objects.filter(kind="credit_note").values_list("total", flat=True)) == [
        Decimal("1000.00"),
        payment.amount - Decimal("1000.00"),
    ]
    assert selectors.credit_balance(company) == 0


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("amount", "reason", "fields"),
    [
        ("11798.83", "Too much", {"amount"}),  # a cent above the payment
        ("0", "Nothing", {"amount"}),
        ("-5", "Negative", {"amount"}),
        ("1.005", "Sub-cent", {"amount"}),
        ("100", "  ", {"reason"}),
        ("0", "", {"amount", "reason"}),
    ],
)
def test_bad_refund_requests_are_refused_with_field_messages(
    plans, company, owner, refunder, monkeypatch, amount, reason, fields
):
    payment = paid(plans, company, owner, provider="stripe", payment_id="pi_Test123")
    recorder = StripeRecorder({"id": "re_x", "object": "refund", "status": "succeeded"})
    monkeypatch.setattr(stripe, "default_http_client", recorder)
    with pytest.raises(services.ValidationFailed) as caught:
        refund(payment, refunder, amount=amount, reason=reason)
    assert caught.value.status == 400
    assert set(caught.value.fields) == fields
    assert all(caught.value.fields[name][0] for name in fields)
    assert not recorder.calls
    assert requests_of(payment) == []


def test_an_unpaid_payment_is_not_refundable(plans, company, owner, refunder):
    payment = services.checkout_start(
        user=owner, company=company, plan=plans["premium"], provider="local", currency="INR"
    )
    with pytest.raises(services.ValidationFailed) as caught:
        refund(payment, refunder, amount="100")
    assert caught.value.code == "not_refundable"
    assert "Waiting for payment" in caught.value.fields["non_field_errors"][0]


def test_a_fully_reserved_payment_refuses_a_second_request(
    plans, company, owner, refunder, monkeypatch
):
    payment = paid(plans, company, owner, provider="stripe", payment_id="pi_Test123")
    recorder = StripeRecorder({"id": "re_1", "object": "refund", "status": "pending"})
    monkeypatch.setattr(stripe, "default_http_client", recorder)
    refund(payment, refunder)  # the whole amount, not yet confirmed by Stripe

    other = grant(StaffFactory(), "billing.refund_payment")
    with pytest.raises(services.ValidationFailed) as caught:
        refund(payment, other, amount="1", reason="Another reason")
    assert "Nothing is left to refund" in caught.value.fields["amount"][0]
    assert len(recorder.calls) == 1


def test_a_double_click_asks_the_provider_once(plans, company, owner, refunder, monkeypatch):
    payment = paid(plans, company, owner, provider="stripe", payment_id="pi_Test123")
    recorder = StripeRecorder({"id": "re_1", "object": "refund", "status": "pending"})
    monkeypatch.setattr(stripe, "default_http_client", recorder)
    assert refund(payment, refunder, amount="500") == "re_1"
    assert refund(payment, refunder, amount="500") == "re_1"  # the same request again
    assert len(recorder.calls) == 1
    assert len(requests_of(payment)) == 1
    assert selectors.payment_refund_reserved(payment) == Decimal("500.00")


# --------------------------------------------------------------------------- provider answers


def test_a_provider_refusal_is_clear_and_reserves_nothing(
    plans, company, owner, refunder, monkeypatch
):
    payment = paid(plans, company, owner, provider="stripe", payment_id="pi_Test123")
    error = {
        "error": {
            "type": "invalid_request_error",
            "code": "charge_already_refunded",
            "message": "Charge ch_1 has already been refunded.",
        }
    }
    monkeypatch.setattr(stripe, "default_http_client", StripeRecorder(error, status=400))
    with pytest.raises(services.ProviderRefused) as caught:
        refund(payment, refunder, amount="100")
    assert "Stripe refused the refund" in caught.value.message
    assert "already been refunded" in caught.value.message
    payment.refresh_from_db()
    assert selectors.payment_refundable(payment) == payment.amount
    [entry] = requests_of(payment)
    assert entry["status"] == "failed"
    assert AuditEvent.objects.filter(action="payment.refund_refused", actor=refunder).exists()
    assert not AuditEvent.objects.filter(action="payment.refund_requested").exists()


def test_no_answer_keeps_the_reservation_and_a_retry_sends_the_same_key(
    plans, company, owner, refunder, monkeypatch
):
    payment = paid(plans, company, owner, provider="razorpay")

    def unreachable(session, method, url, **kwargs):
        raise requests.ConnectionError("connection reset")

    monkeypatch.setattr(requests.Session, "request", unreachable)
    with pytest.raises(services.ProviderUnavailable):
        refund(payment, refunder, amount="1000")
    assert requests_of(payment)[0]["status"] == "unsure"
    assert selectors.payment_refund_reserved(payment) == Decimal("1000.00")

    recorder = RequestsRecorder(
        [("POST", "/refund", 200, {"id": "rfnd_9", "entity": "refund", "status": "processed"})]
    ).install(monkeypatch)
    assert refund(payment, refunder, amount="1000") == "rfnd_9"
    [call] = recorder.calls
    assert call["headers"]["X-Refund-Idempotency"] == f"rf_{payment.reference.hex}_1"
    [entry] = requests_of(payment)
    assert (entry["status"], entry["attempts"]) == ("sent", 2)


# --------------------------------------------------------------------------- refunds that fail later


def stripe_refund_sent(plans, company, owner, refunder, monkeypatch, amount="5000"):
    payment = paid(plans, company, owner, provider="stripe", payment_id="pi_Test123")
    recorder = StripeRecorder({"id": "re_1", "object": "refund", "status": "pending"})
    monkeypatch.setattr(stripe, "default_http_client", recorder)
    assert refund(payment, refunder, amount=amount) == "re_1"
    payment.refresh_from_db()
    return payment, recorder


def test_a_stripe_refund_that_fails_later_is_released_and_can_be_sent_again(
    plans, company, owner, refunder, monkeypatch, post
):
    payment, recorder = stripe_refund_sent(plans, company, owner, refunder, monkeypatch)
    assert selectors.payment_refundable(payment) == payment.amount - Decimal("5000.00")
    failed = stripe_refund(payment, "re_1", Decimal(5000), reason="expired_or_canceled_card")
    body, headers = stripe_webhook("refund.failed", failed, event_id="evt_fail_1")

    assert post("stripe", body, headers).status_code == 200

    event = WebhookEvent.objects.get(event_id="evt_fail_1")
    assert (event.status, event.normalized["kind"]) == ("processed", "refund.failed")
    assert event.outcome == "refund request 1 failed; 5000.00 released"
    [entry] = requests_of(payment)
    assert entry["status"] == "failed"
    assert entry["failure_reason"] == "expired_or_canceled_card"
    assert "expired_or_canceled_card" in entry["error"]
    assert selectors.payment_refund_reserved(payment) == 0
    assert selectors.payment_refundable(payment) == payment.amount
    # nothing had been refunded on our side, and nothing is now
    assert payment.refunded_amount == 0 and payment.status == "paid"
    assert not Invoice.objects.filter(kind="credit_note").exists()
    audit = AuditEvent.objects.get(action="payment.refund_failed")
    assert audit.diff == {
        "company": company.pk,
        "provider": "stripe",
        "amount": "5000.00",
        "currency": "INR",
        "request": 1,
        "idempotency_key": f"rf_{payment.reference.hex}_1",
        "refund_id": "re_1",
        "failure_reason": "expired_or_canceled_card",
        "released": True,
    }

    # a replay, and Stripe's other events about the same failure, change nothing
    assert post("stripe", body, headers).json()["status"] == "duplicate"
    post("stripe", *stripe_webhook("refund.updated", failed))
    post("stripe", *stripe_webhook("charge.refund.updated", failed))
    outcomes = list(
        WebhookEvent.objects.exclude(event_id="evt_fail_1").values_list("outcome", flat=True)
    )
    assert outcomes == ["no change: refund request 1 already failed"] * 2
    assert AuditEvent.objects.filter(action="payment.refund_failed").count() == 1
    assert requests_of(payment)[0]["updated_at"] == entry["updated_at"]

    # staff retry: the same refund goes out again as a new request, with a new key
    recorder.response = {"id": "re_2", "object": "refund", "status": "pending"}
    assert refund(payment, refunder, amount="5000") == "re_2"
    assert [call["headers"]["Idempotency-Key"] for call in recorder.calls] == [
        f"rf_{payment.reference.hex}_1",
        f"rf_{payment.reference.hex}_2",
    ]
    first, second = requests_of(payment)
    assert (first["status"], second["status"], second["refund_id"]) == ("failed", "sent", "re_2")
    assert selectors.payment_refund_reserved(payment) == Decimal("5000.00")


def test_stripe_refund_updates_that_are_not_failures_are_ignored(
    plans, company, owner, refunder, monkeypatch, post
):
    payment, _ = stripe_refund_sent(plans, company, owner, refunder, monkeypatch)
    pending_refund = stripe_refund(payment, "re_1", Decimal(5000), status="pending")
    post("stripe", *stripe_webhook("refund.updated", pending_refund))
    assert WebhookEvent.objects.get().status == "ignored"
    assert requests_of(payment)[0]["status"] == "sent"


def test_a_razorpay_refund_that_fails_later_is_released(
    plans, company, owner, refunder, monkeypatch, post
):
    payment = paid(plans, company, owner, provider="razorpay")
    recorder = RequestsRecorder(
        [("POST", "/refund", 200, {"id": "rfnd_1", "entity": "refund", "status": "pending"})]
    ).install(monkeypatch)
    assert refund(payment, refunder, amount="1000") == "rfnd_1"
    payment.refresh_from_db()
    assert selectors.payment_refund_reserved(payment) == Decimal("1000.00")

    body, headers = razorpay_webhook(
        payment, event="refund.failed", amount=Decimal(1000), refund_id="rfnd_1"
    )
    assert post("razorpay", body, headers).json()["status"] == "accepted"
    assert post("razorpay", body, headers).json()["status"] == "duplicate"
    # the same failure delivered again under another event id
    headers = {**headers, "HTTP_X_RAZORPAY_EVENT_ID": "evt_again"}
    post("razorpay", body, headers)

    assert list(WebhookEvent.objects.order_by("id").values_list("status", "outcome")) == [
        ("processed", "refund request 1 failed; 1000.00 released"),
        ("processed", "no change: refund request 1 already failed"),
    ]
    [entry] = requests_of(payment)
    assert entry["status"] == "failed" and entry["error"]
    assert selectors.payment_refundable(payment) == payment.amount
    assert payment.refunded_amount == 0
    assert AuditEvent.objects.get(action="payment.refund_failed").diff["refund_id"] == "rfnd_1"

    recorder.routes = [
        ("POST", "/refund", 200, {"id": "rfnd_2", "entity": "refund", "status": "pending"})
    ]
    assert refund(payment, refunder, amount="1000") == "rfnd_2"
    assert recorder.calls[-1]["headers"]["X-Refund-Idempotency"] == (
        f"rf_{payment.reference.hex}_2"
    )


def test_a_tampered_refund_failure_is_refused(plans, company, owner, refunder, monkeypatch, post):
    payment, _ = stripe_refund_sent(plans, company, owner, refunder, monkeypatch)
    body, headers = stripe_webhook("refund.failed", stripe_refund(payment, "re_1", 5000))
    assert post("stripe", body.replace(b"re_1", b"re_2"), headers).status_code == 400
    body, headers = razorpay_webhook(
        payment, event="refund.failed", refund_id="re_1", secret="guessed"
    )
    assert post("razorpay", body, headers).status_code == 400
    assert not WebhookEvent.objects.exists()
    assert requests_of(payment)[0]["status"] == "sent"


def test_a_failure_of_an_unknown_refund_is_ignored(
    plans, company, owner, refunder, monkeypatch, post
):
    payment, _ = stripe_refund_sent(plans, company, owner, refunder, monkeypatch)
    unknown = stripe_refund(payment, "re_not_ours", Decimal(5000), reason="unknown")
    assert post("stripe", *stripe_webhook("refund.failed", unknown)).status_code == 200
    event = WebhookEvent.objects.get()
    assert event.status == "ignored" and event.payment == payment
    assert "re_not_ours" in event.outcome
    assert requests_of(payment)[0]["status"] == "sent"
    assert selectors.payment_refund_reserved(payment) == Decimal("5000.00")
    assert not AuditEvent.objects.filter(action="payment.refund_failed").exists()


def test_a_failure_after_the_refund_was_confirmed_keeps_the_credit_note(
    plans, company, owner, refunder, monkeypatch, post
):
    payment, _ = stripe_refund_sent(plans, company, owner, refunder, monkeypatch)
    post("stripe", *stripe_webhook("charge.refunded", refunded_charge(payment)))
    failed = stripe_refund(payment, "re_1", Decimal(5000), reason="lost_or_stolen_card")
    post("stripe", *stripe_webhook("refund.failed", failed))

    [entry] = requests_of(payment)
    assert entry["status"] == "confirmed" and entry["failure_reason"] == "lost_or_stolen_card"
    assert payment.refunded_amount == Decimal("5000.00")
    assert Invoice.objects.filter(kind="credit_note").count() == 1
    assert AuditEvent.objects.get(action="payment.refund_failed").diff["released"] is False
    assert "correct by hand" in WebhookEvent.objects.get(event_type="refund.failed").outcome


# --------------------------------------------------------------------------- permission


def test_only_staff_with_the_permission_refund(plans, company, owner, monkeypatch):
    payment = paid(plans, company, owner, provider="stripe", payment_id="pi_Test123")
    recorder = StripeRecorder({"id": "re_1", "object": "refund", "status": "pending"})
    monkeypatch.setattr(stripe, "default_http_client", recorder)
    not_staff = grant(UserFactory(), "billing.refund_payment")
    for user in (owner, StaffFactory(), not_staff):
        with pytest.raises(services.PermissionDenied):
            refund(payment, user, amount="1")
    assert not recorder.calls
    superuser = UserFactory(is_staff=True, is_superuser=True)
    assert refund(payment, superuser, amount="1") == "re_1"


# --------------------------------------------------------------------------- the admin screen


def test_the_admin_refund_screen(
    client, plans, company, owner, refunder, local_delivery, django_capture_on_commit_callbacks
):
    payment = paid(plans, company, owner)
    admin = admin_login(client, refunder)
    url = f"/admin/billing/payments/{payment.pk}/refund/"

    listing = admin.get("/admin/billing_payments/")
    assert listing.status_code == 200 and url in listing.content.decode()
    page = admin.get(url)
    assert page.status_code == 200
    assert page.context["form"].initial["amount"] == payment.amount

    too_much = admin.post(url, {"amount": "99999", "reason": "Too much"})
    assert too_much.status_code == 400
    assert "At most 11798.82 INR can be refunded" in too_much.content.decode()
    no_reason = admin.post(url, {"amount": "100", "reason": ""})
    assert no_reason.status_code == 400
    assert no_reason.context["form"].errors["reason"]

    with django_capture_on_commit_callbacks(execute=True):
        done = admin.post(url, {"amount": "100", "reason": "Goodwill"})
    assert done.status_code == 302
    after = admin.get(done.url)
    html = after.content.decode()
    assert "Refund requested from Local test provider" in html
    assert "Confirmed by the provider" in html
    payment.refresh_from_db()
    assert payment.refunded_amount == Decimal("100.00")


def test_the_admin_refund_screen_is_for_refunders_with_two_factors(client, plans, company, owner):
    payment = paid(plans, company, owner)
    url = f"/admin/billing/payments/{payment.pk}/refund/"
    staff = grant(StaffFactory(), "wagtailadmin.access_admin")
    refused = admin_login(client, staff).get(url)
    assert refused.status_code in (302, 403) and getattr(refused, "url", "") != url
    client.logout()
    refunder = grant(StaffFactory(), "billing.refund_payment", "wagtailadmin.access_admin")
    client.force_login(refunder)  # no second factor
    response = client.get(url)
    assert response.status_code == 302 and url not in response.url


def test_the_admin_refund_screen_shows_a_failed_refund_and_its_reason(
    client, plans, company, owner, refunder, monkeypatch, post
):
    payment, _ = stripe_refund_sent(plans, company, owner, refunder, monkeypatch)
    failed = stripe_refund(payment, "re_1", Decimal(5000), reason="expired_or_canceled_card")
    post("stripe", *stripe_webhook("refund.failed", failed))

    page = admin_login(client, refunder).get(f"/admin/billing/payments/{payment.pk}/refund/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Refused by the provider" in html
    assert "Stripe could not complete the refund: expired_or_canceled_card" in html
    assert "refund its amount again to retry" in html
    assert page.context["refundable"] == payment.amount
    assert page.context["form"].initial["amount"] == payment.amount
