"""The OpenSearch engine without a server: the generated DSL, facet parsing, mappings with
per-language analyzers, the zero-downtime alias swap and the incremental sync (a recording fake
client stands in for opensearch-py)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from search.engines.opensearch import dsl, mappings
from search.engines.opensearch.engine import OpenSearchEngine, product_source
from search.text import query_terms
from search.types import PRODUCTS, SUPPLIERS, Filters, SearchRequest


def body(query="", kind=PRODUCTS, resolved=None, **request):
    request = SearchRequest(query=query, **request)
    return dsl.search_body(request, resolved or dsl.Resolved(), kind=kind, terms=query_terms(query))


def test_text_is_matched_as_words_in_every_field():
    built = body("Organic turmeric powder")
    must = built["query"]["bool"]["must"][0]["bool"]
    cross, fuzzy = must["must"][0]["bool"]["should"]
    assert cross["multi_match"]["query"] == "organic turmeric powder"
    assert cross["multi_match"]["type"] == "cross_fields"
    assert cross["multi_match"]["operator"] == "and"
    assert "title.en^4" in cross["multi_match"]["fields"]
    assert "category_text^2" in cross["multi_match"]["fields"]
    assert fuzzy["multi_match"]["fuzziness"] == "AUTO"
    boosts = must["should"]
    assert boosts[0] == {
        "match": {"title": {"query": "organic turmeric powder", "operator": "and", "boost": 2}}
    }
    assert boosts[2] == {
        "match_phrase": {"title": {"query": "organic turmeric powder", "boost": 1}}
    }


@pytest.mark.parametrize(
    "fragment",
    [
        '{"query": {"match_all": {}}}',
        "title:* OR _exists_:price",
        "turmeric AND NOT (pepper)",
        "*:*",
    ],
)
def test_dsl_and_lucene_syntax_is_never_interpreted(fragment):
    built = json.dumps(body(fragment))
    assert "query_string" not in built and '"match_all"' not in built and "_exists_" not in built
    must = body(fragment)["query"]["bool"].get("must")
    if must:
        words = must[0]["bool"]["must"][0]["bool"]["should"][0]["multi_match"]["query"]
        assert all(ch.isalnum() or ch == " " for ch in words)


def test_languages_follow_the_visitor_and_the_script():
    fields = body("cúrcuma", language="es")["query"]["bool"]["must"][0]["bool"]["must"][0]["bool"][
        "should"
    ][0]["multi_match"]["fields"]
    assert "title.es^4" in fields and "title.fr^4" not in fields
    hindi = body("हल्दी पाउडर")["query"]["bool"]["must"][0]["bool"]["must"][0]["bool"]["should"][0][
        "multi_match"
    ]["fields"]
    assert "title.hi^4" in hindi and "title.ar^4" not in hindi


def test_filters():
    built = body(
        filters=Filters(
            category="spices",
            certifications=("fssai", "haccp"),
            countries=("IN",),
            states=("32", "33"),
            verified=True,
            rating_min=4,
            tiers=("premium",),
            payment_terms=("lc",),
            price_min=Decimal("1"),
            price_max=Decimal("5"),
            price="1-5",
            moq="100-500",
            attributes=(("form", "Powder"), ("organic", True)),
        ),
        resolved=dsl.Resolved(category_id=12, cert_ids=(3, 4)),
    )
    assert "must" not in built["query"]["bool"]
    assert built["query"]["bool"]["filter"] == [
        {"term": {"category_path": 12}},
        {"term": {"certifications": 3}},
        {"term": {"certifications": 4}},
        {"terms": {"country": ["IN"]}},
        {"terms": {"state_code": ["32", "33"]}},
        {"terms": {"plan_slug": ["premium"]}},
        {"terms": {"payment_terms": ["lc"]}},
        {"term": {"is_verified": True}},
        {"range": {"rating_avg": {"gte": 4}}},
        {"range": {"price_min_usd": {"gte": 1.0, "lte": 5.0}}},
        {"range": {"price_min_usd": {"gte": 1.0, "lt": 5.0}}},
        {"range": {"moq": {"gt": 100.0, "lte": 500.0}}},
        {"term": {"attributes.form": "Powder"}},
        {"term": {"attributes.organic": "true"}},
    ]


def test_sorting_puts_relevance_then_evidence_then_plan():
    assert body("pepper")["sort"] == [
        "_score",
        {"evidence": "desc"},
        {"plan_rank": "desc"},
        {"published_at": "desc"},
        {"id": "desc"},
    ]
    assert body("")["sort"][0] == {"evidence": "desc"}  # browsing: no score
    assert body("pepper", sort="price_asc")["sort"][0] == {
        "price_min_usd": {"order": "asc", "missing": "_last"}
    }
    assert body("pepper", sort="rating")["sort"][0] == {
        "rating_avg": {"order": "desc", "missing": "_last"}
    }
    assert body("pepper", kind=SUPPLIERS, sort="products")["sort"][0] == {"product_count": "desc"}


def test_pagination_and_totals():
    built = body("pepper", page=3, page_size=20)
    assert built["from"] == 40 and built["size"] == 20 and built["track_total_hits"] is True
    assert 100 * 50 <= mappings.SETTINGS["index"]["max_result_window"]


def test_aggregations_and_their_parsing():
    aggs = body("pepper")["aggs"]
    assert set(aggs) == {
        "category",
        "cert",
        "country",
        "state",
        "tier",
        "terms",
        "verified",
        "rating",
        "price",
        "moq",
    }
    assert aggs["price"]["range"]["ranges"][0] == {"key": "0-1", "to": 1.0}
    assert "price" not in body("pepper", kind=SUPPLIERS)["aggs"]
    response = {
        "category": {"buckets": [{"key": 12, "doc_count": 7}, {"key": 13, "doc_count": 0}]},
        "cert": {"buckets": [{"key": 3, "doc_count": 2}]},
        "country": {"buckets": [{"key": "IN", "doc_count": 7}]},
        "state": {"buckets": []},
        "tier": {"buckets": [{"key": "free", "doc_count": 5}]},
        "terms": {"buckets": [{"key": "lc", "doc_count": 1}]},
        "verified": {"doc_count": 4},
        "rating": {
            "buckets": {"4": {"doc_count": 1}, "3": {"doc_count": 3}, "2": {"doc_count": 0}}
        },
        "price": {"buckets": {"0-1": {"doc_count": 0}, "1-5": {"doc_count": 6}}},
        "moq": {"buckets": {"0-100": {"doc_count": 2}}},
    }
    assert dsl.raw_facets(response) == {
        "category": {"12": 7},
        "cert": {"3": 2},
        "country": {"IN": 7},
        "tier": {"free": 5},
        "terms": {"lc": 1},
        "verified": {"true": 4},
        "rating": {"4": 1, "3": 3},
        "price": {"1-5": 6},
        "moq": {"0-100": 2},
    }


def test_mappings_have_per_language_analyzers():
    title = mappings.PRODUCT_MAPPING["properties"]["title"]
    assert {
        lang: f["analyzer"]
        for lang, f in title["fields"].items()
        if "analyzer" in f and lang != "suggest"
    } == {
        "en": "english",
        "es": "spanish",
        "fr": "french",
        "ar": "arabic",
        "hi": "hindi",
    }
    assert title["fields"]["suggest"]["analyzer"] == "autocomplete"
    assert mappings.PRODUCT_MAPPING["dynamic"] == "strict"
    assert mappings.index_body(SUPPLIERS)["mappings"] is mappings.SUPPLIER_MAPPING


class FakeIndices:
    def __init__(self, client):
        self.client = client

    def create(self, index, body):
        self.client.calls.append(("create", index))
        self.client.indexes[index] = body

    def put_settings(self, index, body):
        self.client.calls.append(("put_settings", index, body))

    def refresh(self, index):
        self.client.calls.append(("refresh", index))

    def exists_alias(self, name):
        return any(name in aliases for aliases in self.client.aliases.values())

    def exists(self, index):
        return index in self.client.indexes

    def get_alias(self, name):
        return {index: {} for index, aliases in self.client.aliases.items() if name in aliases}

    def update_aliases(self, body):
        self.client.calls.append(("update_aliases", body["actions"]))
        for action in body["actions"]:
            ((verb, spec),) = action.items()
            aliases = self.client.aliases.setdefault(spec["index"], set())
            (aliases.add if verb == "add" else aliases.discard)(spec["alias"])

    def delete(self, index, ignore_unavailable=False):
        self.client.calls.append(("delete", index))
        self.client.indexes.pop(index, None)
        self.client.aliases.pop(index, None)


class FakeClient:
    def __init__(self):
        self.calls: list = []
        self.indexes: dict = {}
        self.aliases: dict = {}
        self.indices = FakeIndices(self)
        self.bulked: list = []


@pytest.fixture
def fake(settings, monkeypatch):
    from opensearchpy import helpers

    settings.SEARCH_INDEX_PREFIX = "t"
    client = FakeClient()

    def bulk(client_, actions, **kwargs):
        actions = list(actions)
        client_.bulked.extend(actions)
        return len(actions), []

    monkeypatch.setattr(helpers, "bulk", bulk)
    engine = OpenSearchEngine()
    engine._client = client
    return engine, client


def test_rebuild_fills_a_new_index_then_swaps_the_alias(world, fake):
    engine, client = fake
    client.indexes["t-products-old"] = {}
    client.aliases["t-products-old"] = {"t-products"}
    figures = engine.rebuild(log=lambda message: None)
    assert figures["products"]["indexed"] == 9 and figures["suppliers"]["indexed"] == 3
    new_products = next(i for i in client.indexes if i.startswith("t-products-2"))
    assert client.aliases[new_products] == {"t-products"}
    assert "t-products-old" not in client.indexes  # dropped only after the swap
    order = [c[0] for c in client.calls]
    assert order.index("create") < order.index("update_aliases") < order.index("delete")
    swap = next(
        c
        for c in client.calls
        if c[0] == "update_aliases" and any("t-products-old" in str(a) for a in c[1])
    )
    assert swap[1] == [
        {"remove": {"index": "t-products-old", "alias": "t-products"}},
        {"add": {"index": new_products, "alias": "t-products"}},
    ]
    created = client.indexes[new_products]
    assert created["settings"]["index"]["refresh_interval"] == "-1"  # restored after loading
    assert ("put_settings", new_products, {"index": {"refresh_interval": "1s"}}) in client.calls
    doc = next(
        a
        for a in client.bulked
        if a["_index"] == new_products and a["_source"]["title"] == "Organic turmeric powder"
    )
    assert doc["_source"]["attributes"] == {"form": "Powder", "organic": "true", "curcumin": "5"}
    assert doc["_source"]["price_min_usd"] == 2.16


def test_sync_upserts_and_deletes(world, fake):
    engine, client = fake
    client.aliases["t-products-1"] = {"t-products"}
    keep = world.products["tellicherry"].pk
    engine.sync_products([keep, 999_999])
    ops = [(a["_op_type"], a["_id"]) for a in client.bulked]
    assert ("index", keep) in ops and ("delete", 999_999) in ops


def test_product_source_is_json(world):
    from search.engines.opensearch.engine import PRODUCT_FIELDS
    from search.models import ProductDocument

    row = ProductDocument.objects.values(*PRODUCT_FIELDS).first()
    source = product_source(row)
    json.dumps(source)
    assert set(source) - {"id"} <= set(mappings.PRODUCT_MAPPING["properties"])


def test_the_engine_is_chosen_by_settings(settings):
    from search.engines import get_engine
    from search.engines.opensearch.engine import OpenSearchEngine as Engine

    settings.SEARCH_ENGINE = "opensearch"
    assert isinstance(get_engine(), Engine)
    settings.SEARCH_ENGINE = "postgres"
    assert get_engine().name == "postgres"
