"""PayPal: Orders v2 over its REST API (with ``requests``); the payer approves on PayPal, we
capture, and `PAYMENT.CAPTURE.COMPLETED` / `PAYMENT.CAPTURE.REFUNDED` webhooks confirm. Webhooks
are verified with PayPal's own verification call (`/v1/notifications/verify-webhook-signature`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal

import requests
from django.conf import settings
from django.core.cache import cache

from .base import (
    CheckoutRequest,
    CheckoutSession,
    EventKind,
    PaymentProvider,
    ProviderError,
    ProviderEvent,
    ProviderUnreachable,
    WebhookSignatureError,
    header,
)

TIMEOUT = 15


def _issue(response: requests.Response) -> str:
    """PayPal's own name for what went wrong (e.g. ``CAPTURE_FULLY_REFUNDED``), if it says."""
    try:
        data = response.json()
    except ValueError:
        return ""
    details = data.get("details") or [{}]
    issue = details[0].get("issue") or data.get("name") or ""
    return f": {issue}" if issue else ""


class PayPalProvider(PaymentProvider):
    name = "paypal"
    label = "PayPal"
    currencies = ("USD",)

    def is_configured(self) -> bool:
        return bool(
            settings.PAYPAL_CLIENT_ID
            and settings.PAYPAL_CLIENT_SECRET
            and settings.PAYPAL_WEBHOOK_ID
        )

    def session(self) -> requests.Session:
        return requests.Session()

    def _url(self, path: str) -> str:
        return settings.PAYPAL_API_BASE.rstrip("/") + path

    def _token(self, http: requests.Session) -> str:
        cached = cache.get("billing:paypal:token")
        if cached:
            return cached
        response = http.post(
            self._url("/v1/oauth2/token"),
            auth=(settings.PAYPAL_CLIENT_ID, settings.PAYPAL_CLIENT_SECRET),
            data={"grant_type": "client_credentials"},
            headers={"Accept": "application/json"},
            timeout=TIMEOUT,
        )
        if response.status_code != 200:
            raise ProviderError(f"PayPal refused our credentials ({response.status_code})")
        data = response.json()
        cache.set("billing:paypal:token", data["access_token"], max(60, data["expires_in"] - 120))
        return data["access_token"]

    def _call(self, method: str, path: str, *, body: dict, request_id: str = "") -> dict:
        http = self.session()
        try:
            headers = {
                "Authorization": f"Bearer {self._token(http)}",
                "Content-Type": "application/json",
                "Prefer": "return=representation",
            }
            if request_id:
                headers["PayPal-Request-Id"] = request_id  # PayPal's idempotency key
            response = http.request(
                method, self._url(path), json=body, headers=headers, timeout=TIMEOUT
            )
        except requests.RequestException as exc:
            raise ProviderUnreachable("PayPal could not be reached") from exc
        if response.status_code >= 500:
            raise ProviderUnreachable(f"PayPal answered {response.status_code} to {path}")
        if response.status_code >= 400:
            raise ProviderError(
                f"PayPal answered {response.status_code} to {path}{_issue(response)}"
            )
        return response.json()

    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        order = self._call(
            "POST",
            "/v2/checkout/orders",
            request_id=request.idempotency_key,
            body={
                "intent": "CAPTURE",
                "purchase_units": [
                    {
                        "reference_id": request.reference,
                        "custom_id": request.reference,
                        "description": request.description[:127],
                        "amount": {
                            "currency_code": request.currency,
                            "value": f"{Decimal(request.amount):.2f}",
                        },
                    }
                ],
                "payment_source": {
                    "paypal": {
                        "experience_context": {
                            "brand_name": "TradeSetu",
                            "user_action": "PAY_NOW",
                            "shipping_preference": "NO_SHIPPING",
                            "return_url": request.success_url,
                            "cancel_url": request.cancel_url,
                        }
                    }
                },
            },
        )
        approve = next(
            (
                link["href"]
                for link in order.get("links", [])
                if link.get("rel") in ("payer-action", "approve")
            ),
            "",
        )
        return CheckoutSession(provider_order_id=order["id"], checkout_url=approve)

    def capture(self, *, provider_order_id: str) -> None:
        self._call(
            "POST",
            f"/v2/checkout/orders/{provider_order_id}/capture",
            body={},
            request_id=f"capture-{provider_order_id}",
        )

    def refund(self, *, payment, amount: Decimal, idempotency_key: str, reason: str) -> str:
        # ``provider_payment_id`` is the capture id: PAYMENT.CAPTURE.COMPLETED names it.
        if not payment.provider_payment_id:
            raise ProviderError("PayPal has no capture id on record for this payment")
        refund = self._call(
            "POST",
            f"/v2/payments/captures/{payment.provider_payment_id}/refund",
            request_id=idempotency_key,
            body={
                "amount": {"value": f"{Decimal(amount):.2f}", "currency_code": payment.currency},
                "note_to_payer": reason[:255],
            },
        )
        if refund.get("status") in ("FAILED", "CANCELLED"):
            raise ProviderError(f"PayPal refused the refund (status {refund['status']})")
        return str(refund["id"])

    def parse_webhook(self, *, body: bytes, headers: Mapping[str, str]) -> ProviderEvent:
        names = (
            "PayPal-Transmission-Id",
            "PayPal-Transmission-Time",
            "PayPal-Transmission-Sig",
            "PayPal-Cert-Url",
            "PayPal-Auth-Algo",
        )
        values = {name: header(headers, name) for name in names}
        if not all(values.values()) or not settings.PAYPAL_WEBHOOK_ID:
            raise WebhookSignatureError("missing PayPal transmission headers")
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise WebhookSignatureError("body is not JSON") from exc
        try:
            result = self._call(
                "POST",
                "/v1/notifications/verify-webhook-signature",
                body={
                    "auth_algo": values["PayPal-Auth-Algo"],
                    "cert_url": values["PayPal-Cert-Url"],
                    "transmission_id": values["PayPal-Transmission-Id"],
                    "transmission_sig": values["PayPal-Transmission-Sig"],
                    "transmission_time": values["PayPal-Transmission-Time"],
                    "webhook_id": settings.PAYPAL_WEBHOOK_ID,
                    "webhook_event": data,
                },
            )
        except ProviderError as exc:
            raise WebhookSignatureError(str(exc)) from exc
        if result.get("verification_status") != "SUCCESS":
            raise WebhookSignatureError("PayPal did not verify the signature")
        return self.event_from(data)

    @staticmethod
    def event_from(data: dict) -> ProviderEvent:
        event_type = str(data.get("event_type", ""))
        resource = data.get("resource") or {}
        amount = resource.get("amount") or {}
        common = {"event_id": str(data.get("id", "")), "event_type": event_type, "payload": data}
        money = {
            "amount": Decimal(amount["value"]) if amount.get("value") else None,
            "currency": str(amount.get("currency_code", "")).upper(),
        }
        if event_type == "CHECKOUT.ORDER.APPROVED":
            return ProviderEvent(
                kind=EventKind.APPROVED, provider_order_id=str(resource.get("id", "")), **common
            )
        related = (resource.get("supplementary_data") or {}).get("related_ids") or {}
        if event_type == "PAYMENT.CAPTURE.COMPLETED":
            return ProviderEvent(
                kind=EventKind.SUCCEEDED,
                provider_order_id=str(related.get("order_id", "")),
                provider_payment_id=str(resource.get("id", "")),
                reference=str(resource.get("custom_id", "")),
                **money,
                **common,
            )
        if event_type in ("PAYMENT.CAPTURE.DENIED", "PAYMENT.CAPTURE.DECLINED"):
            return ProviderEvent(
                kind=EventKind.FAILED,
                provider_order_id=str(related.get("order_id", "")),
                provider_payment_id=str(resource.get("id", "")),
                **common,
            )
        if event_type == "PAYMENT.CAPTURE.REFUNDED":
            capture_link = next(
                (link["href"] for link in resource.get("links", []) if link.get("rel") == "up"), ""
            )
            return ProviderEvent(
                kind=EventKind.REFUNDED,
                provider_payment_id=capture_link.rstrip("/").rsplit("/", 1)[-1],
                reference=str(resource.get("custom_id", "")),
                refund_id=str(resource.get("id", "")),
                **money,
                **common,
            )
        return ProviderEvent(kind=EventKind.IGNORED, **common)
