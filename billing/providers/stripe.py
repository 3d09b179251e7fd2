"""Stripe: Checkout Sessions; `checkout.session.completed` (and async / expired),
`charge.refunded` and refund failure (`refund.failed`, or `refund.updated` /
`charge.refund.updated` with status ``failed``) webhooks, verified with
``stripe.Webhook.construct_event``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal

import stripe
from django.conf import settings

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


class StripeProvider(PaymentProvider):
    name = "stripe"
    label = "Stripe"

    def is_configured(self) -> bool:
        return bool(settings.STRIPE_SECRET_KEY and settings.STRIPE_WEBHOOK_SECRET)

    def client(self) -> stripe.StripeClient:
        # ``stripe.default_http_client`` (None unless set) lets tests record what we send.
        return stripe.StripeClient(
            settings.STRIPE_SECRET_KEY,
            http_client=stripe.default_http_client,
            max_network_retries=2,
        )

    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        params = {
            "mode": "payment",
            "client_reference_id": request.reference,
            "customer_email": request.customer_email or None,
            "line_items": [
                {
                    "quantity": 1,
                    "price_data": {
                        "currency": request.currency.lower(),
                        "unit_amount": to_minor(request.amount),
                        "product_data": {"name": request.description},
                    },
                }
            ],
            "metadata": {"reference": request.reference},
            "payment_intent_data": {"metadata": {"reference": request.reference}},
            "success_url": request.success_url,
            "cancel_url": request.cancel_url,
        }
        params = {key: value for key, value in params.items() if value is not None}
        try:
            session = self.client().v1.checkout.sessions.create(
                params=params, options={"idempotency_key": request.idempotency_key}
            )
        except stripe.StripeError as exc:
            raise ProviderError(f"Stripe refused the checkout session: {exc}") from exc
        return CheckoutSession(provider_order_id=session.id, checkout_url=session.url or "")

    def refund(self, *, payment, amount: Decimal, idempotency_key: str, reason: str) -> str:
        # Checkout Sessions pay through a PaymentIntent; its id is what the completed session
        # (and so ``provider_payment_id``) names, and what a refund is created on.
        if not payment.provider_payment_id.startswith("pi_"):
            raise ProviderError("Stripe has no PaymentIntent on record for this payment")
        try:
            refund = self.client().v1.refunds.create(
                params={
                    "payment_intent": payment.provider_payment_id,
                    "amount": to_minor(amount),
                    "metadata": {
                        "reference": str(payment.reference),
                        "refund_request": idempotency_key,
                        "reason": reason[:500],
                    },
                },
                options={"idempotency_key": idempotency_key},
            )
        except (stripe.APIConnectionError, stripe.RateLimitError) as exc:
            raise ProviderUnreachable("Stripe could not be reached") from exc
        except stripe.APIError as exc:  # a 5xx: the refund may exist; retry with the same key
            raise ProviderUnreachable(f"Stripe answered {exc.http_status} to the refund") from exc
        except stripe.StripeError as exc:
            raise ProviderError(f"Stripe refused the refund: {exc.user_message or exc}") from exc
        if refund.status in ("failed", "canceled"):
            raise ProviderError(f"Stripe refused the refund (status {refund.status})")
        return refund.id

    def parse_webhook(self, *, body: bytes, headers: Mapping[str, str]) -> ProviderEvent:
        signature = header(headers, "Stripe-Signature")
        if not signature or not settings.STRIPE_WEBHOOK_SECRET:
            raise WebhookSignatureError("missing signature")
        try:
            stripe.Webhook.construct_event(
                body.decode("utf-8"), signature, settings.STRIPE_WEBHOOK_SECRET
            )
        except (stripe.SignatureVerificationError, ValueError, UnicodeDecodeError) as exc:
            raise WebhookSignatureError(str(exc)) from exc
        data = json.loads(body)
        event_type = str(data.get("type", ""))
        obj = (data.get("data") or {}).get("object") or {}
        common = {"event_id": str(data.get("id", "")), "event_type": event_type, "payload": data}
        if event_type.startswith("checkout.session."):
            session = {
                "provider_order_id": str(obj.get("id", "")),
                "provider_payment_id": str(obj.get("payment_intent") or ""),
                "reference": str(obj.get("client_reference_id") or ""),
                "amount": from_minor(obj["amount_total"])
                if obj.get("amount_total") is not None
                else None,
                "currency": str(obj.get("currency", "")).upper(),
            }
            if event_type in (
                "checkout.session.completed",
                "checkout.session.async_payment_succeeded",
            ):
                # A completed session with a delayed payment method is not paid yet.
                kind = (
                    EventKind.SUCCEEDED
                    if obj.get("payment_status") in ("paid", "no_payment_required")
                    else EventKind.IGNORED
                )
                return ProviderEvent(kind=kind, **common, **session)
            if event_type == "checkout.session.async_payment_failed":
                return ProviderEvent(kind=EventKind.FAILED, **common, **session)
            if event_type == "checkout.session.expired":
                return ProviderEvent(kind=EventKind.CANCELED, **common, **session)
        if event_type == "charge.refunded":
            # ``amount_refunded`` is the charge's running total; services turn it into a delta.
            return ProviderEvent(
                kind=EventKind.REFUNDED,
                provider_payment_id=str(obj.get("payment_intent") or ""),
                reference=str((obj.get("metadata") or {}).get("reference", "")),
                amount=from_minor(obj.get("amount_refunded", 0)),
                currency=str(obj.get("currency", "")).upper(),
                refund_id="cumulative",
                **common,
            )
        if event_type == "refund.failed" or (
            event_type in ("refund.updated", "charge.refund.updated")
            and obj.get("status") == "failed"
        ):
            return ProviderEvent(
                kind=EventKind.REFUND_FAILED,
                provider_payment_id=str(obj.get("payment_intent") or ""),
                reference=str((obj.get("metadata") or {}).get("reference", "")),
                amount=from_minor(obj["amount"]) if obj.get("amount") is not None else None,
                currency=str(obj.get("currency", "")).upper(),
                refund_id=str(obj.get("id", "")),
                failure_reason=str(obj.get("failure_reason") or ""),
                **common,
            )
        return ProviderEvent(kind=EventKind.IGNORED, **common)
