"""Indian identifiers: format and checksum rules that protect the badge from typos and fakes."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from marketplace.companies import validators as v


@pytest.mark.parametrize(
    "gstin", ["27AAPFU0939F1ZV", "29AAGCB7383J1Z4", "27aapfu0939f1zv", "27 AAPFU 0939F1ZV"]
)
def test_valid_gstins_pass_and_are_normalised(gstin):
    assert v.validate_gstin(gstin) == gstin.upper().replace(" ", "")


@pytest.mark.parametrize(
    ("gstin", "code"),
    [
        ("27AAPFU0939F1ZW", "gstin_checksum"),  # one wrong check digit
        ("27AAPFU0939F1Z", "gstin_format"),  # too short
        ("27AAPFU0939F1XV", "gstin_format"),  # 14th character must be Z
        ("99AAPFU0939F1ZV", "gstin_state"),  # no such state
        ("27AAPXU0939F1ZV", "gstin_pan"),  # X is not a PAN entity type
    ],
)
def test_invalid_gstins_are_refused_with_a_specific_reason(gstin, code):
    with pytest.raises(ValidationError) as exc:
        v.validate_gstin(gstin)
    assert exc.value.code == code


def test_check_digit_changes_with_any_single_character():
    first14 = "27AAPFU0939F1Z"
    assert v.gstin_check_digit(first14) == "V"
    assert v.gstin_check_digit("27AAPFU0939F2Z") != "V"


@pytest.mark.parametrize("pan", ["AAPFU0939F", "ABCPD1234E"])
def test_valid_pan(pan):
    assert v.validate_pan(pan) == pan


@pytest.mark.parametrize("pan", ["AAPFU0939", "AAPXU0939F", "1APFU0939F", "AAPFU09391"])
def test_invalid_pan(pan):
    with pytest.raises(ValidationError):
        v.validate_pan(pan)


def test_cin_pattern_and_year():
    assert v.validate_cin("U15122KL2004PTC017345")
    for bad in ("X15122KL2004PTC017345", "U15122KL2999PTC017345", "U15122KL2004PTC01734"):
        with pytest.raises(ValidationError):
            v.validate_cin(bad)


def test_iec_and_year_founded():
    assert v.validate_iec("AAPFU0939F") == "AAPFU0939F"
    with pytest.raises(ValidationError):
        v.validate_iec("AAPF-09")
    with pytest.raises(ValidationError):
        v.validate_year_founded(2999)
    with pytest.raises(ValidationError):
        v.validate_year_founded(1700)


def test_gstin_must_agree_with_pan_and_state():
    errors = v.gstin_consistency_errors(gstin="27AAPFU0939F1ZV", pan="ABCPD1234E", state_code="32")
    assert set(errors) == {"pan", "gst_state_code"}
    assert "Maharashtra" in errors["gst_state_code"]
    assert (
        v.gstin_consistency_errors(gstin="27AAPFU0939F1ZV", pan="AAPFU0939F", state_code="27") == {}
    )
