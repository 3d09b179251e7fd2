"""Routing keeps its promise (issue 15): it widens in documented steps when the RFQ's category
holds fewer eligible sellers than the buyer asked for, a seller whose products match the RFQ
always ranks above one whose products do not, and the buyer is told how many sellers the RFQ
reached and why (RFQ page and API)."""

from __future__ import annotations

import pytest

from marketplace.catalog.models import Category
from marketplace.catalog.taxonomy import taxonomy_load
from marketplace.leads import routing, selectors
from marketplace.leads.models import RFQ, Lead

from .factories import add_product, buyer, make_premium, post_rfq, verified_seller

pytestmark = pytest.mark.django_db


def _received(rfq) -> list[str]:
    return list(
        Lead.objects.filter(rfq=rfq).order_by("-score").values_list("company__name", flat=True)
    )


@pytest.fixture
def taxonomy(plans):
    taxonomy_load()
    return {c.slug: c for c in Category.objects.all()}


def test_turmeric_rfq_reaches_the_turmeric_seller_before_a_pepper_trader(taxonomy):
    """The demo walk of issue 15, on the real taxonomy with the demo sellers' profiles: Guntur
    Chilli Exports (verified, turmeric fingers, export markets CN, TH, MY, LK, BD, US) was left
    out of a turmeric RFQ to the Emirates because routing treated export markets as the only
    countries served, and Malabar Pepper Traders (pepper and dry ginger, a sibling category of
    turmeric fingers, exports to AE) received it instead. Now the turmeric seller receives it
    first, the pepper trader only fills a place the turmeric sellers could not, and the buyer
    is told."""
    turmeric = taxonomy["turmeric-fingers"]
    assert taxonomy["dry-ginger"].parent_id == turmeric.parent_id  # siblings
    guntur = verified_seller(
        taxonomy["dried-red-chilli"],
        name="Guntur Chilli Exports",
        title="Teja dried red chilli, stemless",
        markets=["CN", "TH", "MY", "LK", "BD", "US"],
    )
    add_product(guntur, turmeric, "Salem turmeric fingers, double polished")
    malabar = verified_seller(
        taxonomy["black-pepper"],
        name="Malabar Pepper Traders",
        title="Malabar black pepper 550 GL",
        markets=["DE", "NL", "US", "AE", "GB", "SA"],
    )
    add_product(malabar, taxonomy["dry-ginger"], "Cochin dry ginger, limed")
    rfq = post_rfq(
        buyer(),
        turmeric,
        title="Turmeric finger for grinding",
        destination_country="AE",
        quantity="12000",
        max_sellers=3,
    )
    rfq.refresh_from_db()
    leads = {lead.company.name: lead for lead in Lead.objects.filter(rfq=rfq)}
    assert set(leads) == {"Guntur Chilli Exports", "Malabar Pepper Traders"}
    assert rfq.routing_step == RFQ.RoutingStep.SIBLINGS
    summary = selectors.rfq_routing_summary(rfq)
    assert (summary.reached, summary.asked, summary.step) == (2, 3, "siblings")
    assert "Turmeric fingers" in summary.explanation
    assert "fewer suppliers than you asked" in summary.explanation


@pytest.fixture
def world(plans):
    """Food → Spices → {Turmeric fingers (the RFQ's), Dry ginger}; Food → Herbs → Basil;
    Health → Extracts → Plant extracts; Textiles → Yarn."""
    food = Category.objects.create(name="Food", slug="w-food")
    spices = Category.objects.create(name="Spices", slug="w-spices", parent=food)
    herbs = Category.objects.create(name="Herbs", slug="w-herbs", parent=food)
    health = Category.objects.create(name="Health", slug="w-health")
    extracts = Category.objects.create(name="Extracts", slug="w-extracts", parent=health)
    textiles = Category.objects.create(name="Textiles", slug="w-textiles")
    leaf = {
        "turmeric": Category.objects.create(
            name="Turmeric fingers", slug="w-turmeric", parent=spices
        ),
        "ginger": Category.objects.create(name="Dry ginger", slug="w-ginger", parent=spices),
        "basil": Category.objects.create(name="Basil", slug="w-basil", parent=herbs),
        "plant": Category.objects.create(name="Plant extracts", slug="w-plant", parent=extracts),
        "yarn": Category.objects.create(name="Cotton yarn", slug="w-yarn", parent=textiles),
    }
    sellers = {
        "exact": verified_seller(leaf["turmeric"], name="Exact", title="Erode turmeric fingers"),
        "sibling": verified_seller(leaf["ginger"], name="Sibling", title="Dry ginger slices"),
        "branch": verified_seller(leaf["basil"], name="Branch", title="Dried basil leaves"),
        "words": verified_seller(
            leaf["plant"], name="Words", title="Turmeric fingers extract, 95% curcumin"
        ),
        "unrelated": verified_seller(leaf["yarn"], name="Unrelated", title="Combed cotton yarn"),
    }
    return {"leaf": leaf, "sellers": sellers}


@pytest.mark.parametrize(
    ("asked", "received", "step"),
    [
        (1, ["Exact"], "category"),
        (2, ["Exact", "Words"], "words"),
        (3, ["Exact", "Words", "Sibling"], "words"),
        (4, ["Exact", "Words", "Sibling", "Branch"], "words"),
        (10, ["Exact", "Words", "Sibling", "Branch"], "words"),
    ],
)
def test_routing_widens_in_documented_steps_matching_sellers_first(world, asked, received, step):
    """Only when the category is short does routing widen; the seller whose product matches the
    RFQ's words (in another branch) comes before the sibling and parent-branch sellers whose
    products do not match; a seller matching nothing never receives it, even when places are
    left."""
    rfq = post_rfq(buyer(), world["leaf"]["turmeric"], title="Turmeric fingers", max_sellers=asked)
    ranked = routing.rank(routing.eligible_candidates(rfq), asked, seed=1)
    assert [c.name for c in ranked] == received
    assert set(_received(rfq)) == set(received)
    rfq.refresh_from_db()
    assert rfq.routing_step == step


