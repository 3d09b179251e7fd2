"""Provider webhooks: verified on the raw body with each SDK's helper, stored once, applied in
a Celery task (eager here), amounts and currencies checked, replays and disorder harmless."""

import json
import time
from datetime import timedelta
from decimal import Decimal

import pytest
import stripe
from django.core import mail
from django.utils import timezone

from billing import selectors, services
from billing.models import Invoice, Payment, Subscription, WebhookEvent
from marketplace.audit.models import AuditEvent

from .provider_fakes import (
    RequestsRecorder,
    local_webhook,
    razorpay_webhook,
    stripe_session,
    stripe_webhook,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def send(provider, body, headers, path="/webhooks/payments/"):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                f"{path}{provider}", data=body, content_type="application/json", **headers
            )

    return send


def pending(plans, company, owner, *, provider, currency="INR", plan="premium", order_id=""):
    payment = services.checkout_start(
        user=owner,
        company=company,
        plan=plans[plan],
        provider="local",
        currency=currency,
    )
    # as if created at this provider (its order id is what webhooks name)
    Payment.objects.filter(pk=payment.pk).update(
        provider=provider, provider_order_id=order_id or f"{provider}_order_{payment.pk}"
    )
    payment.refresh_from_db()
    return payment


def test_razorpay_payment_captured_activates_premium(post, plans, company, owner):
    payment = pending(plans, company, owner, provider="razorpay")
    body, headers = razorpay_webhook(payment)

    response = post("razorpay", body, headers)

    assert response.status_code == 200
    assert response.json()["status"] == "accepted"
    payment.refresh_from_db()
    assert payment.status == "paid"
    assert payment.provider_payment_id == "pay_Test123"
    subscription = selectors.subscription_current(company)
    assert subscription.plan.slug == "premium"
    assert selectors.credit_balance(company) == 100
    invoice = Invoice.objects.get(payment=payment)
    assert invoice.total == payment.amount
    assert invoice.igst_amount == Decimal("1799.82")
    event = WebhookEvent.objects.get()
    assert (event.status, event.payment) == ("processed", payment)
    assert {"payment.paid", "subscription.start", "credits.grant", "invoice.issue"} <= set(
        AuditEvent.objects.values_list("action", flat=True)
    )
    [message] = mail.outbox
    assert message.to == [owner.email]
    assert message.attachments[0][0] == invoice.filename
    assert message.attachments[0][2] == "application/pdf"


def test_razorpay_sends_captured_and_order_paid_for_one_payment_it_counts_once(
    post, plans, company, owner
):
    payment = pending(plans, company, owner, provider="razorpay")
    post("razorpay", *razorpay_webhook(payment, event="payment.captured"))
    post("razorpay", *razorpay_webhook(payment, event="order.paid"))
    assert Subscription.objects.filter(company=company).count() == 1
    assert Invoice.objects.count() == 1
    assert selectors.credit_balance(company) == 100
    outcomes = list(WebhookEvent.objects.order_by("id").values_list("outcome", flat=True))
    assert outcomes[1] == "already paid"


def test_a_tampered_razorpay_body_is_refused(post, plans, company, owner):
    payment = pending(plans, company, owner, provider="razorpay")
    body, headers = razorpay_webhook(payment)
    tampered = body.replace(b'"amount": 1179882', b'"amount": 100')
    response = post("razorpay", tampered, headers)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_signature"
    wrong_secret = post("razorpay", *razorpay_webhook(payment, secret="guessed"))
    assert wrong_secret.status_code == 400
    assert not WebhookEvent.objects.exists()
    payment.refresh_from_db()
    assert payment.status == "pending"


def test_a_replayed_event_is_a_no_op(post, plans, company, owner):
    payment = pending(plans, company, owner, provider="razorpay")
    body, headers = razorpay_webhook(payment, event_id="evt_same")
    first = post("razorpay", body, headers)
    ends = selectors.subscription_current(company).ends_at
    again = post("razorpay", body, headers)
    assert first.json()["status"] == "accepted"
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    assert WebhookEvent.objects.count() == 1
    assert selectors.subscription_current(company).ends_at == ends
    assert Invoice.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "code"),
    [({"amount": Decimal("1.00")}, "amount_mismatch"), ({"currency": "USD"}, "currency_mismatch")],
)
def test_a_webhook_that_differs_from_the_payment_is_refused_and_recorded(
    post, plans, company, owner, change, code
):
    payment = pending(plans, company, owner, provider="razorpay")
    response = post("razorpay", *razorpay_webhook(payment, **change))
    assert response.status_code == 200  # the provider's delivery is acknowledged...
    event = WebhookEvent.objects.get()
    assert event.status == "rejected"  # ...but it changes nothing
    assert event.outcome.startswith(code)
    payment.refresh_from_db()
    assert payment.status == "pending"
    assert not Subscription.objects.exists()
    assert not Invoice.objects.exists()
    audit = AuditEvent.objects.get(action="payment.rejected")
    assert audit.diff["code"] == code


