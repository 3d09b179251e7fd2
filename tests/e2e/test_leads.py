"""The heart of the product, in a browser: a buyer posts an RFQ for 3 suppliers (routed by a real
Celery worker); a free seller sees the redacted lead, unlocks it with a credit and sees the
contact; a Premium seller's copy unlocks by plan; a fourth seller never sees it; the buyer sees
both unlocks and awards one."""

from __future__ import annotations

import re
import time

import pytest

from billing.selectors import credit_balance
from marketplace.leads.models import RFQ, Lead
from tests.billing.factories import make_plans
from tests.catalog.factories import spice_tree
from tests.factories import PASSWORD
from tests.leads.factories import buyer, make_premium, owner_of, verified_seller

pytestmark = pytest.mark.django_db(transaction=True)


def login(page, email):
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^E-mail")).fill(email)
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/dashboard/"))


def test_rfq_to_leads_to_award(page, celery_worker):
    plans = make_plans()
    tree = spice_tree()
    # four equally matching suppliers; the fourth is made to rank last (it serves no market we ship to)
    free = verified_seller(tree["pepper"], name="Free Pepper Co", markets=["DE"])
    premium = verified_seller(tree["pepper"], name="Premium Pepper Co", markets=["DE"])
    third = verified_seller(tree["pepper"], name="Third Pepper Co", markets=["DE"])
    fourth = verified_seller(tree["pepper"], name="Fourth Pepper Co", moq="90000")
    make_premium(premium, plans)  # the free seller has the Free plan's 5 credits from the start
    jonas = buyer(first_name="Jonas", last_name="Weber", email="jonas@weber-feinkost.de")

    # --- the buyer posts an RFQ for three suppliers
    login(page, jonas.email)
    page.goto(f"/rfqs/new/?category={tree['pepper'].pk}")
    page.get_by_label(re.compile(r"^Product you need")).fill(
        "Black pepper 550 GL, steam sterilised"
    )
    page.get_by_label(re.compile(r"^Quantity")).fill("2000")
    page.get_by_label(re.compile(r"^Destination country")).select_option("DE")
    page.get_by_label(re.compile(r"^Incoterm")).select_option("CIF")
    page.get_by_label(re.compile(r"^Notes for suppliers")).fill(
        "Please call +49 40 1234567 after 10:00."
    )
    page.get_by_label(re.compile(r"^How many suppliers")).select_option("3")
    page.get_by_role("button", name="Send my request").click()
    page.get_by_text("on its way").wait_for()

    rfq = RFQ.objects.get(buyer=jonas)
    deadline = time.monotonic() + 30
    while rfq.routing_status == RFQ.Routing.PENDING and time.monotonic() < deadline:
        time.sleep(0.3)
        rfq.refresh_from_db()
    assert rfq.routing_status == RFQ.Routing.ROUTED
    shared = set(Lead.objects.filter(rfq=rfq).values_list("company_id", flat=True))
    assert shared == {free.pk, premium.pk, third.pk}

    # --- the free seller: redacted lead, unlock with a credit, contact visible
    login(page, owner_of(free).email)
    page.goto("/dashboard/seller/leads/")
    page.get_by_role("link", name="Black pepper 550 GL, steam sterilised").click()
    page.get_by_test_id("locked").wait_for()
    body = page.get_by_test_id("lead").inner_text()
    assert "jonas@weber-feinkost.de" not in body and "1234567" not in body and "Weber" not in body
    assert page.get_by_test_id("trust").inner_text().startswith(str(rfq.trust_score))
    page.get_by_role("button", name=re.compile(r"Unlock for 1 credit")).click()
    page.get_by_test_id("contact").wait_for()
    contact = page.get_by_test_id("contact").inner_text()
    assert "jonas@weber-feinkost.de" in contact and "Jonas Weber" in contact
    assert credit_balance(free) == 4

    # --- the Premium seller's copy unlocks by plan, no credit spent
    login(page, owner_of(premium).email)
    lead = Lead.objects.get(rfq=rfq, company=premium)
    page.goto(f"/dashboard/seller/leads/{lead.pk}/")
    page.get_by_test_id("contact").wait_for()
    lead.refresh_from_db()
    assert lead.unlock_via == Lead.Via.PLAN

    # --- the fourth seller never sees it
    login(page, owner_of(fourth).email)
    page.goto("/dashboard/seller/leads/")
    assert page.get_by_text("Black pepper 550 GL").count() == 0
    response = page.goto(f"/dashboard/seller/leads/{lead.pk}/")
    assert response.status == 404

    # --- the buyer sees both unlocks and awards one
    login(page, jonas.email)
    page.goto(f"/dashboard/buyer/rfqs/{rfq.public_id}/")
    leads_table = page.get_by_test_id("rfq-leads")
    assert leads_table.get_by_text("Unlocked your contact").count() == 2
    page.get_by_role("button", name="Award to Free Pepper Co").click()
    page.get_by_test_id("award-confirm").get_by_role(
        "button", name="Yes, award to Free Pepper Co"
    ).click()  # awarding is final, so it is confirmed first
    page.get_by_test_id("rfq-status").filter(has_text="Awarded").wait_for()
    rfq.refresh_from_db()
    assert rfq.status == RFQ.Status.AWARDED and rfq.awarded_to_id == free.pk