def test_a_matching_seller_ranks_above_a_better_scored_one_that_does_not_match(world, plans):
    """Score never lifts a seller without a matching product above one that has it: the
    sibling seller on the top plan, with country experience and a perfect response record,
    still comes after the plain seller whose product matches."""
    sibling = world["sellers"]["sibling"]
    make_premium(sibling, plans)
    from marketplace.companies.models import SellerProfile

    SellerProfile.objects.filter(company=sibling).update(export_markets="DE")
    rfq = post_rfq(buyer(), world["leaf"]["turmeric"], title="Turmeric fingers", max_sellers=10)
    candidates = {c.name: c for c in routing.eligible_candidates(rfq)}
    assert candidates["Sibling"].score > candidates["Words"].score
    assert not candidates["Sibling"].matches and candidates["Words"].matches
    order = [c.name for c in routing.rank(list(candidates.values()), 10)]
    assert order.index("Words") < order.index("Sibling")
    assert order[0] == "Exact"


def test_words_match_half_the_content_words_in_english_stems(world):
    """ "Turmeric fingers for grinding" has three content words (stop word left out, stems):
    a title holding two of them matches, one holding only one does not."""
    assert routing.rfq_words("Turmeric fingers for grinding") == ["turmer", "finger", "grind"]
    matching = set(
        routing.products_matching_words(
            routing.rfq_words("Turmeric fingers for grinding")
        ).values_list("company__name", flat=True)
    )
    assert matching == {"Exact", "Words"}
    add_product(world["sellers"]["unrelated"], world["leaf"]["yarn"], "Finger-spun yarn")
    matching = set(
        routing.products_matching_words(
            routing.rfq_words("Turmeric fingers for grinding")
        ).values_list("company__name", flat=True)
    )
    assert "Unrelated" not in matching


def test_countries_not_served_still_exclude(world):
    """A seller that says it does not serve the destination never receives the RFQ."""
    from marketplace.companies.models import SellerProfile

    SellerProfile.objects.filter(company=world["sellers"]["exact"]).update(negative_countries="DE")
    rfq = post_rfq(buyer(), world["leaf"]["turmeric"], title="Turmeric fingers", max_sellers=10)
    assert "Exact" not in _received(rfq)


def test_buyer_page_and_api_say_how_many_sellers_it_reached_and_why(world, client, api_client):
    """Asked for 10, reached 4: the RFQ page and ``GET /api/v1/rfqs/{id}`` say so, with the
    widest step and the explanation."""
    user = buyer()
    rfq = post_rfq(user, world["leaf"]["turmeric"], title="Turmeric fingers", max_sellers=10)
    client.force_login(user)
    page = client.get(f"/dashboard/buyer/rfqs/{rfq.public_id}/").content.decode()
    assert 'data-testid="rfq-routing"' in page
    assert "<strong>4 of 10</strong> · Too few suppliers list products in" in page
    assert "match the words of your request" in page
    listing = client.get("/dashboard/buyer/rfqs/").content.decode()
    assert "reached 4 of 10" in listing
    api_client.force_authenticate(user)
    routing_data = api_client.get(f"/api/v1/rfqs/{rfq.public_id}").json()["routing"]
    assert routing_data["reached"] == 4 and routing_data["asked"] == 10
    assert routing_data["step"] == "words" and routing_data["status"] == "routed"
    assert routing_data["explanation"].endswith(routing_data["reason"])
    assert "fewer suppliers than you asked" in routing_data["explanation"]


def test_a_full_category_tells_the_buyer_it_reached_everyone_asked(world, client):
    """Asked 1, reached 1 in the category itself: no widening is mentioned."""
    user = buyer()
    rfq = post_rfq(user, world["leaf"]["turmeric"], title="Turmeric fingers", max_sellers=1)
    summary = selectors.rfq_routing_summary(rfq)
    assert (summary.reached, summary.asked, summary.step) == (1, 1, "category")
    assert "Too few" not in summary.explanation and "fewer" not in summary.explanation
    assert summary.reason == ""
    client.force_login(user)
    page = client.get(f"/dashboard/buyer/rfqs/{rfq.public_id}/").content.decode()
    assert "<strong>1 of 1</strong> · Every supplier you asked for received it." in page


def test_capacity_compares_moqs_in_the_rfqs_unit_only(world):
    """An MOQ of 100 kg said nothing about an order of 12 tonnes but counted as "every MOQ is
    above it" (12 < 100): only MOQs in the RFQ's unit (any case, singular or plural) count."""
    from marketplace.catalog.models import Product

    rfq = post_rfq(
        buyer(), world["leaf"]["turmeric"], title="Turmeric fingers", quantity="12", unit="tonnes"
    )
    exact = {c.name: c for c in routing.eligible_candidates(rfq)}["Exact"]
    assert "capacity" not in exact.factors  # its MOQ is 100 kg
    Product.objects.filter(company=world["sellers"]["exact"]).update(moq=5, moq_unit="Tonne")
    exact = {c.name: c for c in routing.eligible_candidates(rfq)}["Exact"]
    assert exact.factors["capacity"] == 10
    Product.objects.filter(company=world["sellers"]["exact"]).update(moq=20, moq_unit="MT")
    assert routing.unit_pattern("mt.") == routing.unit_pattern("MTs")
    exact = {c.name: c for c in routing.eligible_candidates(rfq)}["Exact"]
    assert "capacity" not in exact.factors
