"""A seller signs up, verifies the e-mail address from a real e-mail, logs in, sees the dashboard;
the same dashboard in Arabic is laid out right to left."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from cms.services import home_page_ensure
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_seller_signup_verify_login_dashboard_and_rtl(page, smtp_server, live_server):
    home_page_ensure()

    page.goto("/")
    page.get_by_role("link", name="Sell on TradeSetu").click()
    page.get_by_label("Sell and export").check()
    page.get_by_label("First name").fill("Kavya")
    page.get_by_label("Last name").fill("Reddy")
    page.get_by_label("Work e-mail").fill("kavya@granite.example")
    page.get_by_label("Company name").fill("Deccan Granite Exports")
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_label("I accept the terms of use").check()
    page.get_by_role("button", name="Create account").click()
    page.get_by_role("heading", name="Check your inbox").wait_for()

    message = smtp_server.wait_for("kavya@granite.example")
    link = re.search(r"https?://\S+/accounts/verify/\S+/", smtp_server.text(message)).group(0)
    assert urlsplit(link).netloc == urlsplit(live_server.url).netloc

    page.goto(link)
    page.get_by_text("Your e-mail address is verified").wait_for()
    page.get_by_label(re.compile(r"^E-mail")).fill("kavya@granite.example")
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.get_by_role("heading", name="Seller dashboard").wait_for()
    assert urlsplit(page.url).path == "/dashboard/seller/"
    assert page.get_by_role("heading", name="Deccan Granite Exports").is_visible()
    assert page.locator("html").get_attribute("dir") == "ltr"

    page.goto("/ar/dashboard/seller/")
    html = page.locator("html")
    assert html.get_attribute("dir") == "rtl"
    assert html.get_attribute("lang") == "ar"
    assert page.get_by_role("heading", name="Deccan Granite Exports").is_visible()


def test_arabic_home_page_is_right_to_left(page):
    home_page_ensure()
    page.goto("/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
