"""Pricing page and seller billing pages."""

import pytest

from billing import demo, services
from billing.models import Invoice, Plan, PricingPage
from cms.models import HomePage
from marketplace.accounts import demo as accounts_demo
from tests.conftest import admin_login

from .factories import owner_of, seller_company

pytestmark = pytest.mark.django_db


@pytest.fixture
def pricing_page(plans, home_page):
    page = PricingPage(title="Pricing", slug="pricing", intro="<p>Simple plans.</p>")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_pricing_page_shows_prices_with_gst_in_the_visitors_currency(client, pricing_page):
    india = client.get("/pricing/", HTTP_ACCEPT_LANGUAGE="en-IN")
    assert india.status_code == 200
    html = india.content.decode()
    assert "₹11,798.82" in html and "₹9,999.00 + 18% GST" in html
    abroad = client.get("/pricing/", HTTP_ACCEPT_LANGUAGE="en-GB")
    assert "$152.22" in abroad.content.decode()
    asked = client.get("/pricing/?currency=INR", HTTP_ACCEPT_LANGUAGE="en-GB")
    assert "₹3,538.82" in asked.content.decode()


def test_plan_taglines_and_badges_follow_the_visitors_language(client, plans, home_page):
    """The demo plans' tagline and badge are in the catalogue: the Arabic pricing page shows
    them in Arabic; text an admin typed that the catalogue lacks shows as typed."""
    from cms.services import page_translation_ensure

    page = PricingPage(title="Pricing", slug="pricing", intro="<p>Simple plans.</p>")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    page_translation_ensure(page=home_page, language_code="ar", fields={"title": "الرئيسية"})
    page_translation_ensure(page=page, language_code="ar", fields={"title": "الأسعار"})
    premium, growth = plans["premium"], plans["growth"]
    premium.tagline = "Unlimited listings, automatic lead unlocks and top placement."
    premium.badge = "Premium member"
    premium.save()
    growth.tagline = "Quarterly special for tea exporters"
    growth.save()
    arabic = client.get("/ar/pricing/").content.decode()
    assert "عضو مميز" in arabic and "منتجات غير محدودة وفتح تلقائي" in arabic
    assert "Quarterly special for tea exporters" in arabic
    assert "Premium member" in client.get("/pricing/").content.decode()


def test_plan_page_checkout_and_local_test_provider(
    owner_client, plans, company, django_capture_on_commit_callbacks, monkeypatch
):
    page = owner_client.get("/dashboard/seller/plan/?currency=INR")
    assert page.status_code == 200
    assert "Free" in page.content.decode()
    response = owner_client.post(
        "/dashboard/seller/plan/checkout/",
        {"plan": "premium", "provider": "local", "currency": "INR", "idempotency_key": "x1"},
    )
    assert response.status_code == 302
    checkout_url = response["Location"]
    assert "/billing/test-checkout/" in checkout_url
    path = checkout_url.replace("http://testserver", "")
    assert "No money moves" in owner_client.get(path).content.decode()

    sent = []

    def fake_post(url, data, headers, timeout):  # the local provider delivering its webhook
        sent.append(url)
        with django_capture_on_commit_callbacks(execute=True):
            return owner_client.post(
                url.replace("http://testserver", ""),
                data=data,
                content_type="application/json",
                HTTP_X_LOCAL_SIGNATURE=headers["X-Local-Signature"],
            )

    monkeypatch.setattr("billing.tasks.requests.post", fake_post)
    with django_capture_on_commit_callbacks(execute=True):
        paid = owner_client.post(path, {"outcome": "pay"})
    assert sent == ["http://testserver/webhooks/payments/local"]
    status = owner_client.get(paid["Location"])
    html = status.content.decode()
    assert "Payment received" in html and "Premium" in html
    assert "Download invoice TS/" in html


