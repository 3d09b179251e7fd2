"""One seller navigation: the same items in the same order on every seller page, with the
current section marked (the billing pages and the notification settings each had their own)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

# page -> the nav item that must be marked current
PAGES = [
    ("accounts:seller_dashboard", "accounts:seller_dashboard"),
    ("leads:inbox", "leads:inbox"),
    ("catalog:seller_products", "catalog:seller_products"),
    ("catalog:seller_import", "catalog:seller_products"),
    ("companies:onboarding", "companies:onboarding"),
    ("companies:profile", "companies:profile"),
    ("companies:documents", "companies:documents"),
    ("companies:certifications", "companies:certifications"),
    ("companies:team", "companies:team"),
    ("reviews:seller_list", "reviews:seller_list"),
    ("billing:plan", "billing:plan"),
    ("billing:credits", "billing:credits"),
    ("billing:invoices", "billing:invoices"),
    ("notifications:preferences", "notifications:preferences"),
]


def _seller_nav(html: str) -> list[tuple[str, bool]]:
    match = re.search(r'<nav class="subnav" aria-label="Seller account">(.*?)</nav>', html, re.S)
    assert match, "no seller navigation on the page"
    return [
        (href, bool(current))
        for href, current in re.findall(
            r'<a href="([^"]+)"( aria-current="page")?>', match.group(1)
        )
    ]


def test_every_seller_page_has_the_same_navigation_with_its_section_marked(
    client, owner, plans, tree
):
    """Same links, same order on every page; exactly one marked current: the page's section."""
    client.force_login(owner)
    navs = {}
    for page, current in PAGES:
        response = client.get(reverse(page))
        assert response.status_code == 200, page
        nav = _seller_nav(response.content.decode())
        navs[page] = [href for href, _current in nav]
        assert [href for href, is_current in nav if is_current] == [reverse(current)], page
    first = navs[PAGES[0][0]]
    assert all(items == first for items in navs.values())
    for page, _current in PAGES:
        assert reverse(page) in first or page == "catalog:seller_import"
