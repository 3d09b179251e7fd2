"""Celery tasks: thin wrappers around ``services`` that retry on transient failures."""

from __future__ import annotations

import logging
from decimal import Decimal

import requests
from celery import shared_task
from django.conf import settings
from django.db import OperationalError
from django.urls import reverse

from . import services
from .models import Invoice, Payment

logger = logging.getLogger(__name__)


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, max_retries=8)
def webhook_process(event_pk: int) -> str:
    row = services.webhook_process(event_pk=event_pk)
    return f"{row.status}: {row.outcome}"


@shared_task
def webhooks_requeue_stuck() -> int:
    return services.webhooks_requeue_stuck()


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def invoice_send(invoice_pk: int) -> int:
    invoice = Invoice.objects.select_related("company", "payment__plan").get(pk=invoice_pk)
    return services.invoice_email(invoice=invoice)


@shared_task(autoretry_for=(requests.RequestException,), retry_backoff=True, max_retries=5)
def local_webhook_send(
    payment_pk: int, event_type: str, amount: str = "", refund_id: str = ""
) -> int:
    """The local test provider delivering its signed webhook (a payment's outcome, or a refund)
    to our public endpoint, the way a real provider would (over HTTP, to ``SITE_URL``)."""
    from .providers.local import LocalProvider

    payment = Payment.objects.get(pk=payment_pk)
    body, headers = LocalProvider.build_webhook(
        event_type=event_type,
        order_id=payment.provider_order_id,
        reference=str(payment.reference),
        amount=Decimal(amount) if amount else payment.amount,
        currency=payment.currency,
        payment_id=payment.provider_payment_id or f"local_pay_{payment.reference.hex[:16]}",
        refund_id=refund_id,
    )
    url = settings.SITE_URL + reverse("billing-webhook", kwargs={"provider": "local"})
    response = requests.post(url, data=body, headers=headers, timeout=15)
    if response.status_code >= 500:
        response.raise_for_status()
    logger.info("local provider webhook sent", extra={"status": response.status_code})
    return response.status_code


@shared_task
def credits_monthly_grant() -> int:
    return services.credits_monthly_grant()


@shared_task
def credits_expire_due() -> int:
    return services.credits_expire_due()


@shared_task
def subscriptions_expire_due() -> int:
    return services.subscriptions_expire_due()


@shared_task
def subscriptions_remind() -> int:
    return services.subscriptions_remind()
