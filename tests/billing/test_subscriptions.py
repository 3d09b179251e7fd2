"""Subscriptions: start, extend, upgrade and downgrade without overlap; expiry; reminders."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.db import IntegrityError, transaction

from billing import selectors, services
from billing.models import Subscription

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)


def test_start_then_extend_the_same_plan(plans, company):
    first = services.subscription_start_or_extend(company=company, plan=plans["growth"], now=NOW)
    assert (first.starts_at, first.ends_at) == (NOW, datetime(2026, 6, 10, 12, 0, tzinfo=UTC))
    again = services.subscription_start_or_extend(company=company, plan=plans["growth"], now=NOW)
    assert again.pk == first.pk
    assert again.ends_at == datetime(2026, 7, 10, 12, 0, tzinfo=UTC)


def test_an_upgrade_starts_now_and_the_rest_of_the_old_plan_follows(plans, company):
    growth = services.subscription_start_or_extend(company=company, plan=plans["growth"], now=NOW)
    later = NOW + timedelta(days=10)
    premium = services.subscription_start_or_extend(
        company=company, plan=plans["premium"], now=later
    )
    growth.refresh_from_db()
    assert growth.status == "expired" and growth.ends_at == later
    assert premium.starts_at == later
    rest = Subscription.objects.get(company=company, plan=plans["growth"], status="active")
    assert rest.starts_at == premium.ends_at
    assert rest.ends_at - rest.starts_at == timedelta(days=21)  # what was left of Growth
    assert selectors.plan_effective(company, at=later).slug == "premium"


def test_a_downgrade_waits_for_the_current_plan_to_end(plans, company):
    premium = services.subscription_start_or_extend(company=company, plan=plans["premium"], now=NOW)
    growth = services.subscription_start_or_extend(company=company, plan=plans["growth"], now=NOW)
    assert growth.starts_at == premium.ends_at
    assert selectors.plan_effective(company, at=NOW).slug == "premium"
    assert selectors.plan_effective(company, at=premium.ends_at).slug == "growth"


def test_the_database_refuses_overlapping_periods(plans, company):
    services.subscription_start_or_extend(company=company, plan=plans["growth"], now=NOW)
    with pytest.raises(IntegrityError), transaction.atomic():
        Subscription.objects.create(
            company=company,
            plan=plans["premium"],
            starts_at=NOW + timedelta(days=3),
            ends_at=NOW + timedelta(days=40),
        )
    Subscription.objects.create(  # a canceled one does not count
        company=company,
        plan=plans["premium"],
        starts_at=NOW + timedelta(days=3),
        ends_at=NOW + timedelta(days=40),
        status="canceled",
    )


def test_expiry_and_the_queued_plan_takes_over_with_its_credits(plans, company):
    premium = services.subscription_start_or_extend(company=company, plan=plans["premium"], now=NOW)
    services.subscription_start_or_extend(company=company, plan=plans["growth"], now=NOW)
    after = premium.ends_at + timedelta(minutes=5)
    assert services.subscriptions_expire_due(now=after) == 1
    premium.refresh_from_db()
    assert premium.status == "expired"
    assert selectors.plan_effective(company, at=after).slug == "growth"
    assert selectors.credit_balance(company, at=after) == 100 + 30


def test_renewal_reminders_7_and_1_days_before_once_each(plans, company, owner):
    subscription = services.subscription_start_or_extend(
        company=company, plan=plans["growth"], now=NOW
    )
    end = subscription.ends_at
    assert services.subscriptions_remind(now=end - timedelta(days=10)) == 0
    assert services.subscriptions_remind(now=end - timedelta(days=6)) == 1
    assert services.subscriptions_remind(now=end - timedelta(days=5)) == 0
    assert services.subscriptions_remind(now=end - timedelta(hours=20)) == 1
    assert len(mail.outbox) == 0  # sent after commit
    subscription.refresh_from_db()
    assert subscription.reminders_sent == [1, 7]


def test_no_reminder_when_already_renewed(plans, company):
    subscription = services.subscription_start_or_extend(
        company=company, plan=plans["premium"], now=NOW
    )
    services.subscription_start_or_extend(company=company, plan=plans["growth"], now=NOW)
    assert services.subscriptions_remind(now=subscription.ends_at - timedelta(days=2)) == 0
