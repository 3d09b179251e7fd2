"""Structured logs without personal data.

``ScrubPIIFilter`` sits on every handler: it formats the record once and masks e-mail addresses,
phone numbers, JWTs, bearer tokens and ``password=``/``token=`` values in the message, the
exception text and extra string fields. ``JSONFormatter`` writes one JSON object a line.
"""

from __future__ import annotations

import logging
import numbers
import re

from pythonjsonlogger.json import JsonFormatter

from tradesetu.pii import EMAIL_RE, PHONE_RE

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # one-time links in request lines: e-mail verification and password reset tokens
    (re.compile(r"(/(?:verify|reset)/)[^\s\"'?]+"), r"\1[token]"),
    (re.compile(r"eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}"), "[jwt]"),
    (re.compile(r"(?i)\b(bearer|token|jwt)\s+[\w.\-~+/=]{8,}"), r"\1 [token]"),
    (
        re.compile(
            r"(?i)([\"']?(?:password|passwd|secret|token|refresh|access|otp|api_key)[\"']?"
            r"\s*[:=]\s*[\"']?)[^\s\"',&}]+"
        ),
        r"\1[redacted]",
    ),
    (EMAIL_RE, "[email]"),
    (PHONE_RE, "[phone]"),
]


def scrub(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class ScrubPIIFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        # each argument is scrubbed on its own before they are put together, so neighbouring
        # numbers (an access line's status and size: "200 13748") never read as a phone number
        if isinstance(record.args, tuple):
            record.args = tuple(_scrub_arg(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _scrub_arg(arg) for key, arg in record.args.items()}
        record.msg = scrub(str(record.msg))
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string must not lose the record
            message = record.msg
        record.msg = message
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
            record.exc_info = None
        for key, value in list(record.__dict__.items()):
            if key not in _STANDARD_ATTRS and isinstance(value, str):
                setattr(record, key, scrub(value))
        return True


def _scrub_arg(arg: object) -> object:
    """Numbers stay numbers (a %d or %.2f still formats); anything else is scrubbed as text."""
    if arg is None or isinstance(arg, numbers.Number):
        return arg
    return scrub(str(arg))


_STANDARD_ATTRS = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message"}


class JSONFormatter(JsonFormatter):
    """One JSON object per line with level, logger and time in fixed keys."""

    def add_fields(self, log_record, record, message_dict):
        super().add_fields(log_record, record, message_dict)
        log_record.setdefault("level", record.levelname)
        log_record.setdefault("logger", record.name)
