"""Real concurrent connections against real PostgreSQL: the account row lock serialises them."""

import threading

import pytest
from django.db import connection

from billing import selectors, services
from billing.models import CreditEntry, Payment

from .factories import make_plans, owner_of, seller_company

pytestmark = pytest.mark.django_db(transaction=True)  # run last: see conftest


def run_concurrently(n: int, fn) -> list:
    barrier = threading.Barrier(n)
    results: list = []
    lock = threading.Lock()

    def worker():
        try:
            barrier.wait(timeout=30)
            outcome = fn()
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test counts
            outcome = exc
        finally:
            connection.close()  # each thread had its own connection
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=worker) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_fifty_concurrent_spends_of_five_credits_give_exactly_five_successes():
    company = seller_company()  # committed: the Free plan's 5 monthly credits come with it
    assert selectors.credit_balance(company) == 5

    results = run_concurrently(
        50, lambda: services.credits_consume(company=company, amount=1, reason="race")
    )

    successes = [r for r in results if isinstance(r, list)]
    refusals = [r for r in results if isinstance(r, services.InsufficientCredits)]
    assert len(results) == 50
    assert len(successes) == 5
    assert len(refusals) == 45
    assert selectors.credit_balance(company) == 0
    assert CreditEntry.objects.filter(kind="consume").count() == 5


def test_a_double_clicked_pay_button_creates_one_pending_payment():
    plans = make_plans()
    company = seller_company()
    owner = owner_of(company)

    results = run_concurrently(
        10,
        lambda: services.checkout_start(
            user=owner,
            company=company,
            plan=plans["premium"],
            provider="local",
            currency="INR",
            idempotency_key="click-1",
        ),
    )

    assert all(isinstance(r, Payment) for r in results), results
    assert len({r.pk for r in results}) == 1
    assert Payment.objects.count() == 1


def test_two_staff_refunding_the_rest_at_once_send_one_refund(monkeypatch):
    import stripe

    from tests.factories import UserFactory

    from .provider_fakes import StripeRecorder

    plans = make_plans()
    company = seller_company()
    owner = owner_of(company)
    payment = services.checkout_start(
        user=owner, company=company, plan=plans["premium"], provider="local", currency="INR"
    )
    Payment.objects.filter(pk=payment.pk).update(provider="stripe", provider_order_id="cs_race")
    payment.refresh_from_db()
    services.payment_confirm(
        payment=payment, amount=payment.amount, currency="INR", provider_payment_id="pi_race"
    )
    recorder = StripeRecorder({"id": "re_race", "object": "refund", "status": "pending"})
    monkeypatch.setattr(stripe, "default_http_client", recorder)
    staff = [UserFactory(is_staff=True, is_superuser=True) for _ in range(8)]
    turn = iter(range(8))
    lock = threading.Lock()

    def click():
        with lock:
            i = next(turn)
        return services.payment_refund_request(
            payment=payment, amount=None, staff=staff[i], reason=f"Refund by staff {i}"
        )

    results = run_concurrently(8, click)

    assert results.count("re_race") == 1, results
    refusals = [r for r in results if isinstance(r, services.ValidationFailed)]
    assert len(refusals) == 7
    assert len(recorder.calls) == 1
    payment.refresh_from_db()
    assert len(payment.meta["refund_requests"]) == 1
    assert selectors.payment_refundable(payment) == 0
