"""Logs never carry passwords, tokens, e-mail addresses or phone numbers."""

from __future__ import annotations

import json
import logging

from tradesetu.logging import JSONFormatter, ScrubPIIFilter, scrub


def test_scrub_masks_personal_data_and_secrets():
    text = (
        "login failed for Priya.Sharma@example.co.in from +91 98765 43210 "
        "password=hunter2 token=abc123def456ghi "
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNpZw"
    )
    out = scrub(text)
    for secret in ("Priya.Sharma", "98765", "hunter2", "abc123def456ghi", "eyJhbGci"):
        assert secret not in out
    assert "[email]" in out and "[phone]" in out


def test_scrub_masks_one_time_link_tokens_in_request_lines():
    line = '"GET /es/accounts/verify/eyJ1IjoxfQ:1tAbC:xYz/ HTTP/1.1" 302'
    assert scrub(line) == '"GET /es/accounts/verify/[token] HTTP/1.1" 302'
    reset = "/accounts/password/reset/MQ/c3k9ab-0f1e2d3c4b5a69788796a5b4c3d2e1f0/"
    assert "c3k9ab" not in scrub(reset)


def test_scrub_keeps_ordinary_numbers_and_ids():
    assert scrub("order 42 took 120 ms on 2026-11-25") == "order 42 took 120 ms on 2026-11-25"


def test_json_lines_are_scrubbed_including_args_extras_and_tracebacks():
    record = logging.LogRecord(
        "tradesetu", logging.WARNING, __file__, 1, "user %s failed", ("a@b.example",), None
    )
    record.contact = "call +44 20 7946 0958"
    try:
        raise ValueError("bad e-mail x@y.example")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    ScrubPIIFilter().filter(record)
    line = JSONFormatter("%(message)s").format(record)
    data = json.loads(line)
    assert data["message"] == "user [email] failed"
    assert data["level"] == "WARNING"
    assert "7946" not in data["contact"]
    assert "x@y.example" not in line


def test_access_lines_keep_their_status_and_size():
    """The web server logs '"GET /path HTTP/1.1" 200 13748': status and size side by side were
    masked as a phone number, so every access line ended in [phone]."""
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /blog/how-to-vet/ HTTP/1.1", "200", "13748"),
        None,
    )
    ScrubPIIFilter().filter(record)
    assert record.getMessage() == '"GET /blog/how-to-vet/ HTTP/1.1" 200 13748'


def test_arguments_are_scrubbed_and_numbers_still_format():
    """Each argument is masked on its own; numeric ones keep working with %d and %.2f."""
    record = logging.LogRecord(
        "tradesetu",
        logging.INFO,
        __file__,
        1,
        "%s paid %.2f in %d parts from %s",
        ("a@b.example", 12.5, 3, "+91 98765 43210"),
        None,
    )
    ScrubPIIFilter().filter(record)
    assert record.getMessage() == "[email] paid 12.50 in 3 parts from [phone]"
