"""A new seller, from sign-up to the first unlocked lead, on the running stack: company profile,
KYC documents scanned by the stack's own clamd and approved by staff in the admin (Verified
Supplier badge), a product with a photo, bulk imports from the downloaded CSV and Excel templates
with their example rows, a lead from a buyer unlocked with a credit, then a plan bought through
the local test payment provider and its GST invoice PDF."""

from __future__ import annotations

import csv
import io
import random
import re
import string
import time
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from playwright.sync_api import expect
from pypdf import PdfReader

from marketplace.companies.demo import demo_pdf, gstin_for
from tests.journeys.people import (
    ADMIN_EMAIL,
    DEMO_PASSWORD,
    admin_login,
    site_login,
)
from tests.journeys.test_buyer import sign_up, verify_email

pytestmark = pytest.mark.journey


def new_pan() -> str:
    """A PAN of a company (fourth letter C) no one else has."""
    letters = "".join(random.choices(string.ascii_uppercase, k=4))
    return f"{letters[:3]}C{letters[3]}{random.randint(1000, 9999)}{random.choice('ABCDEFGH')}"


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (176, 112, 48)).save(buffer, "PNG")
    return buffer.getvalue()


def seller_nav(page, name: str) -> None:
    page.get_by_role("navigation", name="Seller account").get_by_role(
        "link", name=name, exact=True
    ).click()


def wait_for_text(page, locator_fn, pattern: str, timeout: float = 60) -> str:
    """Reload until the text of ``locator_fn(page)`` matches (work the stack's worker does)."""
    deadline = time.monotonic() + timeout
    while True:
        text = locator_fn(page).inner_text()
        if re.search(pattern, text):
            return text
        assert time.monotonic() < deadline, f"still {text!r} after {timeout:.0f} s"
        time.sleep(1.5)
        page.reload()


def staff_approves_documents(page, stack, company: str) -> None:
    """Staff open the verification queue in the admin and approve each of the company's
    documents, seeing each one inline first."""
    admin_login(page, stack.authenticator, ADMIN_EMAIL, DEMO_PASSWORD)
    approved = 0
    while True:
        page.get_by_role("link", name=re.compile(r"Verification queue")).first.click()
        page.get_by_role("heading", name="KYC documents").wait_for()
        row = page.get_by_role("row").filter(has_text=company)
        if not row.count():
            break
        row.first.get_by_role("link", name="Review").click()
        page.get_by_role("button", name="Save decision").wait_for()
        expect(page.locator("iframe")).to_have_count(1)  # the scanned document, inline
        page.get_by_label("Decision").select_option("approve")
        page.wait_for_load_state("load")
        with page.expect_navigation():
            # the PDF viewer can swallow the first click: submit as a keyboard user would
            page.get_by_role("button", name="Save decision").press("Enter")
        page.get_by_text("Decision saved").wait_for()
        approved += 1
    assert approved == 3, f"{approved} documents of {company} were in the queue, not 3"


