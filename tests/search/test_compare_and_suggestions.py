"""Issue 15 on search and compare: payment terms compared as sets, MOQs with their unit and
without trailing zeros, a one-item compare that keeps the pick, product suggestions under both
search boxes, a thumbnail or placeholder on every result row, sorting applied on change."""

from __future__ import annotations

import re

from django.template.loader import render_to_string
from django.utils import translation

from marketplace.catalog.models import Product
from marketplace.companies.models import SellerProfile
from search import compare
from search.selectors import autocomplete

from .factories import reindex


def row(comparison, key):
    return next(r for r in comparison.rows if r.key == key)


def test_payment_terms_in_another_order_do_not_differ(world):
    """The same terms listed in another order are the same offer (compared as sets)."""
    SellerProfile.objects.filter(company=world.malabar).update(payment_terms=["tt", "lc"])
    SellerProfile.objects.filter(company=world.erode).update(payment_terms=["lc", "tt"])
    terms = row(compare.suppliers_compare([world.malabar.slug, world.erode.slug]), "payment_terms")
    assert terms.differs is False
    assert terms.values[0] == terms.values[1]
    one, two = world.products["tellicherry"], world.products["erode_powder"]
    Product.objects.filter(pk=one.pk).update(
        payment_terms=["tt", "advance"], incoterms=["CIF", "FOB"]
    )
    Product.objects.filter(pk=two.pk).update(
        payment_terms=["advance", "tt"], incoterms=["FOB", "CIF"]
    )
    comparison = compare.products_compare([str(one.pk), str(two.pk)])
    assert row(comparison, "payment_terms").differs is False
    assert row(comparison, "incoterms").differs is False
    assert row(comparison, "incoterms").values[0] == "FOB, CIF"


def test_smallest_moq_carries_its_unit_without_trailing_zeros(world):
    """ "Smallest MOQ 110.00 vs 100.00" read as numbers without units: now "200 kg"; several
    units are listed each with its own smallest MOQ; numbers are localised."""
    comparison = compare.suppliers_compare([world.malabar.slug, world.erode.slug])
    assert row(comparison, "moq").values == ("200 kg", "300 kg")
    Product.objects.filter(pk=world.products["tellicherry"].pk).update(moq_unit="tonne", moq="2.50")
    comparison = compare.suppliers_compare([world.malabar.slug, world.erode.slug])
    assert row(comparison, "moq").values[0] == "200 kg; 2.5 tonne"
    products = compare.products_compare(
        [str(world.products["erode_fingers"].pk), str(world.products["vase"].pk)]
    )
    assert row(products, "moq").values == ("5,000 kg", "50 kg")
    with translation.override("es"):
        products = compare.products_compare(
            [str(world.products["erode_fingers"].pk), str(world.products["vase"].pk)]
        )
    assert re.fullmatch(r"5[^\d,]000 kg", row(products, "moq").values[0])  # 5 000 kg


def test_compare_with_one_keeps_the_pick_and_says_why(world, client):
    """Submitting compare with one supplier keeps it, explains 2–4 are needed and leads back to
    the search with it still ticked."""
    response = client.get(
        "/compare/", {"suppliers": world.malabar.slug, "back": "q=pepper&type=suppliers&page=2"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "You chose 1. Choose 2 to 4" in html
    assert f'href="/suppliers/{world.malabar.slug}/">Malabar Pepper Traders' in html
    back = re.search(r'href="([^"]+)" data-testid="compare-back"', html).group(1)
    assert back == f"/search/?q=pepper&amp;type=suppliers&amp;compare={world.malabar.slug}"
    results = client.get(back.replace("&amp;", "&")).content.decode()
    assert re.search(rf'name="suppliers" value="{world.malabar.slug}" checked', results)
    assert 'name="back" value="q=pepper&amp;type=suppliers&amp;compare=' in results
    # picked on another page of results: kept as a ticked box above the list
    elsewhere = client.get(
        "/search/", {"q": "vase", "type": "suppliers", "compare": world.malabar.slug}
    ).content.decode()
    assert 'data-testid="compare-picked"' in elsewhere
    assert re.search(rf'value="{world.malabar.slug}" checked> Malabar Pepper Traders', elsewhere)
    assert "You chose 0" in client.get("/compare/").content.decode()


def test_suggestions_include_top_products(world, client, api_client):
    """Header (and hero) suggestions list products as well as terms, categories, suppliers."""
    slug = world.products["tellicherry"].slug
    kinds = {s.kind for s in autocomplete("tellich")}
    assert "product" in kinds
    html = client.get("/search/suggest/", {"q": "tellich"}, HTTP_HX_REQUEST="true").content
    assert f'href="/products/{slug}/"'.encode() in html
    data = api_client.get("/api/v1/search/autocomplete", {"q": "turmeric pow"}).json()
    products = [s for s in data if s["kind"] == "product"]
    assert products and all("powder" in s["text"].lower() for s in products)
    assert products[0]["url"].startswith("/products/")
    Product.objects.filter(pk=world.products["tellicherry"].pk).update(status="draft")
    reindex()
    assert "product" not in {s.kind for s in autocomplete("tellich")}


def test_every_result_row_has_a_thumbnail_or_a_placeholder(world, client):
    """Rows without a photo get an accessible placeholder of the thumbnail's size."""
    for params in ({"q": "turmeric"}, {"q": "pepper", "type": "suppliers"}):
        html = client.get("/search/", params).content.decode()
        rows = html.count('data-testid="result"')
        assert rows
        assert html.count('class="result-image') == rows
        assert re.search(r'class="result-image result-placeholder" role="img" aria-label="', html)


def test_sorting_applies_on_change_with_a_button_without_javascript(world, client):
    """Choosing a sort submits its form; the button stays for browsers without JavaScript."""
    html = client.get("/search/", {"q": "turmeric"}).content.decode()
    select = re.search(r'<select id="search-sort"[^>]*>', html).group(0)
    assert "onchange=" in select and "requestSubmit" in select
    assert re.search(r'<noscript><button type="submit"[^>]*>Sort</button></noscript>', html)


def test_home_hero_search_box_has_suggestions(db):
    """The home page's hero search box asks for suggestions like the header box."""
    html = render_to_string(
        "cms/blocks/hero.html",
        {
            "value": {
                "title": "Find exporters",
                "search_label": "Search",
                "search_button": "Search",
                "search_placeholder": "",
            }
        },
    )
    assert 'hx-get="/search/suggest/"' in html
    assert 'hx-target="#hero-search-suggestions"' in html
    assert 'id="hero-search-suggestions"' in html
