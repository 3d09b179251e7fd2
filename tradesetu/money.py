"""Amounts of money as the visitor reads them: one function and one template filter for every
page, e-mail and PDF that shows a price.

* the separators of the active language (``tradesetu/formats`` for Arabic and Hindi);
* rupees grouped the Indian way in every language (₹3,538.82; ₹12,34,567.00), other currencies
  by thousands;
* the currency's symbol when it has a well-known one (₹, $, €, £), else its ISO code ("AED 12.00").

    {% load money %}
    {{ payment.amount|money:payment.currency }}
    {% money_range product.price_min product.price_max product.currency %}

A range is one bidi-isolated unit, so a right-to-left page never reorders its ends.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import template
from django.utils import numberformat
from django.utils.formats import get_format
from django.utils.html import format_html

CURRENCY_SYMBOLS = {"INR": "₹", "USD": "$", "EUR": "€", "GBP": "£"}
INDIAN_GROUPING = (3, 2, 0)  # 12,34,56,789: thousands, then lakhs and crores

register = template.Library()


def _decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def number_text(value, currency: str = "", *, decimal_pos: int | None = 2) -> str:
    """The number alone, in the active language's separators (Indian grouping for rupees);
    ``decimal_pos=None``: no decimals for a whole amount, else two."""
    amount = _decimal(value)
    if amount is None:
        return ""
    if decimal_pos is None:  # whole amounts without decimals ("$10"), others with two
        decimal_pos = 0 if amount == amount.to_integral_value() else 2
    grouping = INDIAN_GROUPING if currency == "INR" else get_format("NUMBER_GROUPING") or 3
    return numberformat.format(
        amount,
        get_format("DECIMAL_SEPARATOR"),
        decimal_pos=decimal_pos,
        grouping=grouping,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )


def money_format(value, currency: str = "", *, decimal_pos: int | None = 2) -> str:
    """ "₹3,538.82", "$129.00", "AED 12.00"; empty for no amount."""
    number = number_text(value, currency, decimal_pos=decimal_pos)
    if not number:
        return ""
    symbol = CURRENCY_SYMBOLS.get(currency or "")
    if symbol:
        return f"{symbol}{number}"
    return f"{currency} {number}" if currency else number


def money_range_format(low, high, currency: str = "", *, decimal_pos: int | None = 2) -> str:
    """ "$5.00–$12.50", or one amount when both ends are equal (or one is missing)."""
    low, high = _decimal(low), _decimal(high)
    low, high = (low if low is not None else high), (high if high is not None else low)
    if low is None:
        return ""
    if high == low:
        return money_format(low, currency, decimal_pos=decimal_pos)
    return (
        f"{money_format(low, currency, decimal_pos=decimal_pos)}–"
        f"{money_format(high, currency, decimal_pos=decimal_pos)}"
    )


@register.filter
def money(value, currency: str = "") -> str:
    return money_format(value, currency)


@register.simple_tag
def money_range(low, high, currency: str = ""):
    """A price range as one bidi-isolated unit (``<bdi>``)."""
    text = money_range_format(low, high, currency)
    return format_html("<bdi>{}</bdi>", text) if text else ""
