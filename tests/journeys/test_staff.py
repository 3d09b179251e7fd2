"""Staff on the running stack: the admin behind two-factor authentication (TOTP, set up on the
first log-in from the key on the set-up page), the verification queue with the document shown
inline, a bad-lead claim approved with a refund of the seller's credit, and a company and a user
blocked and unblocked from the admin's own listings."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.journeys.people import ADMIN_EMAIL, DEMO_PASSWORD, admin_login, site_login
from tests.journeys.test_seller import seller_nav, wait_for_text

pytestmark = pytest.mark.journey

# demo data loaded by the stack (seed_demo): a verified Free supplier and a buyer no other
# journey uses
SUPPLIER, SUPPLIER_EMAIL = "Coimbatore Pump Industries", "supplier31@tradesetu.test"
BUYER_EMAIL = "buyer3@tradesetu.test"


def credit_balance(page) -> int:
    seller_nav(page, "Lead credits")
    return int(page.get_by_test_id("ledger-balance").inner_text().replace(",", ""))


def search_supplier(page, name: str) -> None:
    box = page.get_by_role("searchbox", name="Search products and suppliers").first
    box.fill(name)
    box.press("Enter")
    page.get_by_role("link", name="Suppliers", exact=True).click()
    page.get_by_role("link", name=name).first.click()
    page.get_by_role("heading", level=1, name=name).wait_for()


def admin_menu(page, name: str, *, section: str = "") -> None:
    """Open an item of the admin's main menu (``section``: the sub-menu it sits in)."""
    menu = page.get_by_role("navigation", name="Main menu")
    if section:
        menu.get_by_role("button", name=section).click()
    menu.get_by_role("link", name=re.compile(rf"^{name}")).first.click()


