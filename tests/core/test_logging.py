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
