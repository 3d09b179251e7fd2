"""A new buyer signs up, verifies the address from the e-mail the stack sent through a real SMTP
server, posts an RFQ for three suppliers (routed by the stack's Celery worker), sees two of them
unlock the contact details (each seller follows the link in their own new-lead e-mail) and
awards one."""

from __future__ import annotations

import re
import time
import uuid

import pytest
from playwright.sync_api import expect

from tests.journeys.people import DEMO_PASSWORD, PASSWORD, mail_link, site_login

pytestmark = pytest.mark.journey


def sign_up(
    page, *, role_link: str, email: str, first: str, last: str, company: str, country: str
) -> None:
    """The header's sign-up button, the form as a person fills it in."""
    page.get_by_role("navigation", name="Main").get_by_role("link", name=role_link).click()
    page.get_by_label("First name").fill(first)
    page.get_by_label("Last name").fill(last)
    page.get_by_label("Work e-mail").fill(email)
    page.get_by_label("Company name").fill(company)
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    country_code, country = country, page.get_by_label(re.compile(r"^Country"))
    if country.count():
        country.select_option(country_code)
    terms = page.get_by_role("checkbox", name=re.compile(r"terms", re.I))
    if terms.count():
        terms.check()
    page.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Check your inbox").wait_for()


def verify_email(page, stack, email: str) -> None:
    """Open the link from the verification e-mail (the mail app opens it in the browser)."""
    link = mail_link(stack.mailbox, email, r"https?://\S+/accounts/verify/\S+/")
    assert link.startswith(stack.url), f"the e-mailed link {link} does not lead to {stack.url}"
    assert email.split("@")[0] not in link  # the token does not carry the address
    page.goto(link)
    expect(page.get_by_text(re.compile(r"e-mail address is verified", re.I))).to_have_count(1)


def new_lead_mails(mailbox, title: str, count: int, timeout: float = 60.0) -> list:
    """The new-lead e-mails about the RFQ ``title`` (one per supplier it reached)."""
    deadline = time.monotonic() + timeout
    while True:
        with mailbox._lock:
            found = [m for m in mailbox.messages if title in str(m["Subject"])]
        if len(found) >= count or time.monotonic() > deadline:
            assert len(found) >= count, f"{len(found)} new-lead e-mails for {title!r}, not {count}"
            return found
        time.sleep(0.5)


def test_new_buyer_posts_an_rfq_sees_unlocks_and_awards(new_page, stack, unique_email, shot):
    """Protects the buyer's journey: sign-up with a real e-mailed verification link, an RFQ that
    reaches the three suppliers asked for, unlocks shown to the buyer, award with confirmation."""
    email = unique_email("buyer")
    title = f"Turmeric fingers, 5% curcumin, double polished ({uuid.uuid4().hex[:6]})"
    page = new_page()
    page.goto("/")
    sign_up(
        page,
        role_link="Join as a buyer",
        email=email,
        first="Greta",
        last="Hoffmann",
        company="Hoffmann Gewürze GmbH",
        country="DE",
    )
    verify_email(page, stack, email)
    shot(page, "01-verified")
    site_login(page, email)
    page.get_by_role("heading", name="Buyer dashboard").wait_for()

    # --- the RFQ, for three suppliers
    page.get_by_role("link", name="Post a request for quotation").click()
    page.get_by_label(re.compile(r"^Product you need")).fill(title)
    page.get_by_label(re.compile(r"^Quantity")).fill("5000")
    page.get_by_label(re.compile(r"^Destination country")).select_option("DE")
    page.get_by_label(re.compile(r"^Incoterm")).select_option("CIF")
    page.get_by_label(re.compile(r"^Notes for suppliers")).fill(
        "Steam sterilised, 25 kg PP bags, lead-chromate test report with every lot."
    )
    page.get_by_label(re.compile(r"^How many suppliers")).select_option("3")
    shot(page, "02-rfq-form")
    page.get_by_role("button", name="Send my request").click()
    page.get_by_text("on its way").wait_for()

    # --- routing (the stack's worker) reaches the three suppliers asked for
    page.get_by_role("heading", level=1, name=title).wait_for()  # the RFQ's own page
    routing = page.get_by_test_id("rfq-routing")
    # a task after commit; the routing sweep (every 2 minutes) catches a lost one
    deadline = time.monotonic() + 240
    while "of 3" not in (routing.inner_text() if routing.count() else ""):
        assert time.monotonic() < deadline, "the RFQ was not routed within 240 s"
        time.sleep(2)
        page.reload()
    shot(page, "03-rfq-routed")
    assert routing.inner_text().startswith("3 of 3"), routing.inner_text()
    rows = page.get_by_test_id("rfq-leads").locator("tbody tr")
    expect(rows).to_have_count(3)

    # --- two of the sellers read their new-lead e-mail, open the lead and unlock it
    lead_mails = new_lead_mails(stack.mailbox, title, count=2)
    unlocked = []
    for message in lead_mails[:2]:
        seller_email = str(message["To"]).split("<")[-1].strip(">")
        link = re.search(r"https?://\S+/dashboard/seller/leads/\S+", stack.mailbox.text(message))
        assert link, stack.mailbox.text(message)
        seller = new_page()
        seller.goto(link.group(0))  # the seller opens the link in the e-mail
        seller.get_by_label(re.compile(r"^E-mail")).fill(seller_email)
        seller.get_by_label(re.compile(r"^Password")).fill(DEMO_PASSWORD)
        seller.get_by_role("button", name="Log in").click()
        seller.get_by_test_id("lead").wait_for()
        unlock = seller.get_by_role("button", name=re.compile(r"^Unlock"))
        if unlock.count():  # a Premium seller's copy unlocks by plan
            unlock.click()
        expect(seller.get_by_test_id("contact")).to_contain_text(email)
        shot(seller, f"04-seller-unlocked-{len(unlocked) + 1}")
        unlocked.append(seller_email)

    # --- the buyer sees both unlocks and awards one, after a confirmation
    page.reload()
    leads = page.get_by_test_id("rfq-leads")
    expect(leads.get_by_text(re.compile(r"^Unlocked your contact"))).to_have_count(2)
    shot(page, "05-rfq-unlocks")
    winner = (
        leads.locator("tbody tr")
        .filter(has_text="Unlocked your contact")
        .first.get_by_role("link")
        .first.inner_text()
    )
    page.get_by_role("button", name=f"Award to {winner}").click()
    page.get_by_test_id("award-confirm").wait_for()
    page.get_by_role("button", name=f"Yes, award to {winner}").click()
    expect(page.get_by_test_id("rfq-status")).to_have_text("Awarded")
    expect(page.get_by_role("status")).to_contain_text(f"Marked as awarded to {winner}")
    shot(page, "06-awarded")
