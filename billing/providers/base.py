"""One interface for every payment provider; data crosses it as dataclasses.

A provider creates a hosted checkout for a pending payment, starts refunds that staff ask for,
and turns a signed webhook (raw body and headers) into a ``ProviderEvent``. Signature checks use
the provider SDK's own helper.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from billing.models import Payment


class ProviderError(Exception):
    """The provider refused or could not be reached."""


class ProviderUnreachable(ProviderError):
    """No clear answer (network error, timeout, a 5xx): the provider may or may not have acted,
    so a retry must send the same idempotency key."""


class WebhookSignatureError(Exception):
    """The webhook's signature is missing or wrong: the body is not trusted."""


@dataclass(frozen=True)
class CheckoutRequest:
    reference: str  # our payment reference (uuid), sent as receipt / metadata
    idempotency_key: str  # sent to providers that accept one
    amount: Decimal  # total including GST
    currency: str  # "INR" / "USD"
    description: str
    customer_email: str
    customer_name: str
    success_url: str
    cancel_url: str


@dataclass(frozen=True)
class CheckoutSession:
    provider_order_id: str
    checkout_url: str  # where the browser goes next
    client_data: dict[str, Any] = field(default_factory=dict)  # e.g. Razorpay Checkout options


class EventKind:
    SUCCEEDED = "payment.succeeded"
    FAILED = "payment.failed"
    CANCELED = "payment.canceled"
    REFUNDED = "payment.refunded"
    REFUND_FAILED = "refund.failed"  # a refund the provider accepted did not go through
    APPROVED = "order.approved"  # PayPal: approved by the payer, still to be captured
    IGNORED = "ignored"


@dataclass(frozen=True)
class ProviderEvent:
    event_id: str
    event_type: str  # the provider's own name, e.g. "payment.captured"
    kind: str  # one of EventKind
    payload: dict[str, Any]
    provider_order_id: str = ""
    provider_payment_id: str = ""
    reference: str = ""
    amount: Decimal | None = None  # paid (or refunded) amount in major units
    currency: str = ""
    refund_id: str = ""
    failure_reason: str = ""  # the provider's code for a failed refund (no personal data)


def to_minor(amount: Decimal) -> int:
    """Rupees / dollars to paise / cents, as Razorpay and Stripe count."""
    return int((Decimal(amount) * 100).to_integral_value())


def from_minor(value: int | str) -> Decimal:
    return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


def header(headers: Mapping[str, str], name: str) -> str:
    """Case-insensitive header look-up on any mapping."""
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return ""


class PaymentProvider(ABC):
    name: ClassVar[str]
    label: ClassVar[str]
    currencies: ClassVar[tuple[str, ...]] = ("INR", "USD")

    @abstractmethod
    def is_configured(self) -> bool:
        """Whether the keys this provider needs are set."""

    @abstractmethod
    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        """Create the provider's order / session for a pending payment."""

    @abstractmethod
    def parse_webhook(self, *, body: bytes, headers: Mapping[str, str]) -> ProviderEvent:
        """Verify the signature on the raw body and normalise the event.

        Raises ``WebhookSignatureError`` when the signature does not match."""

    def capture(self, *, provider_order_id: str) -> None:  # noqa: B027 - optional step
        """Providers that authorise first (PayPal) capture the approved order here."""

    @abstractmethod
    def refund(
        self, *, payment: Payment, amount: Decimal, idempotency_key: str, reason: str
    ) -> str:
        """Ask the provider to refund ``amount`` (major units, tax included) of a captured
        payment; return the provider's refund id.

        Nothing changes on our side here: the provider's refund webhook applies the refund
        (``services.payment_refund``). Raises ``ProviderError`` when the provider refuses, and
        ``ProviderUnreachable`` when it gives no clear answer."""
