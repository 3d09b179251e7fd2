"""The local test provider, for development, demos and browser tests: no money moves.

Its "hosted checkout" is a page on this site (``billing:local_checkout``). When the visitor pays
there, the site sends a webhook signed with ``BILLING_LOCAL_WEBHOOK_SECRET`` (HMAC-SHA256 over
``"<timestamp>.<raw body>"``, header ``X-Local-Signature: t=<timestamp>,v1=<hex>``) to the same
``/webhooks/payments/<provider>`` endpoint the real providers use, so the whole confirmation path
(verification, replay protection, amount check, Celery processing) is exercised. A staff refund
is confirmed the same way, at once, by a signed ``refund.succeeded`` webhook.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Mapping
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from .base import (
    CheckoutRequest,
    CheckoutSession,
    EventKind,
    PaymentProvider,
    ProviderEvent,
    WebhookSignatureError,
    header,
)

TOLERANCE_SECONDS = 300
KINDS = {
    "payment.succeeded": EventKind.SUCCEEDED,
    "payment.failed": EventKind.FAILED,
    "payment.canceled": EventKind.CANCELED,
    "refund.succeeded": EventKind.REFUNDED,
    "refund.failed": EventKind.REFUND_FAILED,
}


def _sign(body: bytes, timestamp: int) -> str:
    mac = hmac.new(
        settings.BILLING_LOCAL_WEBHOOK_SECRET.encode(),
        f"{timestamp}.".encode() + body,
        hashlib.sha256,
    )
    return mac.hexdigest()


class LocalProvider(PaymentProvider):
    name = "local"
    label = "Local test provider"

    def is_configured(self) -> bool:
        return bool(settings.BILLING_LOCAL_WEBHOOK_SECRET)

    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        return CheckoutSession(
            provider_order_id=f"local_order_{uuid.UUID(request.reference).hex}",
            checkout_url=settings.SITE_URL
            + reverse("billing:local_checkout", kwargs={"reference": request.reference}),
        )

    @staticmethod
    def build_webhook(
        *,
        event_type: str,
        order_id: str,
        reference: str,
        amount: Decimal,
        currency: str,
        payment_id: str = "",
        event_id: str = "",
        refund_id: str = "",
        timestamp: int | None = None,
    ) -> tuple[bytes, dict[str, str]]:
        """The body and headers the local provider sends (tests use it to sign their own)."""
        timestamp = int(time.time()) if timestamp is None else timestamp
        extra = {"refund_id": refund_id} if refund_id else {}
        body = json.dumps(
            {
                "id": event_id or f"evt_local_{uuid.uuid4().hex}",
                "type": event_type,
                "created": timestamp,
                "data": {
                    "order_id": order_id,
                    "payment_id": payment_id or f"local_pay_{uuid.uuid4().hex[:16]}",
                    "reference": reference,
                    "amount": f"{Decimal(amount):.2f}",
                    "currency": currency,
                    **extra,
                },
            },
            separators=(",", ":"),
        ).encode()
        signature = f"t={timestamp},v1={_sign(body, timestamp)}"
        return body, {"Content-Type": "application/json", "X-Local-Signature": signature}

    def refund(self, *, payment, amount: Decimal, idempotency_key: str, reason: str) -> str:
        """Accept every refund; the refund id follows from the idempotency key (a retry gets the
        same id, and the webhook of a repeated refund id changes nothing). The signed
        ``refund.succeeded`` webhook goes out at once (after commit, like a checkout's)."""
        from billing.tasks import local_webhook_send

        refund_id = f"local_rfnd_{uuid.uuid5(uuid.NAMESPACE_URL, idempotency_key).hex[:16]}"
        pk, value = payment.pk, f"{Decimal(amount):.2f}"
        transaction.on_commit(
            lambda: local_webhook_send.delay(pk, "refund.succeeded", value, refund_id)
        )
        return refund_id

    def parse_webhook(self, *, body: bytes, headers: Mapping[str, str]) -> ProviderEvent:
        signature = header(headers, "X-Local-Signature")
        try:
            parts = dict(item.split("=", 1) for item in signature.split(","))
            timestamp = int(parts["t"])
            given = parts["v1"]
        except (ValueError, KeyError) as exc:
            raise WebhookSignatureError("malformed signature header") from exc
        if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
            raise WebhookSignatureError("timestamp outside the tolerance")
        if not hmac.compare_digest(_sign(body, timestamp), given):
            raise WebhookSignatureError("signature does not match")
        data = json.loads(body)
        obj = data.get("data") or {}
        event_type = str(data.get("type", ""))
        return ProviderEvent(
            event_id=str(data.get("id", "")),
            event_type=event_type,
            kind=KINDS.get(event_type, EventKind.IGNORED),
            payload=data,
            provider_order_id=str(obj.get("order_id", "")),
            provider_payment_id=str(obj.get("payment_id", "")),
            reference=str(obj.get("reference", "")),
            amount=Decimal(obj["amount"]) if obj.get("amount") else None,
            currency=str(obj.get("currency", "")).upper(),
            refund_id=str(obj.get("refund_id", "")),
            failure_reason=str(obj.get("failure_reason", "")),
        )
