"""A free seller upgrades to Premium through the local test provider (its hosted checkout page
sends a signed webhook to /webhooks/payments/local, like a real provider), sees the new limits
and credits, and downloads a GST invoice PDF whose number and tax split are right."""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

import pytest
from django.utils import timezone
from pypdf import PdfReader

from billing.models import Invoice, Payment
from billing.tax import IST
from tests.billing.factories import make_plans, owner_of, seller_company
from tests.factories import PASSWORD
from tradesetu.celery import app as celery_app

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def eager_tasks():
    """The provider's webhook delivery and its processing run inside the live server's threads."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


def financial_year_now() -> str:
    today = datetime.now(IST)
    start = today.year if today.month >= 4 else today.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def test_free_seller_upgrades_to_premium_and_downloads_the_gst_invoice(page, settings, eager_tasks):
    settings.BILLING_PROVIDERS = ["local"]
    settings.BILLING_SUPPLIER_STATE_CODE = "29"
    make_plans()
    company = seller_company(state="29", gstin="29AABCK5678L1Z7", legal_name="Mysore Silks LLP")
    # the Free plan's 5 monthly credits come with the new company
    owner = owner_of(company)

    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^E-mail")).fill(owner.email)
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto("/dashboard/seller/")
    assert page.get_by_test_id("current-plan").inner_text().startswith("Free")
    assert "of 10 listed" in page.get_by_test_id("product-limit").inner_text()
    assert page.get_by_test_id("credit-balance").inner_text().startswith("5")

    page.goto("/dashboard/seller/plan/?currency=INR")
    premium = page.locator(".plan-grid > div").filter(has=page.locator('[data-plan="premium"]'))
    assert "₹11,798.82" in premium.inner_text()
    premium.get_by_role("button", name="Get Premium").click()

    page.get_by_role("heading", name="Test checkout").wait_for()
    assert page.get_by_test_id("checkout-amount").inner_text() == "₹11,798.82"
    page.get_by_role("button", name="Pay now").click()

    page.get_by_text("Payment received. Your Premium membership is active.").wait_for(
        timeout=30_000
    )
    assert page.get_by_test_id("current-plan").first.inner_text().startswith("Premium")
    assert "unlimited" in page.get_by_test_id("product-limit").first.inner_text()
    assert page.get_by_test_id("credit-balance").first.inner_text().startswith("105")
    assert "leads unlock automatically" in page.get_by_test_id("credit-balance").first.inner_text()

    number = f"TS/{financial_year_now()}/00001"
    with page.expect_download() as download_info:
        page.get_by_role("link", name=f"Download invoice {number}").click()
    download = download_info.value
    assert download.suggested_filename == number.replace("/", "-") + ".pdf"
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(Path(download.path()).read_bytes())).pages
    )
    assert "Tax invoice" in text and number in text
    assert "Mysore Silks LLP" in text and "29AABCK5678L1Z7" in text
    assert "CGST @ 9%" in text and "SGST @ 9%" in text and "IGST" not in text  # same state
    assert text.count("₹899.91") == 2 and "₹9,999.00" in text and "₹11,798.82" in text

    payment = Payment.objects.get(company=company)
    assert payment.status == "paid"
    assert Invoice.objects.get(payment=payment).number == number
    assert payment.events.get().status == "processed"
    assert payment.subscription.ends_at > timezone.now()

    page.goto("/dashboard/seller/credits/")
    assert page.get_by_test_id("ledger-balance").inner_text() == "105"
