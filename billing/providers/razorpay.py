"""Razorpay: Orders API + Standard Checkout; `payment.captured` / `order.paid`,
`refund.processed` and `refund.failed` webhooks."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from decimal import Decimal

import razorpay
import requests
from django.conf import settings
from django.urls import reverse

from .base import (
    CheckoutRequest,
    CheckoutSession,
    EventKind,
    PaymentProvider,
    ProviderError,
    ProviderEvent,
    ProviderUnreachable,
    WebhookSignatureError,
    from_minor,
    header,
    to_minor,
)

SUCCESS_EVENTS = {"payment.captured", "order.paid"}
FAILURE_EVENTS = {"payment.failed"}
REFUND_EVENTS = {"refund.processed"}
REFUND_FAILURE_EVENTS = {"refund.failed"}


class RazorpayProvider(PaymentProvider):
    name = "razorpay"
    label = "Razorpay"

    def is_configured(self) -> bool:
        return bool(
            settings.RAZORPAY_KEY_ID
            and settings.RAZORPAY_KEY_SECRET
            and settings.RAZORPAY_WEBHOOK_SECRET
        )

    def client(self) -> razorpay.Client:
        return razorpay.Client(auth=(settings.RAZORPAY_KEY_ID, settings.RAZORPAY_KEY_SECRET))

    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        amount = to_minor(request.amount)
        try:
            order = self.client().order.create(
                data={
                    "amount": amount,
                    "currency": request.currency,
                    "receipt": request.reference[:40],
                    "notes": {"reference": request.reference},
                }
            )
        except (razorpay.errors.BadRequestError, razorpay.errors.ServerError) as exc:
            raise ProviderError(f"Razorpay refused the order: {exc}") from exc
        except requests.RequestException as exc:
            raise ProviderError("Razorpay could not be reached") from exc
        order_id = order["id"]
        # Standard Checkout runs in the browser on our own page, opened with these options.
        return CheckoutSession(
            provider_order_id=order_id,
            checkout_url=settings.SITE_URL
            + reverse("billing:razorpay_checkout", kwargs={"reference": request.reference}),
            client_data={
                "key": settings.RAZORPAY_KEY_ID,
                "order_id": order_id,
                "amount": amount,
                "currency": request.currency,
                "name": "TradeSetu",
                "description": request.description,
                "prefill": {"email": request.customer_email, "name": request.customer_name},
                "callback_url": request.success_url,
            },
        )

    def refund(self, *, payment, amount: Decimal, idempotency_key: str, reason: str) -> str:
        if not payment.provider_payment_id:
            raise ProviderError("Razorpay has no payment id on record for this payment")
        try:
            refund = self.client().payment.refund(
                payment.provider_payment_id,
                {
                    "amount": to_minor(amount),
                    "speed": "normal",
                    "receipt": idempotency_key[:40],
                    "notes": {"reference": str(payment.reference), "reason": reason[:256]},
                },
                # Razorpay's idempotency header for refunds: a retry with the same key (and the
                # same body) returns the first refund instead of refunding again.
                headers={"X-Refund-Idempotency": idempotency_key},
            )
        except razorpay.errors.BadRequestError as exc:
            raise ProviderError(f"Razorpay refused the refund: {exc}") from exc
        except (razorpay.errors.ServerError, razorpay.errors.GatewayError) as exc:
            raise ProviderUnreachable(f"Razorpay answered with an error: {exc}") from exc
        except requests.RequestException as exc:
            raise ProviderUnreachable("Razorpay could not be reached") from exc
        if refund.get("status") == "failed":
            raise ProviderError("Razorpay refused the refund (status failed)")
        return str(refund["id"])

    def parse_webhook(self, *, body: bytes, headers: Mapping[str, str]) -> ProviderEvent:
        signature = header(headers, "X-Razorpay-Signature")
        text = body.decode("utf-8", errors="replace")
        if not signature or not settings.RAZORPAY_WEBHOOK_SECRET:
            raise WebhookSignatureError("missing signature")
        try:
            razorpay.Utility().verify_webhook_signature(
                text, signature, settings.RAZORPAY_WEBHOOK_SECRET
            )
        except razorpay.errors.SignatureVerificationError as exc:
            raise WebhookSignatureError(str(exc)) from exc
        data = json.loads(text)
        event_type = str(data.get("event", ""))
        # Razorpay names each delivery in a header; the body hash is a stable fallback.
        event_id = header(headers, "X-Razorpay-Event-Id") or hashlib.sha256(body).hexdigest()
        payload = data.get("payload") or {}
        payment = (payload.get("payment") or {}).get("entity") or {}
        order = (payload.get("order") or {}).get("entity") or {}
        refund = (payload.get("refund") or {}).get("entity") or {}
        common = {
            "event_id": event_id,
            "event_type": event_type,
            "payload": data,
            "provider_order_id": order.get("id") or payment.get("order_id") or "",
            "provider_payment_id": payment.get("id") or refund.get("payment_id") or "",
            "reference": str(
                (order.get("notes") or payment.get("notes") or {}).get("reference", "")
            ),
        }
        if event_type in SUCCESS_EVENTS:
            source = order if event_type == "order.paid" and order else payment
            amount = source.get("amount_paid", source.get("amount"))
            return ProviderEvent(
                kind=EventKind.SUCCEEDED,
                amount=from_minor(amount) if amount is not None else None,
                currency=str(source.get("currency", "")).upper(),
                **common,
            )
        if event_type in FAILURE_EVENTS:
            return ProviderEvent(kind=EventKind.FAILED, **common)
        if event_type in REFUND_EVENTS:
            return ProviderEvent(
                kind=EventKind.REFUNDED,
                amount=from_minor(refund.get("amount", 0)),
                currency=str(refund.get("currency", "")).upper(),
                refund_id=str(refund.get("id", "")),
                **common,
            )
        if event_type in REFUND_FAILURE_EVENTS:
            # Razorpay's refund entity names no cause of the failure.
            return ProviderEvent(
                kind=EventKind.REFUND_FAILED,
                amount=from_minor(refund["amount"]) if refund.get("amount") is not None else None,
                currency=str(refund.get("currency", "")).upper(),
                refund_id=str(refund.get("id", "")),
                **common,
            )
        return ProviderEvent(kind=EventKind.IGNORED, **common)
