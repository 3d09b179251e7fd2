from datetime import timedelta

import pytest
from django.utils import timezone

from billing import entitlements, services
from billing.entitlements import EntitlementDenied, entitlement_check, entitlement_require

from .factories import seller_company

pytestmark = pytest.mark.django_db


@pytest.fixture
def products(monkeypatch):
    """A stand-in for the catalog's registered product counter."""
    counts = {}
    monkeypatch.setitem(entitlements._usage_counters, "products", lambda c: counts.get(c.pk, 0))
    return counts


def test_free_plan_allows_ten_products_then_names_the_limit(plans, company, products):
    products[company.pk] = 9
    decision = entitlement_check(company, "product.create")
    assert decision.allowed and decision.remaining == 1
    products[company.pk] = 10
    decision = entitlement_check(company, "product.create")
    assert not decision.allowed
    assert decision.limit_name == "max_products"
    assert "10" in decision.reason and decision.how_to_lift
    with pytest.raises(EntitlementDenied) as caught:
        entitlement_require(company, "product.create")
    assert caught.value.status == 403
    assert caught.value.as_dict()["code"] == "entitlement_denied"
    assert caught.value.as_dict()["fields"]["limit"] == ["max_products"]


def test_premium_has_unlimited_products_and_automatic_unlocks(plans, company, products):
    products[company.pk] = 5000
    services.subscription_start_or_extend(company=company, plan=plans["premium"])
    assert entitlement_check(company, "product.create").allowed
    unlock = entitlement_check(company, "lead.unlock")
    assert unlock.allowed and unlock.via == "plan"
    assert entitlement_check(company, "lead.view_contact").allowed


def test_unlocking_a_lead_needs_a_credit_on_the_free_plan(plans, company):
    decision = entitlement_check(company, "lead.unlock")
    assert not decision.allowed and decision.limit_name == "lead_credits"
    services.credits_grant(company=company, amount=1, reason="x")
    decision = entitlement_check(company, "lead.unlock")
    assert decision.allowed and decision.via == "credit" and decision.remaining == 1


def test_contacts_are_hidden_until_the_lead_is_unlocked(plans, company):
    assert not entitlement_check(company, "lead.view_contact").allowed
    assert entitlement_check(company, "lead.view_contact", unlocked=True).allowed


def test_expiry_moves_the_company_back_to_free_and_runs_the_limit_hooks(
    plans, company, monkeypatch, django_capture_on_commit_callbacks
):
    calls = []
    monkeypatch.setitem(
        entitlements._limit_enforcers, "test", lambda c, plan: calls.append((c.pk, plan.slug))
    )
    now = timezone.now()
    services.subscription_start_or_extend(company=company, plan=plans["premium"], now=now)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.subscriptions_expire_due(now=now + timedelta(days=32)) == 1
    assert calls == [(company.pk, "free")]
    assert entitlement_check(company, "lead.unlock").limit == 5


def test_no_company_is_refused():
    decision = entitlement_check(None, "product.create")
    assert not decision.allowed and decision.limit_name == "company"


def test_plan_and_balance_in_one_query_agree_with_the_separate_reads(
    plans, company, django_assert_num_queries
):
    """The lead inbox and every unlock read the plan and the credit balance in one compiled
    query; it must say what ``plan_effective`` and ``credit_balance`` say in every state."""
    from billing import selectors

    def both():
        with django_assert_num_queries(1):
            combined = selectors.plan_with_credit_balance(company, at=now)
        assert combined == (
            selectors.plan_effective(company, at=now),
            selectors.credit_balance(company, at=now),
        )
        return combined

    now = timezone.now()
    assert both() == (plans["free"], 0)
    services.credits_grant(company=company, amount=3, reason="a", now=now)
    services.credits_grant(
        company=company, amount=4, reason="b", now=now, expires_at=now + timedelta(days=2)
    )
    services.credits_consume(company=company, amount=2, reason="unlock", now=now)
    assert both() == (plans["free"], 5)  # drawn from the lot that expires first
    other = seller_company(state="29", gstin="29AABCE1234F1Z5")
    services.credits_grant(company=other, amount=9, reason="not ours", now=now)
    assert both()[1] == 5  # another company's credits are not ours
    now += timedelta(days=3)
    assert both() == (plans["free"], 3)  # the two left in the expired lot no longer count
    services.subscription_start_or_extend(company=company, plan=plans["premium"], now=now)
    assert both()[0] == plans["premium"]
    now += timedelta(days=400)
    assert both()[0] == plans["free"]  # the subscription ran out


def test_plan_and_balance_without_a_saved_company_or_a_default_plan(company):
    from billing import selectors
    from billing.models import Plan
    from marketplace.companies.models import Company

    assert selectors.plan_with_credit_balance(Company(name="unsaved"))[1] == 0
    assert not Plan.objects.filter(is_default=True).exists()
    plan, balance = selectors.plan_with_credit_balance(company)
    assert (plan.slug, balance) == ("free", 0)  # the in-memory free plan of a fresh database
