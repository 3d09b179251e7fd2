"""Checkout: one pending payment per click, what we send to each provider, bad input."""

import json
from decimal import Decimal

import pytest
import stripe

from billing import services
from billing.models import Payment
from marketplace.audit.models import AuditEvent
from marketplace.companies.models import CompanyMember
from tests.factories import SellerFactory

from .factories import owner_of, seller_company
from .provider_fakes import RequestsRecorder, StripeRecorder

pytestmark = pytest.mark.django_db


def start(owner, company, plans, **kwargs):
    values = {"plan": plans["premium"], "provider": "local", "currency": "INR"} | kwargs
    return services.checkout_start(user=owner, company=company, **values)


def test_checkout_creates_a_pending_payment_with_gst(plans, company, owner):
    payment = start(owner, company, plans)
    assert payment.status == "pending"
    assert (payment.base_amount, payment.tax_amount, payment.amount) == (
        Decimal("9999.00"),
        Decimal("1799.82"),
        Decimal("11798.82"),
    )
    assert payment.meta["tax"]["igst"] == "1799.82"  # Maharashtra seller, Karnataka supplier
    assert payment.checkout_url.endswith(f"/billing/test-checkout/{payment.reference}/")
    assert AuditEvent.objects.filter(action="payment.create", entity_id=str(payment.pk)).exists()


def test_the_same_idempotency_key_returns_the_same_payment(plans, company, owner):
    first = start(owner, company, plans, idempotency_key="k1")
    second = start(owner, company, plans, idempotency_key="k1")
    assert first.pk == second.pk
    with pytest.raises(services.Conflict):
        start(owner, company, plans, idempotency_key="k1", plan=plans["growth"])
    assert Payment.objects.count() == 1


def test_a_double_click_without_a_key_reuses_the_pending_payment(plans, company, owner):
    first = start(owner, company, plans)
    second = start(owner, company, plans)
    assert first.pk == second.pk
    other_currency = start(owner, company, plans, currency="USD")
    assert other_currency.pk != first.pk


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"plan": "no-such-plan"}, "unknown_plan"),
        ({"provider": "bitcoin"}, "unknown_provider"),
        ({"currency": "EUR"}, "validation_error"),
        ({"plan": "free"}, "free_plan"),
        ({"provider": "paypal", "currency": "INR"}, "validation_error"),
    ],
)
def test_bad_checkouts_are_refused(plans, company, owner, kwargs, code):
    with pytest.raises(services.DomainError) as caught:
        start(owner, company, plans, **kwargs)
    assert caught.value.code == code
    assert 400 <= caught.value.status < 500
    assert not Payment.objects.exists()


def test_a_disabled_provider_is_unknown(plans, company, owner, settings):
    settings.BILLING_PROVIDERS = ["razorpay"]
    with pytest.raises(services.NotFound):
        start(owner, company, plans, provider="local")


def test_nobody_pays_for_another_company(plans, company):
    stranger = owner_of(seller_company(state="29"))
    with pytest.raises(services.NotFound):
        start(stranger, company, plans)
    staff_member = SellerFactory()
    CompanyMember.objects.create(company=company, user=staff_member, role="staff")
    with pytest.raises(services.PermissionDenied):
        start(staff_member, company, plans)


def test_stripe_checkout_session_request(plans, company, owner, monkeypatch):
    recorder = StripeRecorder(
        {
            "id": "cs_test_a1",
            "object": "checkout.session",
            "url": "https://checkout.stripe.com/c/pay/cs_test_a1",
        }
    )
    monkeypatch.setattr(stripe, "default_http_client", recorder)
    payment = start(owner, company, plans, provider="stripe", currency="USD")

    assert payment.provider_order_id == "cs_test_a1"
    assert payment.checkout_url == "https://checkout.stripe.com/c/pay/cs_test_a1"
    [call] = recorder.calls
    assert call["method"] == "post"
    assert call["url"] == "https://api.stripe.com/v1/checkout/sessions"
    assert call["headers"]["Authorization"] == "Bearer sk_test_123"
    assert call["headers"]["Idempotency-Key"].startswith(f"ts-{company.pk}-")
    form = call["form"]
    assert form["mode"] == "payment"
    assert form["client_reference_id"] == str(payment.reference)
    assert form["line_items[0][price_data][currency]"] == "usd"
    assert form["line_items[0][price_data][unit_amount]"] == "15222"  # 129 + 18% IGST, cents
    assert form["metadata[reference]"] == str(payment.reference)
    assert form["success_url"].endswith(f"/dashboard/seller/payments/{payment.reference}/")


def test_razorpay_order_request(plans, company, owner, monkeypatch):
    recorder = RequestsRecorder(
        [
            (
                "POST",
                "api.razorpay.com/v1/orders",
                200,
                {"id": "order_Test1", "entity": "order", "amount": 1179882, "status": "created"},
            )
        ]
    )
    recorder.install(monkeypatch)
    payment = start(owner, company, plans, provider="razorpay")

    assert payment.provider_order_id == "order_Test1"
    [call] = recorder.calls
    assert call["url"] == "https://api.razorpay.com/v1/orders"
    assert call["auth"] == ("rzp_test_key", "rzp_test_secret")
    sent = json.loads(call["data"])
    assert sent == {
        "amount": 1179882,
        "currency": "INR",
        "receipt": str(payment.reference),
        "notes": {"reference": str(payment.reference)},
    }
    assert payment.meta["client"]["order_id"] == "order_Test1"
    assert payment.meta["client"]["key"] == "rzp_test_key"


def test_paypal_order_request(plans, company, owner, monkeypatch):
    recorder = RequestsRecorder(
        [
            ("POST", "/v1/oauth2/token", 200, {"access_token": "A21", "expires_in": 32400}),
            (
                "POST",
                "/v2/checkout/orders",
                201,
                {
                    "id": "5O190127TN364715T",
                    "status": "PAYER_ACTION_REQUIRED",
                    "links": [
                        {
                            "href": "https://www.sandbox.paypal.com/checkoutnow?token=5O190127TN364715T",
                            "rel": "payer-action",
                            "method": "GET",
                        }
                    ],
                },
            ),
        ]
    )
    recorder.install(monkeypatch)
    payment = start(owner, company, plans, provider="paypal", currency="USD")

    assert payment.provider_order_id == "5O190127TN364715T"
    assert payment.checkout_url.startswith("https://www.sandbox.paypal.com/checkoutnow")
    token_call, order_call = recorder.calls
    assert token_call["data"] == {"grant_type": "client_credentials"}
    assert order_call["headers"]["Authorization"] == "Bearer A21"
    assert order_call["headers"]["PayPal-Request-Id"].startswith(f"ts-{company.pk}-")
    unit = order_call["json"]["purchase_units"][0]
    assert order_call["json"]["intent"] == "CAPTURE"
    assert unit["amount"] == {"currency_code": "USD", "value": "152.22"}
    assert unit["custom_id"] == str(payment.reference)


def test_a_provider_failure_leaves_no_payment(plans, company, owner, monkeypatch):
    monkeypatch.setattr(stripe, "default_http_client", StripeRecorder({"error": {}}, status=500))
    with pytest.raises(services.ProviderUnavailable) as caught:
        start(owner, company, plans, provider="stripe")
    assert caught.value.status == 502
    assert not Payment.objects.exists()