def test_staff_two_factor_queues_claim_refund_block_and_unblock(new_page, stack, shot):
    """Protects the staff journey: TOTP on the admin, the verification queue, a claim approved
    with the credit refunded to the seller, Block / Unblock of a company and of a user from the
    admin listings (and what that does on the site)."""
    suffix = uuid.uuid4().hex[:5]
    title = f"Monoblock pumps 1 HP, 200 units ({suffix})"

    # --- a buyer's enquiry reaches the supplier, who unlocks it with a credit and reports it
    buyer = new_page()
    buyer.goto("/")
    site_login(buyer, BUYER_EMAIL, DEMO_PASSWORD)
    search_supplier(buyer, SUPPLIER)
    buyer.get_by_role("link", name="Send enquiry").click()
    buyer.get_by_label(re.compile(r"^Product you need")).fill(title)
    buyer.get_by_label(re.compile(r"^Quantity")).fill("200")
    buyer.get_by_label(re.compile(r"^Unit")).fill("pieces")
    buyer.get_by_label(re.compile(r"^Destination country")).select_option("ES")
    buyer.get_by_label(re.compile(r"^How many suppliers")).select_option("1")
    buyer.get_by_role("button", name="Send my request").click()
    buyer.get_by_text("on its way").wait_for()

    seller = new_page()
    seller.goto("/")
    site_login(seller, SUPPLIER_EMAIL, DEMO_PASSWORD)
    credits_before = credit_balance(seller)
    seller_nav(seller, "Leads")
    wait_for_text(seller, lambda p: p.get_by_role("main"), re.escape(title))
    seller.get_by_role("link", name=title).click()
    seller.get_by_role("button", name=re.compile(r"Unlock for 1 credit")).click()
    expect(seller.get_by_test_id("contact")).to_contain_text(BUYER_EMAIL)
    assert credit_balance(seller) == credits_before - 1
    seller_nav(seller, "Leads")
    seller.get_by_role("link", name=title).click()
    seller.get_by_text("Report a bad lead").click()
    seller.get_by_label("The buyer cannot be reached").check()
    seller.get_by_label(re.compile(r"^What happened")).fill(
        "Called three times on Monday and Tuesday, number not in service; the e-mail bounced."
    )
    seller.get_by_role("button", name="Send report").click()
    expect(seller.get_by_test_id("claim-status")).to_contain_text("Waiting for review")

    # --- staff: the admin behind two-factor authentication
    staff = new_page()
    admin_login(staff, stack.authenticator, ADMIN_EMAIL, DEMO_PASSWORD)
    shot(staff, "01-admin-home")

    # --- the verification queue shows each waiting document inline
    admin_menu(staff, "Verification queue")
    staff.get_by_role("heading", name="KYC documents").wait_for()
    staff.get_by_role("main").get_by_role("link", name="Review", exact=True).first.click()
    staff.get_by_role("button", name="Save decision").wait_for()
    expect(staff.locator("iframe")).to_have_count(1)
    shot(staff, "02-verification-review")

    # --- the claims queue: approve with a refund; the seller gets the credit back
    admin_menu(staff, "Bad-lead claims")
    staff.get_by_role("row").filter(has_text=title).get_by_role("link", name="Review").click()
    trust = staff.get_by_test_id("trust-factors").inner_text()
    assert "{" not in trust and "}" not in trust, f"raw data on the claim page: {trust}"
    staff.get_by_label("Approve and refund the credit").check()
    shot(staff, "03-claim-review")
    staff.get_by_role("button", name="Save decision").click()
    expect(staff.get_by_role("row").filter(has_text=title)).to_have_count(0)
    assert credit_balance(seller) == credits_before
    seller_nav(seller, "Leads")
    seller.get_by_role("link", name=title).click()
    expect(seller.get_by_test_id("claim-status")).to_contain_text("the credit was refunded")

    # --- block a company from the companies listing: its public page is gone; then unblock
    visitor = new_page()
    visitor.goto("/")
    search_supplier(visitor, SUPPLIER)
    public_url = visitor.url
    admin_menu(staff, "Companies")
    row = staff.get_by_role("row").filter(has_text=SUPPLIER).first
    row.get_by_role("link", name="Block").click()
    staff.get_by_label(re.compile(r"^Reason")).fill("Journey test: reported for fake certificates")
    staff.get_by_role("button", name="Block").click()
    expect(staff.get_by_role("row").filter(has_text=SUPPLIER).first).to_contain_text("Blocked")
    shot(staff, "04-company-blocked")
    assert visitor.goto(public_url).status == 404
    staff.get_by_role("row").filter(has_text=SUPPLIER).first.get_by_role(
        "link", name="Unblock"
    ).click()
    # the unblock screen shows why it was blocked and takes a note
    staff.get_by_label(re.compile(r"^Reason")).fill("Certificates checked with the issuer: genuine")
    staff.get_by_role("button", name="Unblock").click()
    expect(staff.locator(".messages")).to_contain_text("unblocked")
    assert visitor.goto(public_url).status == 200

    # --- block a user from the users listing: no log-in; then unblock, log-in again
    admin_menu(staff, "Users", section="Settings")
    staff.get_by_label("Search term").fill(BUYER_EMAIL)  # the listing's own search
    staff.keyboard.press("Enter")
    row = staff.get_by_role("row").filter(has_text=BUYER_EMAIL).first
    row.get_by_role("link", name="Block").click()
    staff.get_by_label(re.compile(r"^Reason")).fill("Journey test: spam RFQs")
    staff.get_by_role("button", name="Block").click()
    expect(staff.get_by_role("row").filter(has_text=BUYER_EMAIL).first).to_contain_text("Blocked")
    shot(staff, "05-user-blocked")
    blocked = new_page()
    blocked.goto("/accounts/login/")
    blocked.get_by_label(re.compile(r"^E-mail")).fill(BUYER_EMAIL)
    blocked.get_by_label(re.compile(r"^Password")).fill(DEMO_PASSWORD)
    blocked.get_by_role("button", name="Log in").click()
    expect(blocked.get_by_text("This account is blocked")).to_be_visible()
    staff.get_by_role("row").filter(has_text=BUYER_EMAIL).first.get_by_role(
        "link", name="Unblock"
    ).click()
    # the unblock screen shows why it was blocked and takes a note
    staff.get_by_label(re.compile(r"^Reason")).fill("Spoke to the buyer: a real importer")
    staff.get_by_role("button", name="Unblock").click()
    expect(staff.locator(".messages")).to_contain_text("unblocked")
    site_login(blocked, BUYER_EMAIL, DEMO_PASSWORD)
