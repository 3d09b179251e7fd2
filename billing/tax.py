"""GST arithmetic and Indian financial years: pure functions, no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from django.conf import settings

IST = ZoneInfo("Asia/Kolkata")
CENT = Decimal("0.01")


def money(value) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class TaxSplit:
    """GST on one amount: CGST + SGST within the supplier's state, IGST otherwise."""

    taxable: Decimal
    place_of_supply: str
    cgst_rate: Decimal = Decimal("0")
    cgst: Decimal = Decimal("0")
    sgst_rate: Decimal = Decimal("0")
    sgst: Decimal = Decimal("0")
    igst_rate: Decimal = Decimal("0")
    igst: Decimal = Decimal("0")

    @property
    def tax(self) -> Decimal:
        return self.cgst + self.sgst + self.igst

    @property
    def total(self) -> Decimal:
        return self.taxable + self.tax

    @property
    def intra_state(self) -> bool:
        return self.igst_rate == 0


def place_of_supply(*, recipient_state: str, recipient_country: str = "IN") -> str:
    """The recipient's state when we know it (registered or not); otherwise our own state
    (IGST Act s.12(2): a service to an unregistered recipient without an address on record is
    supplied where the supplier is). Recipients outside India: "96" (other countries)."""
    if recipient_country and recipient_country != "IN":
        return "96"
    return recipient_state or settings.BILLING_SUPPLIER_STATE_CODE


def gst_split(
    taxable: Decimal,
    *,
    recipient_state: str,
    recipient_country: str = "IN",
    rate: Decimal | int | None = None,
) -> TaxSplit:
    rate = Decimal(settings.BILLING_GST_RATE if rate is None else rate)
    taxable = money(taxable)
    pos = place_of_supply(recipient_state=recipient_state, recipient_country=recipient_country)
    if pos == settings.BILLING_SUPPLIER_STATE_CODE:
        half = rate / 2
        return TaxSplit(
            taxable=taxable,
            place_of_supply=pos,
            cgst_rate=half,
            cgst=money(taxable * half / 100),
            sgst_rate=half,
            sgst=money(taxable * half / 100),
        )
    return TaxSplit(
        taxable=taxable, place_of_supply=pos, igst_rate=rate, igst=money(taxable * rate / 100)
    )


def split_total(total: Decimal, like: TaxSplit) -> TaxSplit:
    """Split a tax-inclusive amount (a refund) with the rates of ``like``."""
    rate = like.cgst_rate + like.sgst_rate + like.igst_rate
    taxable = money(Decimal(total) * 100 / (100 + rate))
    if like.intra_state:
        half = money((Decimal(total) - taxable) / 2)
        return TaxSplit(
            taxable=Decimal(total) - 2 * half,
            place_of_supply=like.place_of_supply,
            cgst_rate=like.cgst_rate,
            cgst=half,
            sgst_rate=like.sgst_rate,
            sgst=half,
        )
    return TaxSplit(
        taxable=taxable,
        place_of_supply=like.place_of_supply,
        igst_rate=like.igst_rate,
        igst=money(Decimal(total) - taxable),
    )


def price_with_gst(amount: Decimal) -> Decimal:
    """The advertised price including GST (the same for CGST+SGST and IGST at 18%)."""
    return money(Decimal(amount) * (100 + Decimal(settings.BILLING_GST_RATE)) / 100)


def financial_year(at: datetime) -> str:
    """The Indian financial year (April–March, in Indian time) of ``at``: "2026-27"."""
    local = at.astimezone(IST)
    start = local.year if local.month >= 4 else local.year - 1
    return f"{start}-{(start + 1) % 100:02d}"