def test_new_seller_is_verified_lists_imports_gets_a_lead_and_buys_a_plan(
    new_page, stack, unique_email, shot
):
    """Protects the seller's journey on `make run`: KYC scanned by the stack's clamd and approved
    by staff (no document stuck in quarantine), the badge, product and photo, imports from the
    templates' own example rows, a lead unlocked with a Free plan credit, checkout and invoice."""
    email = unique_email("seller")
    suffix = uuid.uuid4().hex[:5]
    company = f"Wayanad Spice Growers {suffix}"
    pan = new_pan()
    gstin = gstin_for("32", pan)
    page = new_page()
    page.goto("/")

    # --- sign up as a seller, verify the address, log in
    sign_up(
        page,
        role_link="Sell on TradeSetu",
        email=email,
        first="Deepa",
        last="Nair",
        company=company,
        country="IN",
    )
    verify_email(page, stack, email)
    site_login(page, email)
    page.get_by_role("heading", name="Seller dashboard").wait_for()
    shot(page, "01-dashboard")

    # --- company profile
    seller_nav(page, "Company profile")
    page.get_by_label(re.compile(r"^legal name", re.I)).fill(f"{company} Private Limited")
    page.get_by_label(re.compile(r"^About")).fill(
        "Growers' collective exporting Wayanad black pepper, turmeric and coffee since 2011."
    )
    page.get_by_label(re.compile(r"^state \(India\)", re.I)).select_option(label="Kerala")
    page.get_by_label(re.compile(r"^City")).fill("Kalpetta")
    page.get_by_label(re.compile(r"^Address")).fill("Industrial Estate, Kalpetta, Kerala 673121")
    page.get_by_label(re.compile(r"^GSTIN")).fill(gstin)
    page.get_by_label(re.compile(r"^PAN")).fill(pan)
    page.get_by_label(re.compile(r"^IEC")).fill(pan)
    page.get_by_label(re.compile(r"^year founded", re.I)).fill("2011")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Company profile saved.").wait_for()

    # --- KYC documents: uploaded, scanned by the stack's clamd, waiting for review
    seller_nav(page, "KYC documents")
    for doc_type, number in (("gst", gstin), ("pan", pan), ("iec", pan)):
        page.get_by_label(re.compile(r"^Document\b")).select_option(doc_type)
        page.get_by_label(re.compile(r"^Number on the document")).fill(number)
        page.get_by_label(re.compile(r"^File")).set_input_files(
            {"name": f"{doc_type}.pdf", "mimeType": "application/pdf", "buffer": demo_pdf(doc_type)}
        )
        page.get_by_role("button", name="Upload").click()
        page.get_by_text("Document uploaded.").wait_for()
    wait_for_text(
        page,
        lambda p: p.get_by_role("table"),
        r"^(?![\s\S]*waiting for virus scan)[\s\S]*Waiting for review",
    )
    statuses = page.get_by_role("table").inner_text()
    assert statuses.count("Waiting for review") == 3, statuses
    shot(page, "02-documents-scanned")
    seller_nav(page, "Verification")
    page.get_by_role("button", name="Submit for review").click()
    page.get_by_text("Our team will review your documents").wait_for()

    # --- staff approve the documents in the admin's verification queue
    staff = new_page()
    staff_approves_documents(staff, stack, company)
    shot(staff, "03-staff-queue-done")

    # --- the Verified Supplier badge, on the dashboard and the public page
    seller_nav(page, "Verification")
    expect(page.get_by_text("Verified Supplier").first).to_be_visible()
    shot(page, "04-verified")
    page.get_by_role("link", name="TradeSetu").first.click()  # back to the public site

    # --- a product with a photo
    seller_nav_from_header(page)
    seller_nav(page, "Products")
    page.get_by_role("link", name="Add a product").first.click()
    choose_category(page, re.compile(r"^Category"), "Turmeric fingers")
    page.get_by_role("button", name="Continue").click()
    product = f"Alleppey turmeric fingers, 5% curcumin {suffix}"
    page.get_by_label(re.compile(r"^Title")).fill(product)
    page.get_by_label(re.compile(r"^Description")).fill(
        "Sun-dried, double polished fingers from Wayanad farms, lab report with every lot."
    )
    page.get_by_label(re.compile(r"^Price from")).fill("4.20")
    page.get_by_label(re.compile(r"^Price to")).fill("5.10")
    page.get_by_label(re.compile(r"^Currency")).select_option("USD")
    page.get_by_label(re.compile(r"^Minimum order quantity")).fill("1000")
    page.get_by_label("Advance payment").check()
    page.get_by_label("FOB", exact=True).check()
    page.get_by_label(re.compile(r"^Form")).select_option(label="Whole")
    page.get_by_label(re.compile(r"^Variety")).select_option(label="Alleppey")
    page.get_by_label(re.compile(r"^Curcumin")).fill("5")
    page.get_by_role("button", name="Save and publish").click()
    page.get_by_text("Product saved.").wait_for()
    page.get_by_label(re.compile(r"^Photo")).set_input_files(
        {"name": "turmeric.png", "mimeType": "image/png", "buffer": png()}
    )
    page.get_by_label(re.compile(r"^Describe the photo")).fill("Turmeric fingers in a jute sack")
    page.get_by_role("button", name="Upload").click()
    page.get_by_text("Photo added.").wait_for()
    shot(page, "05-product-photo")

    # --- its public page shows the photo and the verified supplier behind it
    page.get_by_role("link", name="Back to my products").click()
    page.get_by_role("row").filter(has_text=product).get_by_role("link", name="View").click()
    page.get_by_role("heading", level=1, name=product).wait_for()
    photo = page.get_by_role("img", name="Turmeric fingers in a jute sack").first
    expect(photo).to_be_visible()
    assert photo.evaluate("img => img.complete && img.naturalWidth > 0"), "the photo did not load"
    shot(page, "06-product-public")
    page.get_by_role("main").get_by_role("link", name=company).first.click()
    page.get_by_role("heading", level=1, name=company).wait_for()
    expect(page.get_by_role("heading", name="Verified Supplier")).to_be_visible()
    shot(page, "07-supplier-public-verified")

    # --- bulk import: the CSV template as downloaded (its example rows), then the Excel one
    seller_nav_from_header(page)
    seller_nav(page, "Products")
    page.get_by_role("link", name="Bulk import").first.click()
    choose_category(page, re.compile(r"^Category of the products"), "Turmeric fingers")
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV template").click()
    csv_bytes = Path(download.value.path()).read_bytes()
    examples = list(csv.DictReader(io.StringIO(csv_bytes.decode("utf-8-sig"))))
    assert len(examples) >= 1, csv_bytes[:500]
    import_file(page, "turmeric.csv", "text/csv", csv_bytes, accepted=len(examples))
    shot(page, "08-import-csv-done")

    page.get_by_role("link", name="Import another file").click()
    choose_category(page, re.compile(r"^Category of the products"), "Turmeric fingers")
    with page.expect_download() as download:
        page.get_by_role("link", name="Excel template").click()
    workbook = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    rows = [row for row in sheet.iter_rows(min_row=2) if any(c.value for c in row)]
    assert rows, "the Excel template has no example rows"
    for row in rows:  # the seller's own SKUs and titles in place of the examples'
        row[header.index("sku")].value = f"XL-{row[0].row}-{suffix}"
        row[header.index("title")].value = f"Erode turmeric fingers lot {row[0].row} {suffix}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    import_file(
        page,
        "turmeric.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer.getvalue(),
        accepted=len(rows),
    )
    shot(page, "09-import-xlsx-done")

    # --- a buyer sends an enquiry from the supplier's page; the seller unlocks it with a credit
    buyer = new_page()
    buyer.goto("/")
    site_login(buyer, "buyer1@tradesetu.test", DEMO_PASSWORD)
    buyer.get_by_role("searchbox", name="Search products and suppliers").first.fill(company)
    buyer.get_by_role("searchbox", name="Search products and suppliers").first.press("Enter")
    buyer.get_by_role("link", name="Suppliers", exact=True).click()
    buyer.get_by_role("link", name=company).first.click()
    buyer.get_by_role("link", name="Send enquiry").click()
    rfq_title = f"Alleppey turmeric fingers for Hamburg {suffix}"
    buyer.get_by_label(re.compile(r"^Product you need")).fill(rfq_title)
    buyer.get_by_label(re.compile(r"^Quantity")).fill("3000")
    buyer.get_by_label(re.compile(r"^Destination country")).select_option("DE")
    buyer.get_by_label(re.compile(r"^How many suppliers")).select_option("1")
    buyer.get_by_role("button", name="Send my request").click()
    buyer.get_by_text("on its way").wait_for()

    seller_nav_from_header(page)
    seller_nav(page, "Leads")
    wait_for_text(page, lambda p: p.get_by_role("main"), re.escape(rfq_title))
    page.get_by_role("link", name=rfq_title).click()
    page.get_by_test_id("locked").wait_for()
    assert "buyer1@tradesetu.test" not in page.get_by_test_id("lead").inner_text()
    shot(page, "10-lead-locked")
    page.get_by_role("button", name=re.compile(r"Unlock for 1 credit")).click()
    expect(page.get_by_test_id("contact")).to_contain_text("buyer1@tradesetu.test")
    shot(page, "11-lead-unlocked")

    # --- a plan through the local test payment provider, and its GST invoice
    seller_nav(page, "Plan")
    page.get_by_role("button", name="Get Growth").click()
    page.get_by_role("heading", name="Test checkout").wait_for()
    page.get_by_role("button", name="Pay now").click()
    page.get_by_text(re.compile(r"Payment received")).wait_for(timeout=60_000)
    expect(page.get_by_test_id("current-plan").first).to_contain_text("Growth")
    shot(page, "12-plan-paid")
    seller_nav(page, "Invoices")
    invoice_link = page.get_by_role("link", name=re.compile(r"^Download (PDF|invoice)")).first
    with page.expect_download() as download:
        invoice_link.click()
    pdf = PdfReader(download.value.path())
    text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())  # lines wrap
    assert "Tax invoice" in text and gstin in text and f"{company} Private Limited" in text
    shot(page, "13-invoices")
    # an Indian amount reads with Indian digit grouping (₹3,538.82, not 3538.82)
    total = page.get_by_role("row").nth(1).inner_text()
    assert re.search(r"\d,\d{3}\.\d\d", total), total


def seller_nav_from_header(page) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
    page.get_by_role("navigation", name="Seller account").wait_for()


def choose_category(page, label, name: str) -> None:
    """The category picker: type into its filter (when there is one), pick the category."""
    select = page.get_by_label(label)
    search = page.get_by_label("Filter the categories")
    if search.count():
        search.fill(name)
    value = select.locator("option", has_text=name).first.get_attribute("value")
    select.select_option(value)


def import_file(page, name: str, mime: str, content: bytes, *, accepted: int) -> None:
    """Upload the file and watch the job page: it shows progress by itself (no reload)."""
    page.get_by_label(re.compile(r"^CSV or Excel")).set_input_files(
        {"name": name, "mimeType": mime, "buffer": content}
    )
    publish = page.get_by_label("Publish the imported products")
    if publish.count():
        publish.check()
    page.get_by_role("button", name="Upload and import").click()
    expect(page.get_by_test_id("import-status")).to_have_text("Done", timeout=60_000)
    rejected = page.get_by_test_id("rejected-rows")
    assert not rejected.count(), rejected.inner_text()
    expect(page.get_by_test_id("count-accepted")).to_have_text(str(accepted))
