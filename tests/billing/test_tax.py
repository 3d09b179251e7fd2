from datetime import UTC, datetime
from decimal import Decimal

import pytest

from billing.tax import financial_year, gst_split, price_with_gst, split_total


@pytest.fixture(autouse=True)
def _our_state(settings):
    settings.BILLING_SUPPLIER_STATE_CODE = "29"
    settings.BILLING_GST_RATE = 18


def test_a_seller_in_our_state_pays_cgst_and_sgst():
    split = gst_split(Decimal("9999.00"), recipient_state="29")
    assert (split.cgst_rate, split.sgst_rate, split.igst_rate) == (9, 9, 0)
    assert split.cgst == split.sgst == Decimal("899.91")
    assert split.igst == 0
    assert split.total == Decimal("11798.82")
    assert split.place_of_supply == "29"


def test_a_seller_in_another_state_pays_igst():
    split = gst_split(Decimal("9999.00"), recipient_state="27")
    assert (split.cgst, split.sgst) == (0, 0)
    assert split.igst_rate == 18
    assert split.igst == Decimal("1799.82")
    assert split.total == Decimal("11798.82")
    assert split.place_of_supply == "27"


def test_an_unregistered_seller_without_a_state_is_taxed_where_we_are():
    split = gst_split(Decimal("100"), recipient_state="")
    assert split.place_of_supply == "29"
    assert split.cgst == split.sgst == Decimal("9.00")


def test_a_refund_is_split_with_the_invoice_rates():
    like = gst_split(Decimal("1000"), recipient_state="29")
    part = split_total(Decimal("590.00"), like)
    assert part.taxable == Decimal("500.00")
    assert part.cgst == part.sgst == Decimal("45.00")
    assert part.total == Decimal("590.00")
    inter = split_total(Decimal("1180.00"), gst_split(Decimal("1000"), recipient_state="07"))
    assert (inter.taxable, inter.igst) == (Decimal("1000.00"), Decimal("180.00"))


def test_advertised_price_includes_gst():
    assert price_with_gst(Decimal("2999")) == Decimal("3538.82")


@pytest.mark.parametrize(
    ("moment", "year"),
    [
        (datetime(2027, 3, 31, 18, 29, 59, tzinfo=UTC), "2026-27"),  # 23:59:59 in India
        (datetime(2027, 3, 31, 18, 30, 0, tzinfo=UTC), "2027-28"),  # 00:00 on 1 April in India
        (datetime(2027, 1, 15, tzinfo=UTC), "2026-27"),
        (datetime(2099, 12, 1, tzinfo=UTC), "2099-00"),
    ],
)
def test_the_financial_year_runs_april_to_march_in_indian_time(moment, year):
    assert financial_year(moment) == year
