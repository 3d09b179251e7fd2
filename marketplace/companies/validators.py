"""Indian business identifiers: format and checksum rules (GSTIN, PAN, CIN, IEC)."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

# GST state codes (first two digits of a GSTIN) → state / union territory.
GST_STATES: dict[str, str] = {
    "01": "Jammu and Kashmir",
    "02": "Himachal Pradesh",
    "03": "Punjab",
    "04": "Chandigarh",
    "05": "Uttarakhand",
    "06": "Haryana",
    "07": "Delhi",
    "08": "Rajasthan",
    "09": "Uttar Pradesh",
    "10": "Bihar",
    "11": "Sikkim",
    "12": "Arunachal Pradesh",
    "13": "Nagaland",
    "14": "Manipur",
    "15": "Mizoram",
    "16": "Tripura",
    "17": "Meghalaya",
    "18": "Assam",
    "19": "West Bengal",
    "20": "Jharkhand",
    "21": "Odisha",
    "22": "Chhattisgarh",
    "23": "Madhya Pradesh",
    "24": "Gujarat",
    "26": "Dadra and Nagar Haveli and Daman and Diu",
    "27": "Maharashtra",
    "29": "Karnataka",
    "30": "Goa",
    "31": "Lakshadweep",
    "32": "Kerala",
    "33": "Tamil Nadu",
    "34": "Puducherry",
    "35": "Andaman and Nicobar Islands",
    "36": "Telangana",
    "37": "Andhra Pradesh",
    "38": "Ladakh",
    "97": "Other Territory",
}
GST_STATE_CHOICES = sorted(((code, name) for code, name in GST_STATES.items()), key=lambda c: c[1])

_BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
GSTIN_RE = re.compile(r"^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$")
PAN_RE = re.compile(r"^[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]$")
CIN_RE = re.compile(r"^[LU][0-9]{5}[A-Z]{2}[0-9]{4}[A-Z]{3}[0-9]{6}$")
IEC_RE = re.compile(r"^[A-Z0-9]{10}$")


def normalize_identifier(value: str) -> str:
    return re.sub(r"[\s-]", "", value or "").upper()


def gstin_check_digit(first14: str) -> str:
    """The GSTIN's 15th character: a mod-36 Luhn-style checksum over the first 14."""
    total = 0
    for index, char in enumerate(first14):
        product = _BASE36.index(char) * (2 if index % 2 else 1)
        total += product // 36 + product % 36
    return _BASE36[(36 - total % 36) % 36]


def validate_gstin(value: str) -> str:
    value = normalize_identifier(value)
    if not GSTIN_RE.match(value):
        raise ValidationError(
            _("A GSTIN has 15 characters: state code, PAN, entity number, Z and a check digit."),
            code="gstin_format",
        )
    if value[:2] not in GST_STATES:
        raise ValidationError(_("The GSTIN starts with an unknown state code."), code="gstin_state")
    if not PAN_RE.match(value[2:12]):
        raise ValidationError(_("The PAN inside this GSTIN is not valid."), code="gstin_pan")
    if gstin_check_digit(value[:14]) != value[14]:
        raise ValidationError(
            _("This GSTIN's check digit is wrong; please check for a typing mistake."),
            code="gstin_checksum",
        )
    return value


def validate_pan(value: str) -> str:
    value = normalize_identifier(value)
    if not PAN_RE.match(value):
        raise ValidationError(
            _("A PAN has 10 characters: five letters, four digits and a letter (e.g. AAACT1234C)."),
            code="pan_format",
        )
    return value


def validate_cin(value: str) -> str:
    value = normalize_identifier(value)
    if not CIN_RE.match(value) or int(value[8:12]) > timezone.now().year:
        raise ValidationError(
            _("A CIN has 21 characters, e.g. U15122KL2009PTC012345."), code="cin_format"
        )
    return value


def validate_iec(value: str) -> str:
    value = normalize_identifier(value)
    if not IEC_RE.match(value):
        raise ValidationError(
            _("An IEC (Importer-Exporter Code) has 10 letters and digits."), code="iec_format"
        )
    return value


def validate_year_founded(value: int) -> int:
    if value < 1800 or value > timezone.now().year:
        raise ValidationError(
            _("Enter a founding year between 1800 and this year."), code="year_founded"
        )
    return value


def gstin_consistency_errors(*, gstin: str, pan: str, state_code: str) -> dict[str, str]:
    """The GSTIN embeds the PAN (characters 3–12) and the state code (1–2): both must agree."""
    errors: dict[str, str] = {}
    if gstin and pan and gstin[2:12] != pan:
        errors["pan"] = _("This PAN does not match the PAN inside the GSTIN (%(embedded)s).") % {
            "embedded": gstin[2:12]
        }
    if gstin and state_code and gstin[:2] != state_code:
        errors["gst_state_code"] = _(
            "The GSTIN is registered in %(gst_state)s, not in the state you selected."
        ) % {"gst_state": GST_STATES.get(gstin[:2], gstin[:2])}
    return errors
