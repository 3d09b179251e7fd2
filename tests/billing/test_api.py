"""`/api/v1/` billing endpoints: shapes, permissions, errors through our handler."""

import pytest
from rest_framework.test import APIClient

from billing import services
from billing.models import Payment, Plan
from marketplace.audit.models import AuditEvent
from tests.factories import StaffFactory, UserFactory

from .factories import owner_of, seller_company

pytestmark = pytest.mark.django_db


def test_plans_are_public_with_prices_including_gst(plans):
    response = APIClient().get("/api/v1/plans?currency=INR")
    assert response.status_code == 200
    by_slug = {p["slug"]: p for p in response.json()}
    assert list(by_slug) == ["free", "growth", "premium"]
    assert by_slug["premium"]["max_products"] is None
    assert by_slug["premium"]["price"] == {
        "currency": "INR",
        "amount": "9999.00",
        "amount_with_gst": "11798.82",
    }
    usd = APIClient().get("/api/v1/plans", HTTP_CF_IPCOUNTRY="US").json()
    assert usd[2]["price"]["currency"] == "USD"


def test_checkout_api_is_idempotent(plans, owner_api):
    body = {"plan": "premium", "provider": "local", "currency": "INR"}
    first = owner_api.post(
        "/api/v1/subscriptions/checkout", body, format="json", HTTP_IDEMPOTENCY_KEY="abc"
    )
    second = owner_api.post(
        "/api/v1/subscriptions/checkout", body, format="json", HTTP_IDEMPOTENCY_KEY="abc"
    )
    assert first.status_code == 201 and second.status_code == 200
    assert first.json()["reference"] == second.json()["reference"]
    assert first.json()["amount"] == "11798.82"
    assert first.json()["checkout_url"].startswith("http://testserver/billing/test-checkout/")
    assert Payment.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"plan": "nope", "provider": "local", "currency": "INR"}, 404, "unknown_plan"),
        ({"plan": "premium", "provider": "local", "currency": "EUR"}, 400, "validation_error"),
        ({"plan": "premium", "provider": "cash", "currency": "INR"}, 400, "validation_error"),
    ],
)
def test_checkout_api_errors(plans, owner_api, body, status, code):
    response = owner_api.post("/api/v1/subscriptions/checkout", body, format="json")
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


def test_checkout_for_another_company_is_not_found(plans, owner_api):
    other = seller_company(state="29")
    response = owner_api.post(
        "/api/v1/subscriptions/checkout",
        {"plan": "premium", "provider": "local", "currency": "INR", "company": other.pk},
        format="json",
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "company_not_found"
    assert not Payment.objects.exists()


def test_checkout_needs_authentication(plans):
    response = APIClient().post("/api/v1/subscriptions/checkout", {}, format="json")
    assert response.status_code in (401, 403)


def test_subscription_me_credits_and_invoices(plans, company, owner_api):
    payment = services.checkout_start(
        user=owner_of(company), company=company, plan="growth", provider="local", currency="INR"
    )
    services.payment_confirm(payment=payment, amount=payment.amount, currency="INR")
    me = owner_api.get("/api/v1/subscriptions/me").json()
    assert me["plan"]["slug"] == "growth"
    assert me["status"] == "active"
    assert me["credit_balance"] == 30
    assert me["products_left"] == 50
    ledger = owner_api.get("/api/v1/credits/ledger").json()
    assert ledger["count"] == 1 and ledger["results"][0]["amount"] == 30
    invoices = owner_api.get("/api/v1/invoices").json()["results"]
    assert invoices[0]["number"].startswith("TS/")
    assert invoices[0]["igst_amount"] == "539.82"
    pdf = owner_api.get(f"/api/v1/invoices/{invoices[0]['id']}/pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"


def test_other_companies_invoices_are_invisible(plans, company, owner_api):
    other = seller_company(state="29")
    payment = services.checkout_start(
        user=owner_of(other), company=other, plan="growth", provider="local", currency="INR"
    )
    services.payment_confirm(payment=payment, amount=payment.amount, currency="INR")
    invoice = payment.invoices.get()
    assert owner_api.get("/api/v1/invoices").json()["count"] == 0
    assert owner_api.get(f"/api/v1/invoices/{invoice.pk}/pdf").status_code == 404


def test_buyers_have_no_subscription(plans, api_client):
    api_client.force_authenticate(UserFactory())
    response = api_client.get("/api/v1/subscriptions/me")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "company_not_found"


def test_only_super_admins_create_plans(plans, api_client):
    body = {
        "name": "Enterprise",
        "slug": "enterprise",
        "max_products": None,
        "lead_credits_per_month": None,
        "auto_unlock": True,
        "priority_rank": 30,
        "prices": [{"currency": "INR", "amount": "49999"}, {"currency": "USD", "amount": "599"}],
    }
    api_client.force_authenticate(StaffFactory())
    assert api_client.post("/api/v1/admin/plans", body, format="json").status_code == 403
    admin = UserFactory(is_staff=True, is_superuser=True)
    api_client.force_authenticate(admin)
    response = api_client.post("/api/v1/admin/plans", body, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["price"]["amount_with_gst"] == "58998.82"
    assert Plan.objects.get(slug="enterprise").prices.count() == 2
    assert AuditEvent.objects.filter(action="plan.create", actor=admin).exists()
    again = api_client.post("/api/v1/admin/plans", body, format="json")
    assert again.status_code == 400 and "slug" in again.json()["error"]["fields"]


def test_the_schema_documents_billing(api_client):
    schema = api_client.get("/api/schema/?format=json").json()
    for path in (
        "/api/v1/plans",
        "/api/v1/subscriptions/checkout",
        "/api/v1/subscriptions/me",
        "/api/v1/admin/plans",
        "/api/v1/credits/ledger",
        "/api/v1/invoices",
        "/api/v1/webhooks/payments/{provider}",
    ):
        assert path in schema["paths"], path
