"""Personal contact details in free text: one set of patterns for log scrubbing and for the
redaction of locked leads."""

from __future__ import annotations

import re

EMAIL_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# 9+ digits with optional +, spaces, dots, dashes, brackets; not ISO dates
PHONE_RE = re.compile(r"(?<![\w/.:-])(?!\d{4}-\d\d-\d\d\b)\+?\d[\d\s().-]{7,}\d(?![\w/.:-])")
URL_RE = re.compile(
    r"(?i)\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|in|co|io|biz|info)\b\S*"
)


def mask_contacts(text: str, replacement: str = "[hidden until unlocked]") -> str:
    """Hide e-mail addresses, phone numbers and web addresses (buyers sometimes type them into
    free text to get around the lock)."""
    for pattern in (EMAIL_RE, URL_RE, PHONE_RE):
        text = pattern.sub(replacement, text)
    return text


def has_contacts(text: str) -> bool:
    return any(p.search(text or "") for p in (EMAIL_RE, URL_RE, PHONE_RE))
