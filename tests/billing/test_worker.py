"""A signed webhook applied by a real Celery worker process (its own connections, committed
rows), as in production: the endpoint answers at once, the worker does the work."""

import time

import pytest

from billing import selectors, services
from billing.models import Invoice, Payment, WebhookEvent
from tradesetu.celery import app as celery_app

from .factories import make_plans, owner_of, seller_company
from .provider_fakes import local_webhook

pytestmark = pytest.mark.django_db(transaction=True)  # run last: see conftest


def test_a_webhook_is_processed_by_a_real_celery_worker(celery_worker, client):
    celery_app.conf.task_always_eager = False  # publish to the broker for the worker
    plans = make_plans()
    company = seller_company(state="29")
    payment = services.checkout_start(
        user=owner_of(company),
        company=company,
        plan=plans["premium"],
        provider="local",
        currency="INR",
    )
    body, headers = local_webhook(payment)

    response = client.post(
        "/webhooks/payments/local", data=body, content_type="application/json", **headers
    )
    assert response.status_code == 200
    assert response.json()["status"] == "accepted"

    deadline = time.monotonic() + 45
    while time.monotonic() < deadline:
        payment.refresh_from_db()
        if payment.status == Payment.Status.PAID:
            break
        time.sleep(0.2)
    assert payment.status == Payment.Status.PAID
    assert WebhookEvent.objects.get().status == "processed"
    invoice = Invoice.objects.get(payment=payment)
    assert invoice.cgst_amount == invoice.sgst_amount  # Karnataka seller: intra-state
    assert selectors.plan_effective(company).slug == "premium"
    assert selectors.credit_balance(company) == 105  # the Free plan's 5 from sign-up + 100