def test_stripe_checkout_session_completed(post, plans, company, owner):
    payment = pending(plans, company, owner, provider="stripe", currency="USD", order_id="cs_1")
    body, headers = stripe_webhook("checkout.session.completed", stripe_session(payment))
    response = post("stripe", body, headers)
    assert response.status_code == 200
    payment.refresh_from_db()
    assert payment.status == "paid"
    assert payment.provider_payment_id == "pi_Test123"
    assert Invoice.objects.get(payment=payment).currency == "USD"


def test_stripe_signature_is_checked_on_the_raw_body(post, plans, company, owner):
    payment = pending(plans, company, owner, provider="stripe", order_id="cs_2")
    body, headers = stripe_webhook("checkout.session.completed", stripe_session(payment))
    reformatted = body.replace(b'", "', b'","')  # same JSON, other bytes
    assert post("stripe", reformatted, headers).status_code == 400
    old = stripe.WebhookSignature.generate_signature_header(
        body.decode(), "whsec_test_123", timestamp=int(time.time()) - 3600
    )
    assert post("stripe", body, {"HTTP_STRIPE_SIGNATURE": old}).status_code == 400  # too old
    assert post("stripe", body, {"HTTP_STRIPE_SIGNATURE": "t=1,v1=00"}).status_code == 400
    assert post("stripe", body, {}).status_code == 400
    assert not WebhookEvent.objects.exists()


def test_stripe_unpaid_completed_session_waits_for_the_async_payment(post, plans, company, owner):
    payment = pending(plans, company, owner, provider="stripe", order_id="cs_3")
    session = stripe_session(payment, payment_status="unpaid")
    post("stripe", *stripe_webhook("checkout.session.completed", session))
    payment.refresh_from_db()
    assert payment.status == "pending"
    session["payment_status"] = "paid"
    post("stripe", *stripe_webhook("checkout.session.async_payment_succeeded", session))
    payment.refresh_from_db()
    assert payment.status == "paid"


def test_stripe_refund_issues_a_credit_note_and_takes_the_period_back(post, plans, company, owner):
    payment = pending(plans, company, owner, provider="stripe", order_id="cs_4")
    post("stripe", *stripe_webhook("checkout.session.completed", stripe_session(payment)))
    charge = {
        "id": "ch_1",
        "object": "charge",
        "payment_intent": "pi_Test123",
        "amount_refunded": 1179882,
        "currency": "inr",
        "metadata": {"reference": str(payment.reference)},
    }
    post("stripe", *stripe_webhook("charge.refunded", charge))
    post("stripe", *stripe_webhook("charge.refunded", charge))  # a second delivery, new id

    payment.refresh_from_db()
    assert payment.status == "refunded"
    assert payment.refunded_amount == payment.amount
    note = Invoice.objects.get(kind="credit_note")
    invoice = Invoice.objects.get(kind="invoice")
    assert note.original == invoice
    assert note.total == invoice.total and note.igst_amount == invoice.igst_amount
    assert note.number.startswith("TSCN/")
    assert selectors.subscription_current(company) is None
    assert selectors.plan_effective(company).slug == "free"
    assert selectors.credit_balance(company) == 0


def test_a_refund_before_the_capture_wins(post, plans, company, owner):
    """Out of order: the refund arrives first; the late capture must not activate anything."""
    payment = pending(plans, company, owner, provider="razorpay")
    post("razorpay", *razorpay_webhook(payment, event="refund.processed"))
    post("razorpay", *razorpay_webhook(payment, event="payment.captured"))
    payment.refresh_from_db()
    assert payment.status == "refunded"
    assert not Subscription.objects.exists()
    assert not Invoice.objects.exists()
    assert WebhookEvent.objects.order_by("id").last().outcome.startswith("no change")


