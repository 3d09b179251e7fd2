"""What providers would answer, and webhooks signed exactly the way each provider signs them.

Nothing here reaches a provider: the SDKs' HTTP layers are replaced by recorders."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from decimal import Decimal
from urllib.parse import parse_qsl

import requests
import stripe

from billing.providers.base import to_minor
from billing.providers.local import LocalProvider

RAZORPAY_WEBHOOK_SECRET = "rzp_webhook_secret"
STRIPE_WEBHOOK_SECRET = "whsec_test_123"


def json_response(status: int, body: dict) -> requests.Response:
    response = requests.models.Response()
    response.status_code = status
    response._content = json.dumps(body).encode()
    response.headers["Content-Type"] = "application/json"
    response.encoding = "utf-8"
    return response


class RequestsRecorder:
    """Replaces ``requests.Session.request`` (the layer under razorpay's client ``session`` and
    our PayPal calls): records each call and answers from ``routes``."""

    def __init__(self, routes):
        self.routes = routes  # list of (method, url substring, status, body)
        self.calls: list[dict] = []

    def __call__(self, session, method, url, **kwargs):
        self.calls.append({"method": method.upper(), "url": url, **kwargs})
        for route_method, fragment, status, body in self.routes:
            if route_method == method.upper() and fragment in url:
                return json_response(status, body(kwargs) if callable(body) else body)
        raise AssertionError(f"unexpected provider call {method} {url}")

    def install(self, monkeypatch) -> RequestsRecorder:
        recorder = self

        def request(session, method, url, **kwargs):
            return recorder(session, method, url, **kwargs)

        monkeypatch.setattr(requests.Session, "request", request)
        return self


class StripeRecorder(stripe.HTTPClient):
    """Stands in for ``stripe.default_http_client``: records requests, replays a response."""

    name = "recorder"

    def __init__(self, response: dict, status: int = 200):
        super().__init__()
        self.response, self.status = response, status
        self.calls: list[dict] = []

    def request(self, method, url, headers, post_data=None, *, _usage=None):
        self.calls.append(
            {
                "method": method,
                "url": url,
                "headers": dict(headers or {}),
                "form": dict(parse_qsl(post_data or "")),
            }
        )
        return json.dumps(self.response), self.status, {"Request-Id": "req_test"}

    def close(self):
        pass


# --------------------------------------------------------------------------- Razorpay


def razorpay_webhook(
    payment,
    *,
    event: str = "payment.captured",
    amount: Decimal | None = None,
    currency: str | None = None,
    event_id: str | None = None,
    secret: str = RAZORPAY_WEBHOOK_SECRET,
    payment_id: str = "pay_Test123",
    refund_id: str = "",
) -> tuple[bytes, dict]:
    """A Razorpay webhook body and headers; ``X-Razorpay-Signature`` is the hex HMAC-SHA256 of
    the raw body with the webhook secret, as Razorpay documents."""
    minor = to_minor(payment.amount if amount is None else amount)
    currency = currency or payment.currency
    pay = {
        "id": payment_id,
        "entity": "payment",
        "amount": minor,
        "currency": currency,
        "status": "captured",
        "order_id": payment.provider_order_id,
        "method": "upi",
        "captured": True,
        "notes": {"reference": str(payment.reference)},
    }
    payload: dict = {"payment": {"entity": pay}}
    if event == "order.paid":
        payload["order"] = {
            "entity": {
                "id": payment.provider_order_id,
                "entity": "order",
                "amount": minor,
                "amount_paid": minor,
                "currency": currency,
                "status": "paid",
                "notes": {"reference": str(payment.reference)},
            }
        }
    if event in ("refund.processed", "refund.failed"):
        payload["refund"] = {
            "entity": {
                "id": refund_id or f"rfnd_{uuid.uuid4().hex[:10]}",
                "entity": "refund",
                "amount": minor,
                "currency": currency,
                "payment_id": payment_id,
                "status": event.split(".")[1],
            }
        }
    body = json.dumps(
        {
            "entity": "event",
            "account_id": "acc_Test",
            "event": event,
            "contains": list(payload),
            "payload": payload,
            "created_at": int(time.time()),
        }
    ).encode()
    signature = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    headers = {
        "HTTP_X_RAZORPAY_SIGNATURE": signature,
        "HTTP_X_RAZORPAY_EVENT_ID": event_id or f"evt_{uuid.uuid4().hex[:14]}",
    }
    return body, headers


# --------------------------------------------------------------------------- Stripe


def stripe_webhook(
    event_type: str, obj: dict, *, event_id: str | None = None, secret=STRIPE_WEBHOOK_SECRET
) -> tuple[bytes, dict]:
    """A Stripe event, its ``Stripe-Signature`` header made by stripe's own helper."""
    body = json.dumps(
        {
            "id": event_id or f"evt_{uuid.uuid4().hex[:24]}",
            "object": "event",
            "api_version": "2025-01-27.acacia",
            "created": int(time.time()),
            "type": event_type,
            "data": {"object": obj},
            "livemode": False,
        }
    )
    header = stripe.WebhookSignature.generate_signature_header(body, secret)
    return body.encode(), {"HTTP_STRIPE_SIGNATURE": header}


def stripe_refund(payment, refund_id: str, amount, *, status="failed", reason="") -> dict:
    """A Stripe Refund object as our refund request created it (metadata included)."""
    return {
        "id": refund_id,
        "object": "refund",
        "payment_intent": payment.provider_payment_id,
        "amount": to_minor(amount),
        "currency": payment.currency.lower(),
        "status": status,
        "failure_reason": reason or None,
        "metadata": {"reference": str(payment.reference)},
    }


def stripe_session(payment, *, amount=None, currency=None, payment_status="paid") -> dict:
    return {
        "id": payment.provider_order_id,
        "object": "checkout.session",
        "amount_total": to_minor(payment.amount if amount is None else amount),
        "currency": (currency or payment.currency).lower(),
        "client_reference_id": str(payment.reference),
        "payment_intent": "pi_Test123",
        "payment_status": payment_status,
        "status": "complete",
        "metadata": {"reference": str(payment.reference)},
    }


# --------------------------------------------------------------------------- local


def local_webhook(payment, *, event_type="payment.succeeded", amount=None, **kwargs):
    body, headers = LocalProvider.build_webhook(
        event_type=event_type,
        order_id=payment.provider_order_id,
        reference=str(payment.reference),
        amount=payment.amount if amount is None else amount,
        currency=kwargs.pop("currency", payment.currency),
        **kwargs,
    )
    return body, {"HTTP_X_LOCAL_SIGNATURE": headers["X-Local-Signature"]}
