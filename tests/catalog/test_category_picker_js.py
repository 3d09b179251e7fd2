"""The category picker's filter box in a real browser (Debian's Chromium): typing narrows the
grouped list to matching categories (any language, accents ignored), says how many match, and
Enter picks the only match without submitting the form."""

from __future__ import annotations

from pathlib import Path

import pytest

from marketplace.catalog.forms import ImportForm

from .test_product_form import taxonomy  # noqa: F401 - categories in two languages

pytestmark = [pytest.mark.django_db, pytest.mark.e2e]

SCRIPT = (
    Path(__file__).resolve().parents[2] / "marketplace/catalog/static/catalog/category-picker.js"
)


def test_filter_narrows_and_enter_picks_the_only_match(browser, taxonomy, tmp_path):  # noqa: F811
    widget = str(ImportForm()["category"]).replace(
        '<script src="/static/catalog/category-picker.js" defer></script>', ""
    )
    html = tmp_path / "picker.html"
    html.write_text(
        "<!DOCTYPE html><html lang='en'><body><form id='f' onsubmit='window.submitted=true;"
        f"return false'>{widget}</form><script>{SCRIPT.read_text()}</script></body></html>",
        encoding="utf-8",
    )
    page = browser.new_page()
    try:
        page.goto(html.as_uri())
        box = page.get_by_label("Filter the categories")
        assert box.is_visible()  # shown by the script (hidden without it)
        box.fill("pimienta")  # Spanish name of black pepper, and of its group
        visible = page.eval_on_selector_all(
            "#id_category option:not([hidden])", "os => os.map(o => o.textContent)"
        )
        assert "Black pepper" in visible and "Cotton yarn" not in visible
        assert "Categories that match" in page.locator("#id_category_matches").inner_text()
        box.fill("cotton")
        assert page.eval_on_selector("optgroup[label='Spices']", "g => g.hidden") is True
        box.press("Enter")
        assert page.eval_on_selector("#id_category", "s => s.selectedOptions[0].textContent") == (
            "Cotton yarn"
        )
        assert page.evaluate("window.submitted === undefined")
        box.fill("cumin ají")
        assert page.locator("#id_category_matches").inner_text().startswith("No category")
    finally:
        page.close()