def test_a_failure_after_success_changes_nothing(post, plans, company, owner):
    payment = pending(plans, company, owner, provider="razorpay")
    post("razorpay", *razorpay_webhook(payment))
    post("razorpay", *razorpay_webhook(payment, event="payment.failed"))
    payment.refresh_from_db()
    assert payment.status == "paid"


def test_renewal_extends_without_overlap(post, plans, company, owner):
    first = pending(plans, company, owner, provider="razorpay")
    post("razorpay", *razorpay_webhook(first))
    ends = selectors.subscription_current(company).ends_at
    second = services.checkout_start(
        user=owner,
        company=company,
        plan=plans["premium"],
        provider="local",
        currency="INR",
        idempotency_key="renew",
    )
    post("local", *local_webhook(second))
    [subscription] = Subscription.objects.filter(company=company)
    assert subscription.ends_at > ends + timedelta(days=27)
    assert Invoice.objects.count() == 2
    numbers = sorted(Invoice.objects.values_list("sequence", flat=True))
    assert numbers == [1, 2]


def test_local_provider_webhook_and_its_tamper_check(post, plans, company, owner):
    payment = services.checkout_start(
        user=owner, company=company, plan=plans["growth"], provider="local", currency="INR"
    )
    body, headers = local_webhook(payment)
    assert post("local", body.replace(b"3538", b"1"), headers).status_code == 400
    assert post("local", body, headers).status_code == 200
    payment.refresh_from_db()
    assert payment.status == "paid"
    # the API path serves the same view
    body, headers = local_webhook(payment, event_id="evt_again")
    assert post("local", body, headers, path="/api/v1/webhooks/payments/").status_code == 200


def test_unknown_provider_and_unknown_payment(post, plans, company, owner, settings):
    assert post("bitcoin", b"{}", {}).status_code == 404
    payment = pending(plans, company, owner, provider="razorpay")
    Payment.objects.filter(pk=payment.pk).update(provider_order_id="order_other")
    payment.provider_order_id = "order_elsewhere"
    payment.reference = "00000000-0000-0000-0000-000000000000"
    post("razorpay", *razorpay_webhook(payment))
    assert WebhookEvent.objects.get().outcome == "no matching payment"


def test_paypal_webhook_is_verified_by_paypal_then_applied(
    post, plans, company, owner, monkeypatch
):
    payment = pending(plans, company, owner, provider="paypal", currency="USD", order_id="5O19")
    recorder = RequestsRecorder(
        [
            ("POST", "/v1/oauth2/token", 200, {"access_token": "A21", "expires_in": 32400}),
            (
                "POST",
                "/v1/notifications/verify-webhook-signature",
                200,
                lambda kwargs: {
                    "verification_status": "SUCCESS"
                    if kwargs["headers"]["Authorization"] == "Bearer A21"
                    and kwargs["json"]["transmission_sig"] == "good"
                    else "FAILURE"
                },
            ),
        ]
    ).install(monkeypatch)
    event = {
        "id": "WH-58D329510W468432D-8HN650336L201105X",
        "event_type": "PAYMENT.CAPTURE.COMPLETED",
        "resource": {
            "id": "3C679366HH908993F",
            "status": "COMPLETED",
            "amount": {"currency_code": "USD", "value": str(payment.amount)},
            "custom_id": str(payment.reference),
            "supplementary_data": {"related_ids": {"order_id": "5O19"}},
        },
    }
    headers = {
        "HTTP_PAYPAL_TRANSMISSION_ID": "69cd13f0-d67a-11e5-baa3-778b53f4ae55",
        "HTTP_PAYPAL_TRANSMISSION_TIME": timezone.now().isoformat(),
        "HTTP_PAYPAL_TRANSMISSION_SIG": "bad",
        "HTTP_PAYPAL_CERT_URL": "https://api.sandbox.paypal.com/v1/notifications/certs/CERT",
        "HTTP_PAYPAL_AUTH_ALGO": "SHA256withRSA",
    }
    assert post("paypal", json.dumps(event), headers).status_code == 400
    headers["HTTP_PAYPAL_TRANSMISSION_SIG"] = "good"
    assert post("paypal", json.dumps(event), headers).status_code == 200
    payment.refresh_from_db()
    assert payment.status == "paid"
    assert payment.provider_payment_id == "3C679366HH908993F"
    verify = [c for c in recorder.calls if "verify-webhook-signature" in c["url"]][-1]
    assert verify["json"]["webhook_id"] == "WH-TEST"
    assert verify["json"]["webhook_event"]["id"] == event["id"]


