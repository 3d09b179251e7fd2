"""What buyers, sellers and staff see of RFQs and leads (issue 15's minor items): every RFQ
form error at once with a summary, one title rule with products (kept as typed, too long is a
field error), long titles wrap, claims say what really happens (dates without a double period,
no refund promised for plan unlocks, trust factors as a readable list), the award asks for a
confirmation, "Other suppliers" leaves out those that have the RFQ, inbox counts are tabs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from billing.selectors import credit_balance
from marketplace.leads import services
from marketplace.leads.models import RFQ, BadLeadClaim, Lead
from marketplace.notifications.models import Message
from tests.conftest import admin_login, grant
from tradesetu.errors import ValidationFailed

from .factories import (
    buyer,
    give_credits,
    make_premium,
    owner_of,
    post_rfq,
    rfq_data,
    verified_seller,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(tree, plans):
    sellers = [verified_seller(tree["pepper"], name=f"Pepper House {n}") for n in range(4)]
    user = buyer(first_name="Jonas", email="jonas@weber.example")
    rfq = post_rfq(user, tree["pepper"], max_sellers=3)
    leads = {lead.company_id: lead for lead in Lead.objects.filter(rfq=rfq)}
    shared = [s for s in sellers if s.pk in leads]
    left_out = [s for s in sellers if s.pk not in leads]
    return {"rfq": rfq, "buyer": user, "shared": shared, "left_out": left_out, "leads": leads}


# --------------------------------------------------------------------------- RFQ form


def test_rfq_form_shows_every_error_at_once_with_a_summary(tree, client):
    """A visitor's empty submit lists the RFQ's errors and the account's errors together (the
    account form used to be checked only once the RFQ part was valid), plus the currency a
    target price needs; the summary at the top links to each field."""
    response = client.post(
        "/rfqs/new/",
        {"title": "", "quantity": "", "target_price": "5", "account-email": "not-an-address"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
    for anchor in (
        "id_title",
        "id_quantity",
        "id_destination_country",
        "id_target_currency",
        "id_account-email",
        "id_account-password",
    ):
        assert f'href="#{anchor}"' in summary, anchor
        assert f'id="{anchor}"' in html
    assert not RFQ.objects.exists()


def test_an_over_long_title_is_a_field_error_never_cut(tree, client):
    """151 characters are refused with the length named, by the form and by the service alike
    (the browser used to cut a pasted title at the field's maxlength without a word);
    the title field has no maxlength attribute (browsers cut pasted text there silently)."""
    user = buyer()
    client.force_login(user)
    page = client.get("/rfqs/new/").content.decode()
    title_input = re.search(r'<input[^>]*name="title"[^>]*>', page).group(0)
    assert "maxlength" not in title_input
    long_title = "Turmeric" + "x" * 143
    data = rfq_data(tree["pepper"].pk, title=long_title, max_sellers="3")
    data["category"] = tree["pepper"].pk
    response = client.post("/rfqs/new/", data)
    assert response.status_code == 400
    assert "(it has 151)" in response.content.decode()
    with pytest.raises(ValidationFailed) as exc:
        services.rfq_create(buyer=user, data=rfq_data(tree["pepper"], title=long_title))
    assert "151" in exc.value.fields["title"][0]
    assert not RFQ.objects.exists()


def test_product_titles_follow_the_same_title_rule(tree, plans):
    """The product form uses the same title field: no maxlength attribute, and 151 characters
    are a field error naming the length."""
    from marketplace.catalog.forms import ProductForm

    seller = verified_seller(tree["pepper"], name="Form Pepper Co")
    form = ProductForm(data={"title": "y" * 151}, category=tree["pepper"], company=seller)
    assert "maxlength" not in str(form["title"])
    assert not form.is_valid()
    assert "(it has 151)" in form.errors["title"][0]


def test_titles_are_plain_text_kept_as_typed_like_product_titles(tree, plans, client):
    """``<script>`` in a title is kept as text (as product titles keep it) and escaped on the
    page, not silently removed."""
    from marketplace.catalog.models import Product

    verified_seller(tree["pepper"], name="Script Pepper Co", title="Pepper <script>x</script>")
    assert Product.objects.get(company__name="Script Pepper Co").title.endswith("</script>")
    user = buyer()
    typed = "Black pepper <script>alert(1)</script> & 550 GL"
    rfq = post_rfq(user, tree["pepper"], title=typed)
    assert rfq.title == typed
    client.force_login(user)
    html = client.get(f"/dashboard/buyer/rfqs/{rfq.public_id}/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 550 GL" in html
    assert "<script>alert(1)" not in html


def test_long_unbroken_titles_wrap_on_the_rfq_page_and_in_the_inbox(world, client):
    """A title without spaces wraps: the RFQ page's heading, the lead page and the inbox table
    carry the classes the site CSS gives ``overflow-wrap: anywhere``."""
    css = Path(settings.BASE_DIR, "static/css/site.css").read_text()
    rule = re.search(r"([^}\n]*)\{ overflow-wrap: anywhere; \}", css)
    assert rule and ".wrap-anywhere" in rule.group(1) and ".wrap-table td" in rule.group(1)
    client.force_login(world["buyer"])
    html = client.get(f"/dashboard/buyer/rfqs/{world['rfq'].public_id}/").content.decode()
    assert '<h1 class="wrap-anywhere">' in html
    client.force_login(owner_of(world["shared"][0]))
    inbox = client.get("/dashboard/seller/leads/").content.decode()
    assert 'data-testid="inbox" class="wrap-table"' in inbox


# --------------------------------------------------------------------------- claims


def _unlock(world, seller, *, by_plan: bool, plans=None):
    if by_plan:
        make_premium(seller, plans)
    else:
        give_credits(seller, 1)
    return services.lead_unlock(lead=world["leads"][seller.pk], actor=owner_of(seller))


@override_settings(LANGUAGE_CODE="en")
def test_claim_and_unlock_deadlines_have_no_double_period(world, client):
    """ "until Dec. 10, 2026, 9:22 p.m.." read twice the period the date format ends with; the
    deadlines are now labelled values."""
    seller, locked_seller = world["shared"][0], world["shared"][1]
    lead = _unlock(world, seller, by_plan=False)
    client.force_login(owner_of(seller))
    html = client.get(f"/dashboard/seller/leads/{lead.pk}/").content.decode()
    window = re.search(r'<p data-testid="claim-window">.*?</p>', html, re.S).group(0)
    assert "<time" in window and not re.search(r"\.\s*\.", re.sub(r"<[^>]+>", "", window))
    client.force_login(owner_of(locked_seller))
    html = client.get(f"/dashboard/seller/leads/{world['leads'][locked_seller.pk].pk}/")
    text = re.sub(r"<[^>]+>", "", html.content.decode())
    assert "Can be unlocked until:" in text and not re.search(r"\d \w\.m\.\.", text)


def test_a_plan_unlock_claim_promises_no_refund_and_moves_no_credit(world, plans, staff, client):
    """For a lead the plan unlocked, the admin does not offer "refund the credit", approving
    moves no credit, and the seller's page and message say there was nothing to refund."""
    seller = world["shared"][0]
    lead = _unlock(world, seller, by_plan=True, plans=plans)
    assert lead.unlock_via == Lead.Via.PLAN
    balance = credit_balance(seller)
    client.force_login(owner_of(seller))
    page = client.get(f"/dashboard/seller/leads/{lead.pk}/").content.decode()
    assert "no credit was spent" in page and "gives you the credit back" not in page
    claim = services.claim_create(
        lead=lead, actor=owner_of(seller), reason="fake", evidence="Company does not exist."
    )
    admin_login(client, grant(staff, "wagtailadmin.access_admin"))
    review = client.get(f"/admin/leads/claims/{claim.pk}/").content.decode()
    assert "refund the credit" not in review and "no credit to refund" in review
    response = client.post(f"/admin/leads/claims/{claim.pk}/", {"decision": "approve"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == BadLeadClaim.Status.APPROVED
    assert credit_balance(seller) == balance
    message = Message.objects.get(event="claim.decided", channel="email")
    assert "no credit was spent" in message.body and "back in your balance" not in message.body
    client.force_login(owner_of(seller))
    page = client.get(f"/dashboard/seller/leads/{lead.pk}/").content.decode()
    status = re.search(r'<p data-testid="claim-status">.*?</p>', page, re.S).group(0)
    assert "no credit to refund" in status and "refunded" not in status


def test_a_credit_unlock_claim_still_offers_and_announces_the_refund(world, staff, client):
    """The other case stays as it was: a credit paid, approving refunds it and says so."""
    seller = world["shared"][0]
    lead = _unlock(world, seller, by_plan=False)
    claim = services.claim_create(
        lead=lead, actor=owner_of(seller), reason="fake", evidence="Company does not exist."
    )
    admin_login(client, grant(staff, "wagtailadmin.access_admin"))
    review = client.get(f"/admin/leads/claims/{claim.pk}/").content.decode()
    assert "Approve and refund the credit" in review
    client.post(f"/admin/leads/claims/{claim.pk}/", {"decision": "approve"})
    assert credit_balance(seller) == 1
    message = Message.objects.get(event="claim.decided", channel="email")
    assert "1 credit is back in your balance" in message.body


def test_claim_review_lists_trust_factors_readably(world, staff, client):
    """The trust breakdown was printed as a Python dict; now one translated line per factor."""
    seller = world["shared"][0]
    lead = _unlock(world, seller, by_plan=False)
    claim = services.claim_create(
        lead=lead, actor=owner_of(seller), reason="spam", evidence="Advertising, not a buyer."
    )
    admin_login(client, grant(staff, "wagtailadmin.access_admin"))
    html = client.get(f"/admin/leads/claims/{claim.pk}/").content.decode()
    factors = re.search(r'<ul data-testid="trust-factors">.*?</ul>', html, re.S).group(0)
    assert "<li>Verified e-mail address: +20</li>" in factors
    assert "<li>Phone number on the account: +10</li>" in factors
    assert "verified_email" not in html and "{&#x27;" not in html


# --------------------------------------------------------------------------- award, others


def test_award_asks_for_a_confirmation_that_works_without_javascript(world, client):
    """The Award button opens a confirmation page (a GET changes nothing); only its form's POST
    awards; a POST without the confirmation shows the page too."""
    winner = world["shared"][0]
    url = f"/dashboard/buyer/rfqs/{world['rfq'].public_id}/award/"
    client.force_login(world["buyer"])
    detail = client.get(f"/dashboard/buyer/rfqs/{world['rfq'].public_id}/").content.decode()
    assert f'<form method="get" action="{url}"' in detail
    confirm = client.get(url, {"company": winner.pk})
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert 'data-testid="award-confirm"' in html and winner.name in html
    assert 'name="confirm" value="1"' in html
    assert client.post(url, {"company": winner.pk}).status_code == 200
    world["rfq"].refresh_from_db()
    assert world["rfq"].status == RFQ.Status.OPEN
    response = client.post(url, {"company": winner.pk, "confirm": "1"})
    assert response.status_code == 302
    world["rfq"].refresh_from_db()
    assert world["rfq"].status == RFQ.Status.AWARDED and world["rfq"].awarded_to == winner


def test_award_of_a_supplier_that_did_not_receive_it_is_refused(world, client):
    """Only the suppliers the RFQ reached can be awarded, confirmed or not."""
    client.force_login(world["buyer"])
    url = f"/dashboard/buyer/rfqs/{world['rfq'].public_id}/award/"
    client.post(url, {"company": world["left_out"][0].pk, "confirm": "1"})
    world["rfq"].refresh_from_db()
    assert world["rfq"].status == RFQ.Status.OPEN


def test_other_suppliers_leave_out_those_that_have_the_rfq(world, client):
    """ "Other suppliers in this category" lists only suppliers that did not receive it."""
    client.force_login(world["buyer"])
    html = client.get(f"/dashboard/buyer/rfqs/{world['rfq'].public_id}/").content.decode()
    others = re.search(r'<ul class="supplier-list">.*?</ul>', html, re.S).group(0)
    for seller in world["shared"]:
        assert seller.name not in others
    assert world["left_out"][0].name in others


def test_inbox_counts_are_labelled_filter_tabs(world, client):
    """The counts read "new: 1 viewed: 0" (raw status codes); now translated labelled tabs that
    filter the inbox, the current one marked."""
    seller = world["shared"][0]
    client.force_login(owner_of(seller))
    html = client.get("/dashboard/seller/leads/", {"status": "new"}).content.decode()
    tabs = re.search(r'<nav class="count-tabs".*?</nav>', html, re.S).group(0)
    assert 'href="?status=new" aria-current="page">New <span class="count">1</span>' in tabs
    assert 'href="?">All <span class="count">1</span>' in tabs
    assert 'href="?status=viewed">Viewed <span class="count">0</span>' in tabs
    assert "new: " not in html
