"""Routing: who is eligible, how they are ranked, top N only, safe to re-run."""

from __future__ import annotations

import pytest

from marketplace.catalog.models import Category
from marketplace.companies.services import company_block
from marketplace.leads import routing, services
from marketplace.leads.models import RFQ, Lead

from .factories import buyer, make_premium, post_rfq, verified_seller

pytestmark = pytest.mark.django_db


@pytest.fixture
def sellers(tree, plans):
    sibling = Category.objects.create(
        name="White pepper", slug="t-white-pepper", parent=tree["spices"]
    )
    return {
        "exact": verified_seller(tree["pepper"], name="Exact Pepper Co", markets=["DE"]),
        "exact2": verified_seller(tree["pepper"], name="Second Pepper Co"),
        "sibling": verified_seller(sibling, name="White Pepper House"),
        "big_moq": verified_seller(tree["pepper"], name="Bulk Only Exports", moq="50000"),
        "no_germany": verified_seller(tree["pepper"], name="No Germany Ltd", negative=["DE"]),
        "only_us": verified_seller(tree["pepper"], name="US Only Ltd", markets=["US"]),
    }


def test_only_eligible_sellers_are_candidates(tree, sellers, reviewer):
    """Unverified, blocked and "country not served" sellers never receive the RFQ; a seller that
    has not listed the destination among its export markets still does (markets are experience,
    not a limit: that rule kept a verified turmeric seller from a turmeric RFQ, issue 15)."""
    from marketplace.companies.models import Company

    unverified = verified_seller(tree["pepper"], name="Unverified Co")
    Company.objects.filter(pk=unverified.pk).update(is_verified=False)
    company_block(company=sellers["exact2"], reason="fraud", actor=reviewer)
    rfq = post_rfq(buyer(), tree["pepper"], max_sellers=10)
    names = {c.name for c in routing.eligible_candidates(rfq)}
    assert names == {"Exact Pepper Co", "White Pepper House", "Bulk Only Exports", "US Only Ltd"}
    us_only = next(c for c in routing.eligible_candidates(rfq) if c.name == "US Only Ltd")
    assert "country_experience" not in us_only.factors


def test_scores_follow_the_documented_heuristics(tree, sellers):
    rfq = post_rfq(buyer(), tree["pepper"], max_sellers=10)
    candidates = {c.name: c for c in routing.eligible_candidates(rfq)}
    exact = candidates["Exact Pepper Co"].factors
    assert exact["category"] == 30 and exact["country_experience"] == 10 and exact["capacity"] == 10
    assert candidates["White Pepper House"].factors["category"] == 12
    assert candidates["Bulk Only Exports"].factors["capacity"] == -10
    assert candidates["Exact Pepper Co"].score > candidates["Bulk Only Exports"].score


def test_plan_priority_and_fairness(tree, sellers, plans):
    from datetime import timedelta

    from django.utils import timezone

    make_premium(sellers["exact2"], plans)
    user = buyer()

    def unrouted_rfq(title):
        return RFQ.objects.create(
            buyer=user,
            title=title,
            category=tree["pepper"],
            quantity=2000,
            unit="kg",
            destination_country="DE",
        )

    for n in range(3):
        Lead.objects.create(
            rfq=unrouted_rfq(f"Clove lot {n}"),
            company=sellers["exact"],
            expires_at=timezone.now() + timedelta(days=7),
        )
    by_name = {c.name: c for c in routing.eligible_candidates(unrouted_rfq("Pepper"))}
    assert by_name["Second Pepper Co"].factors["plan_priority"] == 10
    assert by_name["Exact Pepper Co"].factors["plan_priority"] == 0
    assert by_name["Exact Pepper Co"].factors["fairness"] == -4.5
    assert "fairness" not in by_name["Second Pepper Co"].factors


def test_rfq_is_shared_with_top_n_only_and_rerouting_changes_nothing(tree, sellers):
    rfq = post_rfq(buyer(), tree["pepper"], max_sellers=2)
    rfq.refresh_from_db()
    assert rfq.routing_status == RFQ.Routing.ROUTED
    leads = list(Lead.objects.filter(rfq=rfq))
    assert len(leads) == 2
    assert all(lead.score_factors for lead in leads)
    services.rfq_route(rfq_id=rfq.pk)
    assert Lead.objects.filter(rfq=rfq).count() == 2


def test_no_match_is_recorded(tree, plans):
    rfq = post_rfq(buyer(), tree["pepper"])
    rfq.refresh_from_db()
    assert rfq.routing_status == RFQ.Routing.NO_MATCH


def test_the_buyers_own_company_never_gets_its_lead(tree, sellers):
    from marketplace.companies.models import CompanyMember

    user = buyer()
    CompanyMember.objects.create(company=sellers["exact"], user=user, role="staff")
    rfq = post_rfq(user, tree["pepper"], max_sellers=10)
    assert not Lead.objects.filter(rfq=rfq, company=sellers["exact"]).exists()


def test_sweep_routes_rfqs_whose_task_was_lost(tree, sellers):
    from datetime import timedelta

    from django.utils import timezone

    rfq = post_rfq(buyer(), tree["pepper"], route=False)  # as if the queued task was lost
    RFQ.objects.filter(pk=rfq.pk).update(created_at=timezone.now() - timedelta(minutes=5))
    assert services.rfqs_route_pending() == 1
    rfq.refresh_from_db()
    assert rfq.routing_status == RFQ.Routing.ROUTED


def test_the_supplier_the_buyer_started_from_always_receives_it(tree, sellers):
    rfq = post_rfq(buyer(), tree["pepper"], max_sellers=1, supplier=sellers["big_moq"])
    assert list(Lead.objects.filter(rfq=rfq).values_list("company__name", flat=True)) == [
        "Bulk Only Exports"
    ]
