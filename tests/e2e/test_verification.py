"""Seller onboarding to Verified Supplier: documents (EICAR refused by a real clamd), review in the
Wagtail admin behind two-factor authentication, badge with evidence on the public page, and a
block that takes the page down."""

from __future__ import annotations

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from marketplace.companies.demo import demo_pdf
from marketplace.companies.models import Company
from tests.companies.factories import PAN_SEQUENCE
from tests.conftest import EICAR, grant
from tests.factories import PASSWORD, SellerFactory, StaffFactory

pytestmark = pytest.mark.django_db(transaction=True)


def pdf(name: str, title: str) -> dict:
    return {"name": name, "mimeType": "application/pdf", "buffer": demo_pdf(title)}


def code(device: TOTPDevice) -> str:
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_onboarding_review_badge_and_block(page, clamd, live_server):
    from cms.services import home_page_ensure
    from marketplace.companies.demo import gstin_for
    from marketplace.companies.services import company_create

    home_page_ensure()
    seller = SellerFactory(email="meena@deccan.example")
    company = company_create(
        owner=seller, name="Deccan Cashew Exports", kind="seller", country="IN"
    )
    reviewer = grant(
        StaffFactory(email="reviewer@tradesetu.test"),
        "companies.review_kyc",
        "companies.add_block",
        "audit.view_auditevent",
        "wagtailadmin.access_admin",
    )
    device = TOTPDevice.objects.create(user=reviewer, name="phone", confirmed=True)
    pan = next(PAN_SEQUENCE)
    gstin = gstin_for("27", pan)

    # --- the seller completes the profile
    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^E-mail")).fill(seller.email)
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto("/dashboard/seller/company/")
    page.get_by_label(re.compile(r"^legal name", re.I)).fill(
        "Deccan Cashew Exports Private Limited"
    )
    page.get_by_label(re.compile(r"^About")).fill("Processors of W240 and W320 cashew kernels.")
    page.get_by_label(re.compile(r"^state \(India\)", re.I)).select_option(label="Maharashtra")
    page.get_by_label(re.compile(r"^City")).fill("Ratnagiri")
    page.get_by_label(re.compile(r"^Address")).fill("MIDC Ratnagiri, Maharashtra 415639")
    page.get_by_label(re.compile(r"^GSTIN")).fill(gstin)
    page.get_by_label(re.compile(r"^PAN")).fill(pan)
    page.get_by_label(re.compile(r"^IEC")).fill(pan)
    page.get_by_label(re.compile(r"^year founded", re.I)).fill("2009")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Company profile saved.").wait_for()

    # --- documents: the EICAR test file is refused, the real ones go in
    page.goto("/dashboard/seller/documents/")
    page.get_by_label(re.compile(r"^Document\b")).select_option("gst")
    page.get_by_label(re.compile(r"^Number on the document")).fill(gstin)
    page.get_by_label(re.compile(r"^File")).set_input_files(
        {"name": "gst.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n" + EICAR}
    )
    page.get_by_role("button", name="Upload").click()
    page.get_by_text("The file contains malware and was refused.").wait_for()

    for doc_type, number in (("gst", gstin), ("pan", pan), ("iec", pan)):
        page.get_by_label(re.compile(r"^Document\b")).select_option(doc_type)
        page.get_by_label(re.compile(r"^Number on the document")).fill(number)
        page.get_by_label(re.compile(r"^File")).set_input_files(pdf(f"{doc_type}.pdf", doc_type))
        page.get_by_role("button", name="Upload").click()
        page.get_by_text("Document uploaded.").wait_for()
    assert page.get_by_role("cell", name="Waiting for review").count() == 3

    page.goto("/dashboard/seller/onboarding/")
    page.get_by_role("button", name="Submit for review").click()
    page.get_by_text("Our team will review your documents").wait_for()
    page.get_by_role("button", name="Log out").click()

    # --- the reviewer: admin login, two-factor code, verification queue
    page.goto("/admin/login/")
    page.locator("#id_username").fill(reviewer.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.get_by_role("heading", name="Two-factor authentication").wait_for()
    page.get_by_label(re.compile(r"^Code from your authenticator")).fill(code(device))
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    for _ in range(3):
        page.goto("/admin/verification/")
        page.get_by_role("link", name="Review").first.click()
        page.get_by_role("button", name="Save decision").wait_for()
        assert page.locator("iframe").count() == 1  # the document is shown inline
        page.get_by_label("Decision").select_option("approve")
        # The document is shown inline in Chromium's PDF viewer, which can swallow the first
        # mouse click on the page: submit with the keyboard, as a keyboard user would.
        page.wait_for_load_state("load")
        with page.expect_navigation():
            page.get_by_role("button", name="Save decision").press("Enter")
        page.get_by_text("Decision saved").wait_for()
    page.goto("/admin/verification/")
    assert page.get_by_text("Nothing waiting.").count() == 2

    # --- the public profile shows the badge and its evidence
    company.refresh_from_db()
    assert company.is_verified
    page.goto(f"/suppliers/{company.slug}/")
    page.get_by_role("heading", name="Verified Supplier").wait_for()
    evidence = page.get_by_test_id("evidence").locator("li")
    assert evidence.count() == 3
    text = page.get_by_test_id("evidence").inner_text()
    assert gstin not in text and gstin[:2] in text  # partly masked

    # --- staff block the company: the page is gone
    page.goto(f"/admin/verification/companies/{company.pk}/block/")
    page.get_by_label("Reason").fill("Documents reported as forged by the issuing authority")
    page.get_by_role("button", name="Block").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    response = page.goto(f"/suppliers/{company.slug}/")
    assert response.status == 404
    assert Company.objects.get(pk=company.pk).is_blocked
