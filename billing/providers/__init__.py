"""Payment providers behind one interface (``base.PaymentProvider``); which are offered comes
from ``settings.BILLING_PROVIDERS``."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext as _

from tradesetu.errors import NotFound

from .base import PaymentProvider
from .local import LocalProvider
from .paypal import PayPalProvider
from .razorpay import RazorpayProvider
from .stripe import StripeProvider

REGISTRY: dict[str, type[PaymentProvider]] = {
    "razorpay": RazorpayProvider,
    "stripe": StripeProvider,
    "paypal": PayPalProvider,
    "local": LocalProvider,
}


def enabled_names() -> list[str]:
    return [name for name in settings.BILLING_PROVIDERS if name in REGISTRY]


def get(name: str) -> PaymentProvider:
    """The provider called ``name`` if it is switched on; otherwise a 404 domain error."""
    if name not in enabled_names():
        raise NotFound(_("Unknown payment provider."), code="unknown_provider")
    return REGISTRY[name]()


def enabled() -> list[PaymentProvider]:
    return [REGISTRY[name]() for name in enabled_names()]
