"""What every journey's people do the same way: log in on the site, log in to the admin with the
second factor, read their e-mail."""

from __future__ import annotations

import json
import re
import time
from base64 import b32decode, b32encode
from pathlib import Path

from django_otp.oath import totp

DEMO_PASSWORD = "TradeSetu-demo-2026"
ADMIN_EMAIL = "admin@tradesetu.test"
PASSWORD = "Journey-walk-2026!"


def site_login(page, email: str, password: str = PASSWORD) -> None:
    """From wherever the page is: the header's "Log in" link, the form, the dashboard."""
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Log in").click()
    page.get_by_label(re.compile(r"^E-mail")).fill(email)
    page.get_by_label(re.compile(r"^Password")).fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/dashboard/"))


def site_logout(page) -> None:
    page.get_by_role("button", name="Log out").click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Log in").wait_for()


class Authenticator:
    """The authenticator app on a person's phone: it learns the key from the set-up page and
    shows the current code; a code already used in this 30-second step is refused by the site,
    so a second log-in within the step waits for the next one."""

    def __init__(self, keep_in: Path | None = None) -> None:
        self.keys: dict[str, bytes] = {}
        self.last_step: dict[str, int] = {}
        self.keep_in = keep_in  # a file that keeps the keys between test sessions, if any
        if keep_in is not None and keep_in.exists():
            self.keys = {k: b32decode(v) for k, v in json.loads(keep_in.read_text()).items()}

    def learn(self, email: str, secret: str) -> None:
        self.keys[email] = b32decode(secret.replace(" ", "").upper())
        if self.keep_in is not None:
            self.keep_in.write_text(
                json.dumps({k: b32encode(v).decode() for k, v in self.keys.items()})
            )

    def code(self, email: str) -> str:
        step = int(time.time()) // 30
        if self.last_step.get(email, -1) >= step:
            time.sleep(30 - time.time() % 30 + 0.5)
            step = int(time.time()) // 30
        self.last_step[email] = step
        return f"{totp(self.keys[email], step=30, t0=0, digits=6, drift=0):06d}"


def admin_login(page, authenticator: Authenticator, email: str, password: str) -> None:
    """The admin's sign-in form, then the second factor: set up on the first log-in (the key is
    read from the set-up page, as a person types it into the app), a code afterwards."""
    page.goto("/admin/")
    page.locator("input[name=username]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    setup = page.get_by_role("heading", name="Set up two-factor authentication")
    verify = page.get_by_role("heading", name="Two-factor authentication")
    setup.or_(verify).first.wait_for()
    if setup.is_visible():
        authenticator.learn(email, page.get_by_test_id("totp-secret").inner_text())
        page.get_by_label(re.compile(r"code", re.I)).first.fill(authenticator.code(email))
        page.get_by_role("button", name="Turn on").click()
        # the recovery codes are shown once; then on to the admin
        page.get_by_role("link", name="Continue").click()
    else:
        page.get_by_label(re.compile(r"^Code from your authenticator")).fill(
            authenticator.code(email)
        )
        page.get_by_role("button", name="Verify").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def mail_link(mailbox, to: str, pattern: str, timeout: float = 60.0) -> str:
    """The first link matching ``pattern`` in an e-mail to ``to``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with mailbox._lock:
            messages = [m for m in mailbox.messages if to in m["To"]]
        for message in messages:
            found = re.search(pattern, mailbox.text(message))
            if found:
                return found.group(0)
        time.sleep(0.3)
    raise AssertionError(f"no e-mail to {to} with a link like {pattern} within {timeout:.0f} s")
