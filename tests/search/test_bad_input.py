"""Bad input never gives a 500 or an unbounded query: a clear 400, or a sensible, bounded answer."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marketplace.catalog.models import Product

API = "/api/v1/search/products"

FRAGMENTS = [
    "'; DROP TABLE catalog_product; --",
    "pepper' OR '1'='1",
    "1; SELECT pg_sleep(10)",
    '{"query": {"match_all": {}}}',
    "title:* OR _exists_:price",
    "turmeric & !pepper | (<-> :*)",
    "<script>alert(1)</script>",
    "\\x00\\\\ %% _ ' \" ` ;",
    "\u0000null byte",
]


@pytest.mark.parametrize("query", ["", "   ", "!!!", "&&&"])
def test_empty_queries_browse_everything(world, api_client, query):
    response = api_client.get(API, {"q": query})
    assert response.status_code == 200
    assert response.json()["total"] == 9


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_sql_and_dsl_fragments_are_just_words(world, api_client, client, fragment):
    response = api_client.get(API, {"q": fragment})
    assert response.status_code == 200, response.content
    assert response.json()["total"] <= 9
    assert client.get("/search/", {"q": fragment}).status_code == 200
    assert Product.objects.count() == 10  # nothing dropped


def test_fragments_are_searched_as_words_not_obeyed(world, api_client):
    data = api_client.get(API, {"q": "pepper'; --"}).json()
    assert data["total"] == 3  # the words: "pepper" (two pepper lots, Malabar Pepper's turmeric)
    assert api_client.get(API, {"q": '{"query": {"match_all": {}}}'}).json()["total"] == 0
    assert api_client.get(API, {"q": "' OR 1=1 --"}).json()["total"] == 0


def test_a_2000_character_query(world, api_client, client):
    long_query = ("turmeric powder " * 200)[:2000]
    response = api_client.get(API, {"q": long_query})
    assert response.status_code == 400
    assert response.json()["error"]["fields"]["q"] == ["Search for at most 200 characters."]
    page = client.get("/search/", {"q": long_query})
    assert page.status_code == 200
    assert "shortened" in page.content.decode()
    assert "Organic turmeric powder" in page.content.decode()
    assert client.get("/search/", {"q": "x" * 2000}).status_code == 200


def test_many_words_are_capped(world, api_client):
    with CaptureQueriesContext(connection) as queries:
        response = api_client.get(API, {"q": " ".join(f"word{n}" for n in range(30))})
    assert response.status_code == 200
    assert len(queries) <= 25  # at most 8 words, each corrected at most once


@pytest.mark.parametrize("page", ["10000", "101", "99999999999999999999"])
def test_pages_beyond_the_cap(world, api_client, client, page):
    response = api_client.get(API, {"q": "pepper", "page": page})
    assert response.status_code == 400
    assert "first 100 pages" in response.json()["error"]["message"]
    html = client.get("/search/", {"q": "pepper", "page": page})
    assert html.status_code == 400
    assert "first 100 pages" in html.content.decode()


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": "abc"}, "page"),
        ({"page": "0"}, "page"),
        ({"page": "-3"}, "page"),
        ({"page_size": "1000"}, "page_size"),
    ],
)
def test_malformed_paging(world, api_client, params, field):
    response = api_client.get(API, params)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


def test_a_page_past_the_results_is_empty(world, api_client):
    data = api_client.get(API, {"page": "50"}).json()
    assert data["results"] == [] and data["total"] == 9


def test_unknown_facet_values_are_ignored_and_named(world, api_client):
    data = api_client.get(
        API,
        {
            "q": "turmeric",
            "category": "no-such-category",
            "cert": "fssai,made-up",
            "country": "XX,IN",
            "state": "99",
            "tier": "platinum",
            "terms": "barter",
            "rating": "7",
            "moq": "lots",
            "price": "cheap",
            "sort": "loudest",
        },
    ).json()
    assert data["ignored"] == {
        "category": ["no-such-category"],
        "cert": ["made-up"],
        "country": ["XX"],
        "state": ["99"],
        "tier": ["platinum"],
        "terms": ["barter"],
        "rating": ["7"],
        "moq": ["lots"],
        "price": ["cheap"],
        "sort": ["loudest"],
    }
    # the valid ones still apply: turmeric with FSSAI in India
    assert [r["title"] for r in data["results"]] == ["Organic turmeric powder"]
    assert data["notices"]


def test_price_range_upside_down_is_swapped(world, api_client):
    data = api_client.get(API, {"price_min": "10", "price_max": "2"}).json()
    assert "swapped" in " ".join(data["notices"])
    straight = api_client.get(API, {"price_min": "2", "price_max": "10"}).json()
    assert data["total"] == straight["total"] > 0


@pytest.mark.parametrize("value", ["abc", "-5", "1e400", "NaN", "Infinity"])
def test_nonsense_prices_are_ignored(world, api_client, value):
    response = api_client.get(API, {"price_min": value})
    assert response.status_code == 200
    assert response.json()["ignored"] == {"price_min": [value]}


def test_engine_timeout_is_a_503_not_a_500(world, api_client, client, monkeypatch):
    from search.engines.base import SearchUnavailable
    from search.engines.postgres.engine import PostgresEngine

    def slow(self, request):
        raise SearchUnavailable("canceling statement due to statement timeout")

    monkeypatch.setattr(PostgresEngine, "products", slow)
    response = api_client.get(API, {"q": "pepper timeout"})
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "search_unavailable"
    assert client.get("/search/", {"q": "pepper timeout"}).status_code == 503


def test_statement_timeout_is_set(world):
    """Every search statement runs under a statement_timeout."""
    from search.engines.postgres.engine import PostgresEngine
    from search.types import SearchRequest

    with CaptureQueriesContext(connection) as queries:
        PostgresEngine().products(SearchRequest(query="pepper"))
    assert "statement_timeout" in queries[0]["sql"] or "statement_timeout" in queries[1]["sql"]


def test_autocomplete_bad_input(world, api_client):
    assert api_client.get("/api/v1/search/autocomplete", {"q": ""}).json() == []
    assert api_client.get("/api/v1/search/autocomplete", {"q": "'; --"}).status_code == 200
    assert api_client.get("/api/v1/search/autocomplete", {"q": "x" * 5000}).status_code == 200
    assert (
        api_client.get("/api/v1/search/autocomplete", {"q": "tu", "limit": "lots"}).status_code
        == 400
    )
    assert api_client.get("/search/suggest/", {"q": "%%%"}).status_code == 200
