"""The public pages: /search/ with tabs, facets, sorting, pagination and compare checkboxes;
/search/suggest/ (htmx); /compare/ with highlighted differences and a shareable URL."""

from __future__ import annotations

import re

from search.types import MAX_PAGE


def test_search_page_lists_results_and_facets(world, client):
    response = client.get("/search/", {"q": "turmeric"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "6 products" in html
    assert "Organic turmeric powder" in html
    assert 'name="robots" content="noindex, follow"' in html
    # facets are links that toggle the filter, keeping the query
    assert 'href="?q=turmeric&amp;state=33"' in html
    assert 'href="?q=turmeric&amp;verified=1"' in html
    assert 'href="?q=turmeric&amp;category=t-spices"' in html
    # compare checkboxes
    assert f'name="products" value="{world.products["malabar_turmeric"].pk}"' in html


def test_chosen_facets_are_checked_and_removable(world, client):
    html = client.get(
        "/search/", {"q": "turmeric", "state": "33,32", "verified": "1"}
    ).content.decode()
    assert "1 product" in html
    assert re.search(
        r'aria-checked="true"[^>]*>\s*<span class="box" aria-hidden="true">☑</span>\s*(<bdi>)?Kerala',
        html,
    )
    assert 'href="?q=turmeric&amp;state=33&amp;verified=1"' in html  # unticks Kerala
    assert "Clear all filters" in html


def test_supplier_tab(world, client):
    html = client.get("/search/", {"q": "pepper", "type": "suppliers"}).content.decode()
    assert "Malabar Pepper Traders" in html
    assert f'name="suppliers" value="{world.malabar.slug}"' in html
    assert 'aria-current="page">Suppliers' in html


def test_sorting_and_pagination_links(world, client):
    html = client.get("/search/", {"page_size": "2", "sort": "newest"}).content.decode()
    assert "Page 1 of 5" in html
    assert 'href="?page_size=2&amp;sort=newest&amp;page=2"' in html
    assert '<option value="newest" selected>' in html
    last = client.get("/search/", {"page_size": "2", "page": "5"}).content.decode()
    assert 'rel="next"' not in last


def test_corrected_query_is_shown(world, client):
    html = client.get("/search/", {"q": "turmric"}).content.decode()
    assert "Showing results for <strong>turmeric</strong>" in html


def test_translated_page(world, client):
    response = client.get("/es/search/", {"q": "cúrcuma"})
    assert response.status_code == 200
    assert "Cúrcuma en polvo ecológica para exportación" in response.content.decode()


def test_suggestions_partial(world, client):
    html = client.get("/search/suggest/", {"q": "turm"}, HTTP_HX_REQUEST="true").content.decode()
    assert '<ul class="suggestions"' in html
    assert 'href="/search/?q=turmeric"' in html
    assert 'href="/categories/t-turmeric/"' in html
    assert client.get("/search/suggest/", {"q": ""}).content.decode().strip() == ""


def test_header_search_box_with_autocomplete_on_every_page(world, client):
    html = client.get("/search/").content.decode()
    assert 'hx-get="/search/suggest/"' in html and 'id="site-search"' in html


def test_compare_page_highlights_differences(world, client):
    url = f"/compare/?suppliers={world.malabar.slug},{world.jaipur.slug}"
    html = client.get(url).content.decode()
    assert "Malabar Pepper Traders" in html and "Jaipur Blue Pottery Co" in html
    assert re.search(r'data-row="verified" data-differs="false"', html)  # both verified
    assert re.search(r'class="compare-row differs" data-row="rating" data-differs="true"', html)
    assert re.search(r'data-row="location" data-differs="true"', html)
    assert f"http://testserver{url}" in html  # shareable


def test_compare_from_checkboxes_redirects_to_the_shareable_url(world, client):
    response = client.get("/compare/", {"suppliers": [world.malabar.slug, world.erode.slug]})
    assert response.status_code == 302
    assert response["Location"] == f"/compare/?suppliers={world.malabar.slug},{world.erode.slug}"
    product_ids = [world.products["tellicherry"].pk, world.products["vase"].pk]
    response = client.get("/compare/", {"products": product_ids})
    assert response["Location"] == f"/compare/?products={product_ids[0]},{product_ids[1]}"
    html = client.get(response["Location"]).content.decode()
    assert "Tellicherry black pepper TGSEB" in html and "Blue pottery vase" in html


def test_compare_with_one_or_five(world, client):
    html = client.get(f"/compare/?suppliers={world.malabar.slug}").content.decode()
    assert "Choose 2 to 4" in html
    response = client.get("/compare/?products=1,2,3,4,5")
    assert response.status_code == 400
    assert "at most 4" in response.content.decode()


def test_pages_cap(world, client):
    assert client.get("/search/", {"page": str(MAX_PAGE + 1)}).status_code == 400