def test_the_webhook_endpoint_needs_no_csrf_token_or_session(plans, company, owner):
    from django.test import Client

    payment = services.checkout_start(
        user=owner, company=company, plan=plans["growth"], provider="local", currency="INR"
    )
    body, headers = local_webhook(payment)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(owner)  # a session cookie changes nothing either
    response = strict.post(
        "/webhooks/payments/local", data=body, content_type="application/json", **headers
    )
    assert response.status_code == 200


def test_events_whose_task_was_lost_are_queued_again(client, plans, company, owner):
    payment = services.checkout_start(
        user=owner, company=company, plan=plans["growth"], provider="local", currency="INR"
    )
    body, headers = local_webhook(payment)
    # no on-commit execution: as if the broker had lost the task
    client.post("/webhooks/payments/local", data=body, content_type="application/json", **headers)
    event = WebhookEvent.objects.get()
    assert event.status == "received"
    assert services.webhooks_requeue_stuck() == 0  # too recent
    assert services.webhooks_requeue_stuck(now=timezone.now() + timedelta(minutes=6)) == 1
    event.refresh_from_db()
    assert event.status == "processed"
    payment.refresh_from_db()
    assert payment.status == "paid"


def test_paypal_approved_order_is_captured_once(post, plans, company, owner, monkeypatch):
    payment = pending(plans, company, owner, provider="paypal", currency="USD", order_id="5O20")
    recorder = RequestsRecorder(
        [
            ("POST", "/v1/oauth2/token", 200, {"access_token": "A21", "expires_in": 32400}),
            (
                "POST",
                "/v1/notifications/verify-webhook-signature",
                200,
                {"verification_status": "SUCCESS"},
            ),
            (
                "POST",
                "/v2/checkout/orders/5O20/capture",
                201,
                {"id": "5O20", "status": "COMPLETED"},
            ),
        ]
    ).install(monkeypatch)
    event = {
        "id": "WH-APPROVED-1",
        "event_type": "CHECKOUT.ORDER.APPROVED",
        "resource": {"id": "5O20", "status": "APPROVED"},
    }
    headers = {
        "HTTP_PAYPAL_TRANSMISSION_ID": "t-1",
        "HTTP_PAYPAL_TRANSMISSION_TIME": timezone.now().isoformat(),
        "HTTP_PAYPAL_TRANSMISSION_SIG": "sig",
        "HTTP_PAYPAL_CERT_URL": "https://api.sandbox.paypal.com/v1/notifications/certs/CERT",
        "HTTP_PAYPAL_AUTH_ALGO": "SHA256withRSA",
    }
    assert post("paypal", json.dumps(event), headers).status_code == 200
    [capture] = [c for c in recorder.calls if c["url"].endswith("/capture")]
    assert capture["headers"]["PayPal-Request-Id"] == "capture-5O20"
    assert WebhookEvent.objects.get().outcome == "capture requested"
    payment.refresh_from_db()
    assert payment.status == "pending"  # PAYMENT.CAPTURE.COMPLETED confirms it


def test_staff_refund_of_a_local_payment_sends_a_refund_webhook(
    post, plans, company, owner, local_delivery, django_capture_on_commit_callbacks
):
    from tests.conftest import grant
    from tests.factories import StaffFactory

    payment = services.checkout_start(
        user=owner, company=company, plan=plans["growth"], provider="local", currency="INR"
    )
    post("local", *local_webhook(payment))
    payment.refresh_from_db()

    refund = {"payment": payment, "amount": None, "reason": "Asked by the seller"}
    with pytest.raises(services.PermissionDenied):
        services.payment_refund_request(**refund, staff=owner)
    with django_capture_on_commit_callbacks(execute=True):
        services.payment_refund_request(
            **refund, staff=grant(StaffFactory(), "billing.refund_payment")
        )
    payment.refresh_from_db()
    assert payment.status == "refunded"
    assert Invoice.objects.filter(kind="credit_note", payment=payment).count() == 1
    assert selectors.plan_effective(company).slug == "free"
