"""A visitor with no account walks the public site of the running stack: a search with a typo,
two facets, a product, its supplier, a comparison of two suppliers, the pricing page, the blog,
and the site in Arabic (right to left) and Hindi."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.journey


def result_count(page) -> int:
    return int(re.match(r"\d+", page.get_by_test_id("result-count").inner_text()).group(0))


def test_visitor_searches_compares_reads_and_switches_language(new_page, shot):
    """Protects the visitor's walk: typo-tolerant search, facets, product and supplier pages,
    compare, pricing, blog and the Arabic and Hindi versions, all on the stack `make run` starts."""
    page = new_page()
    page.goto("/")

    # --- search with a typo from the home page's search box
    page.get_by_role("main").get_by_role("searchbox").fill("turmric")
    page.get_by_role("main").get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/search/\?q=turmric"))
    expect(page.get_by_test_id("corrected")).to_contain_text("turmeric")
    everything = result_count(page)
    assert everything > 0
    first = page.get_by_test_id("result").first.get_by_role("heading").inner_text()
    assert "turmeric" in first.lower()
    shot(page, "01-search-typo")

    # --- two facets narrow the results
    page.locator('[data-facet="category"]').get_by_role(
        "checkbox", name=re.compile("^Spices")
    ).click()
    page.wait_for_url(re.compile(r"category=spices"))
    spices = result_count(page)
    assert 0 < spices < everything
    page.get_by_role("checkbox", name=re.compile(r"^Verified suppliers")).click()
    page.wait_for_url(re.compile(r"verified=1"))
    verified = result_count(page)
    assert 0 < verified <= spices
    shot(page, "02-search-facets")

    # --- a product, then its supplier
    result = page.get_by_test_id("result").first
    product_name = result.get_by_role("heading").inner_text()
    supplier_name = result.get_by_role("link").nth(1).inner_text()
    result.get_by_role("link", name=product_name).click()
    page.get_by_role("heading", level=1, name=product_name).wait_for()
    shot(page, "03-product")
    page.get_by_role("main").get_by_role("link", name=supplier_name).first.click()
    page.get_by_role("heading", level=1, name=supplier_name).wait_for()
    expect(page.get_by_role("link", name="Send enquiry")).to_be_visible()
    shot(page, "04-supplier")

    # --- compare two suppliers side by side
    page.get_by_role("searchbox", name="Search products and suppliers").first.fill("turmeric")
    page.get_by_role("searchbox", name="Search products and suppliers").first.press("Enter")
    page.get_by_role("link", name="Suppliers", exact=True).click()
    page.wait_for_url(re.compile(r"type=suppliers"))
    boxes = page.get_by_role("checkbox", name=re.compile(r"^Compare "))
    assert boxes.count() >= 2
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_role("button", name="Compare selected").click()
    table = page.get_by_test_id("compare-table")
    table.wait_for()
    assert len(table.locator("thead th").all_inner_texts()) == 3  # a label column and two suppliers
    assert page.locator('tr[data-differs="true"]').count() >= 1  # differences are highlighted
    shot(page, "05-compare")

    # --- pricing and the blog from the main menu
    menu = page.get_by_role("navigation", name="Main")
    menu.get_by_role("link", name="Pricing").click()
    page.get_by_role("heading", level=1, name="Pricing").wait_for()
    for plan in ("Free", "Growth", "Premium"):
        expect(page.get_by_role("heading", level=3, name=re.compile(rf"^{plan}"))).to_be_visible()
    shot(page, "06-pricing")
    menu.get_by_role("link", name="Blog").click()
    page.get_by_role("heading", level=1).wait_for()
    post = page.get_by_role("main").get_by_role("heading", level=3).first
    post_title = post.inner_text()
    post.get_by_role("link", name=post_title).click()
    page.get_by_role("heading", level=1, name=post_title).wait_for()
    shot(page, "07-blog-post")

    # --- the site in Arabic: right to left, Arabic text, the menu leads to Arabic pages
    page.locator(".language-switcher").get_by_role("link", name="العربيّة").click()
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    page.get_by_role("link", name="TradeSetu").first.click()
    expect(html).to_have_attribute("lang", "ar")
    assert re.search(r"[\u0600-\u06FF]", page.get_by_role("heading", level=1).inner_text())
    shot(page, "08-home-ar")
    page.get_by_role("main").get_by_role("searchbox").fill("turmric")
    page.get_by_role("main").get_by_role("searchbox").press("Enter")
    page.wait_for_url(re.compile(r"/ar/search/"))
    assert result_count(page) > 0
    shot(page, "09-search-ar")

    # --- and in Hindi: the blog from the Hindi menu is a Hindi page, not a 404
    page.locator(".language-switcher").get_by_role("link", name="हिंदी").click()
    expect(html).to_have_attribute("lang", "hi")
    expect(html).to_have_attribute("dir", "ltr")
    page.get_by_role("link", name="TradeSetu").first.click()
    assert re.search(r"[\u0900-\u097F]", page.get_by_role("heading", level=1).inner_text())
    shot(page, "10-home-hi")
    hindi_menu = page.get_by_role("navigation").first
    links = hindi_menu.locator("a[href^='/hi/']")
    hrefs = links.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    blog = next((href for href in hrefs if "blog" in href), None)
    assert blog, f"the Hindi menu has no blog link: {hrefs}"
    with page.expect_navigation() as navigation:
        hindi_menu.locator(f"a[href='{blog}']").click()
    assert navigation.value.status == 200, f"{blog} answered {navigation.value.status}"
    expect(html).to_have_attribute("lang", "hi")
    shot(page, "11-blog-hi")