def test_seller_pages_and_other_companies(owner_client, plans, company):
    services.credits_grant(company=company, amount=3, reason="hello")
    assert "hello" in owner_client.get("/dashboard/seller/credits/").content.decode()
    assert owner_client.get("/dashboard/seller/invoices/").status_code == 200
    other = seller_company(state="29")
    payment = services.checkout_start(
        user=owner_of(other), company=other, plan="growth", provider="local", currency="INR"
    )
    services.payment_confirm(payment=payment, amount=payment.amount, currency="INR")
    invoice = payment.invoices.get()
    assert owner_client.get(f"/dashboard/seller/invoices/{invoice.pk}/pdf/").status_code == 404
    assert owner_client.get(f"/dashboard/seller/payments/{payment.reference}/").status_code == 404
    assert owner_client.get(f"/billing/test-checkout/{payment.reference}/").status_code == 404


def test_dashboard_shows_plan_and_credits(owner_client, plans, company):
    services.credits_grant(company=company, amount=5, reason="monthly")
    html = owner_client.get("/dashboard/seller/").content.decode()
    assert 'data-testid="credit-balance">5' in html
    assert 'data-testid="current-plan">Free' in html


def test_demo_seed_is_idempotent(home_page):
    accounts_demo.seed()
    first = demo.seed()
    counts = (PricingPage.objects.count(), Plan.objects.count(), Invoice.objects.count())
    again = demo.seed()
    assert (PricingPage.objects.count(), Plan.objects.count(), Invoice.objects.count()) == counts
    assert again["paid"] == 0
    assert counts[0] == 5  # English, and its translations in es, ar, fr, hi
    page = PricingPage.objects.get(locale__language_code="en")
    assert page.get_parent().specific_class is HomePage
    assert page.live and first["plans"] == 3 and first["paid"] == 2
    assert Plan.objects.get(is_default=True).slug == "free"


def test_plans_in_the_wagtail_admin_are_for_super_admins_only(client, plans):
    from django.contrib.auth.models import Permission

    from tests.factories import StaffFactory, UserFactory

    admin = admin_login(client, UserFactory(is_staff=True, is_superuser=True))
    listing = admin.get("/admin/billing_plans/")
    assert listing.status_code == 200 and "Premium" in listing.content.decode()
    assert admin.get("/admin/billing_plans/new/").status_code == 200
    assert admin.get("/admin/billing_payments/").status_code == 200
    assert admin.get("/admin/billing_invoices/").status_code == 200

    staff = StaffFactory()
    staff.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="billing", codename__endswith="_plan"),
        Permission.objects.get(codename="access_admin"),
    )
    client.logout()
    other = admin_login(client, staff)
    assert other.get("/admin/billing_plans/").status_code in (302, 403)
    assert other.get("/admin/billing_plans/new/").status_code in (302, 403)


def test_staff_adjust_credits_in_the_admin(client, plans, company):
    from django.contrib.auth.models import Permission

    from billing import selectors
    from tests.factories import StaffFactory

    staff = StaffFactory()
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    admin = admin_login(client, staff)
    assert admin.get("/admin/billing/credits/adjust/").status_code == 200
    response = admin.post(
        "/admin/billing/credits/adjust/",
        {"company": company.pk, "amount": 7, "reason": "Goodwill after an outage"},
    )
    assert response.status_code == 302
    assert selectors.credit_balance(company) == 7


def _payment(company, status):
    payment = services.checkout_start(
        user=owner_of(company), company=company, plan="growth", provider="local", currency="INR"
    )
    type(payment).objects.filter(pk=payment.pk).update(status=status)
    return payment


def test_a_failed_payment_stops_refreshing_and_says_what_to_do(owner_client, plans, company):
    """A failed payment used to show "Failed" beside "Waiting for the payment provider… This
    page refreshes by itself" and kept reloading; it now says it failed and offers next steps."""
    payment = _payment(company, "failed")
    html = owner_client.get(f"/dashboard/seller/payments/{payment.reference}/").content.decode()
    assert 'http-equiv="refresh"' not in html
    assert "refreshes by itself" not in html
    assert "The payment failed. You have not been charged." in html
    assert "Try again" in html and "/dashboard/seller/plan/" in html


def test_a_pending_payment_refreshes_until_the_provider_confirms(owner_client, plans, company):
    """While the provider has not answered, the page reloads itself and says so."""
    payment = _payment(company, "pending")
    html = owner_client.get(f"/dashboard/seller/payments/{payment.reference}/").content.decode()
    assert 'http-equiv="refresh"' in html
    assert "refreshes by itself" in html
