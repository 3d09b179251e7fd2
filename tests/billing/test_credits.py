"""The credit ledger: append-only lots and draws, FIFO by expiry, 90-day validity, refunds,
staff adjustments, monthly grants."""

from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django.utils import timezone

from billing import selectors, services
from billing.models import CreditEntry
from marketplace.audit.models import AuditEvent
from tests.factories import StaffFactory

from .factories import seller_company

pytestmark = pytest.mark.django_db


def test_grants_last_90_days_and_the_balance_is_derived(company):
    now = timezone.now()
    lot = services.credits_grant(company=company, amount=5, reason="test", now=now)
    assert lot.expires_at == now + timedelta(days=90)
    assert selectors.credit_balance(company) == 5
    assert selectors.credit_balance(company, at=now + timedelta(days=90)) == 0


def test_spending_takes_the_oldest_expiring_credits_first(company):
    now = timezone.now()
    late = services.credits_grant(
        company=company, amount=3, reason="late", expires_at=now + timedelta(days=80)
    )
    early = services.credits_grant(
        company=company, amount=2, reason="early", expires_at=now + timedelta(days=10)
    )
    entries = services.credits_consume(company=company, amount=3, reason="unlock")
    assert [(e.lot_id, e.amount) for e in entries] == [(early.pk, -2), (late.pk, -1)]
    assert len({e.operation for e in entries}) == 1
    assert selectors.credit_balance(company) == 2
    assert AuditEvent.objects.filter(action="credits.consume").count() == 1


def test_spending_more_than_the_balance_is_refused_and_writes_nothing(company):
    services.credits_grant(company=company, amount=1, reason="x")
    with pytest.raises(services.InsufficientCredits) as caught:
        services.credits_consume(company=company, amount=2, reason="unlock")
    assert caught.value.status == 402
    assert not CreditEntry.objects.filter(kind="consume").exists()
    assert selectors.credit_balance(company) == 1


def test_expired_credits_cannot_be_spent_and_are_written_off(company):
    now = timezone.now()
    services.credits_grant(company=company, amount=4, reason="old", now=now - timedelta(days=91))
    services.credits_grant(company=company, amount=1, reason="new", now=now)
    assert selectors.credit_balance(company) == 1
    with pytest.raises(services.InsufficientCredits):
        services.credits_consume(company=company, amount=2)
    assert services.credits_expire_due(now=now) == 4
    assert services.credits_expire_due(now=now) == 0  # idempotent
    expired = CreditEntry.objects.get(kind="expire")
    assert expired.amount == -4
    assert selectors.credit_balance(company) == 1


def test_a_spend_with_a_key_happens_once(company):
    services.credits_grant(company=company, amount=5, reason="x")
    first = services.credits_consume(company=company, key="unlock:lead-1")
    again = services.credits_consume(company=company, key="unlock:lead-1")
    assert [e.pk for e in first] == [e.pk for e in again]
    assert selectors.credit_balance(company) == 4


def test_refunding_a_spend_returns_the_credits_once(company):
    services.credits_grant(company=company, amount=2, reason="x")
    spent = services.credits_consume(company=company, amount=2, reference="lead:9")
    services.credits_refund(company=company, operation=spent[0].operation, reason="bad lead")
    services.credits_refund(company=company, operation=spent[0].operation, reason="bad lead")
    assert selectors.credit_balance(company) == 2
    assert CreditEntry.objects.filter(kind="refund").count() == 1


def test_staff_adjust_with_a_reason_never_below_zero(company):
    staff = StaffFactory()
    with pytest.raises(services.PermissionDenied):
        services.credits_adjust(
            company=company, amount=5, reason="x", actor=company.members.get().user
        )
    with pytest.raises(services.ValidationFailed):
        services.credits_adjust(company=company, amount=5, reason=" ", actor=staff)
    services.credits_adjust(company=company, amount=5, reason="goodwill", actor=staff)
    with pytest.raises(services.ValidationFailed):
        services.credits_adjust(company=company, amount=-6, reason="correction", actor=staff)
    services.credits_adjust(company=company, amount=-2, reason="correction", actor=staff)
    assert selectors.credit_balance(company) == 3
    event = AuditEvent.objects.filter(action="credits.adjust").first()
    assert event.actor == staff
    assert event.diff["reason"] == "correction"


def test_ledger_rows_cannot_be_changed_even_with_sql(company):
    entry = services.credits_grant(company=company, amount=5, reason="x")
    with pytest.raises(TypeError):
        entry.save()
    with pytest.raises(TypeError):
        CreditEntry.objects.filter(pk=entry.pk).update(amount=500)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE billing_creditentry SET amount = 500 WHERE id = %s", [entry.pk])


def test_monthly_grants_happen_once_per_month_per_plan(plans, company):
    now = timezone.now()
    other = seller_company(state="29")
    assert services.credits_monthly_grant(now=now) == 2
    assert services.credits_monthly_grant(now=now) == 0
    assert selectors.credit_balance(company) == 5
    services.subscription_start_or_extend(company=other, plan=plans["premium"], months=3, now=now)
    assert selectors.credit_balance(other) == 105  # free month + premium month 0
    assert services.credits_monthly_grant(now=now + timedelta(days=31)) == 2
    assert selectors.credit_balance(other, at=now + timedelta(days=31)) == 205


def test_a_new_free_seller_has_the_free_plans_credits_at_once(
    plans, django_capture_on_commit_callbacks
):
    """Sign-up used to leave a Free seller at 0 credits until the monthly run, while pricing
    promises the plan's monthly credits. The grant is the plan's figure, made once: the monthly
    run in the same month adds nothing, the next month's run grants again."""
    plans["free"].lead_credits_per_month = 7
    plans["free"].save()
    with django_capture_on_commit_callbacks(execute=True):
        company = seller_company()
    assert selectors.credit_balance(company) == 7
    assert CreditEntry.objects.filter(company=company, kind="grant").count() == 1
    assert services.credits_monthly_grant() == 0
    assert selectors.credit_balance(company) == 7
    next_month = services.add_months(timezone.now(), 1)
    assert services.credits_monthly_grant(now=next_month) == 1


def test_a_new_buyer_company_gets_no_credits(plans, django_capture_on_commit_callbacks):
    """Lead credits are for sellers only."""
    from tests.companies.factories import buyer_company

    with django_capture_on_commit_callbacks(execute=True):
        company = buyer_company()
    assert not CreditEntry.objects.filter(company=company).exists()


def test_signing_up_as_a_seller_grants_the_credits(plans, django_capture_on_commit_callbacks):
    """The real sign-up path (account and company in one service) ends with the credits."""
    from marketplace.accounts.services import user_register
    from marketplace.companies.selectors import company_for_user

    with django_capture_on_commit_callbacks(execute=True):
        user = user_register(
            email="new.seller@example.com",
            password="Correct-Horse-Battery-42",
            role="seller",
            first_name="Asha",
            company_name="Asha Spices",
            country="IN",
            accept_terms=True,
        )
    assert selectors.credit_balance(company_for_user(user)) == 5
