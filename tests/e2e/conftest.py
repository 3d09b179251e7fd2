"""End-to-end fixtures: a page on the live test server (the browser, Debian's Chromium driven by
Playwright, and the real local SMTP server, ``smtp_server``, are in tests/conftest.py)."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture
def page(browser, live_server, settings, transactional_db):
    from tests.conftest import site_skeleton

    site_skeleton()  # a previous transactional test flushed the tables
    settings.SITE_URL = live_server.url
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
