"""A buyer types in the header search box (htmx suggestions), searches, narrows the results by
two facets, switches to suppliers, ticks two of them and compares them side by side: the rows
where they differ are highlighted and the comparison has a shareable URL."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.search import fixtures

# the search tests' world and clean per-process state, shared with this browser test
world = fixtures.world
_fresh_search_state = fixtures._fresh_search_state

pytestmark = pytest.mark.django_db(transaction=True)


def test_search_narrow_and_compare_suppliers(page, world):
    page.goto("/search/")
    box = page.get_by_role("searchbox", name="Search products and suppliers")
    box.press_sequentially("turm", delay=50)
    suggestion = page.locator("#site-search-suggestions").get_by_role(
        "link", name="turmeric", exact=True
    )
    suggestion.wait_for()
    suggestion.click()
    page.wait_for_url(re.compile(r"/search/\?q=turmeric"))
    count = page.get_by_test_id("result-count")
    assert count.inner_text() == "6 products"

    # first facet: the category
    page.locator('[data-facet="category"]').get_by_role(
        "checkbox", name=re.compile("^Spices")
    ).click()
    expect(count).to_have_text("5 products")
    assert "category=t-spices" in page.url
    assert "Turmeric yellow ceramic mug" not in page.content()
    # second facet: rating
    page.locator('[data-facet="rating"]').get_by_role(
        "checkbox", name=re.compile("^4 stars")
    ).click()
    expect(count).to_have_text("1 product")
    assert "rating=4" in page.url
    rating = page.locator('[data-facet="rating"]').get_by_role(
        "checkbox", name=re.compile("^4 stars")
    )
    assert rating.get_attribute("aria-checked") == "true"
    # untick the rating again; both suppliers of spices remain on the suppliers tab
    rating.click()
    expect(count).to_have_text("5 products")
    assert "rating=" not in page.url
    page.get_by_role("link", name="Suppliers", exact=True).click()
    expect(count).to_have_text("2 suppliers")
    assert "type=suppliers" in page.url

    page.get_by_role("checkbox", name="Compare Malabar Pepper Traders").check()
    page.get_by_role("checkbox", name="Compare Erode Turmeric Exports").check()
    page.get_by_test_id("compare-button").click()
    page.wait_for_url(re.compile(r"/compare/\?suppliers=[^&]+,[^&]+$"))
    # the result order: Erode (its name and category say turmeric) before Malabar
    slugs = f"{world.erode.slug},{world.malabar.slug}"
    assert page.url.endswith(f"/compare/?suppliers={slugs}")
    table = page.get_by_test_id("compare-table")
    table.wait_for()
    headers = table.locator("thead th").all_inner_texts()
    assert "Erode Turmeric Exports" in headers[1] and "Malabar Pepper Traders" in headers[2]
    verified = table.locator('tr[data-row="verified"]')
    assert verified.get_attribute("data-differs") == "true"
    assert "differs" in verified.get_attribute("class")
    assert verified.locator("td").all_inner_texts() == ["No", "Yes"]
    background = verified.locator("td").first.evaluate("el => getComputedStyle(el).backgroundColor")
    plain = table.locator('tr[data-differs="false"] td').first.evaluate(
        "el => getComputedStyle(el).backgroundColor"
    )
    assert background != plain  # highlighted
    assert table.locator('tr[data-row="rating"]').get_attribute("data-differs") == "true"
    assert "4.6 / 5 (12 reviews)" in table.locator('tr[data-row="rating"]').inner_text()
    share = page.get_by_test_id("share-url").inner_text()
    assert share.endswith(f"/compare/?suppliers={slugs}")
