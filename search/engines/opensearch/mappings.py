"""Index settings and mappings for the OpenSearch engine.

Text fields are indexed several ways: ``folding`` (standard tokenizer, lower case, ASCII
folding: every language matches its exact words, "cúrcuma" = "curcuma"), one sub-field per
language with OpenSearch's built-in language analyzers (``english``, ``spanish``, ``french``,
``arabic``, ``hindi``: stemming and stop words), and ``suggest`` (edge n-grams for
autocomplete). Filters and facets are keyword / numeric fields copied from the search document
tables (``search.models``).
"""

from __future__ import annotations

LANGUAGE_ANALYZERS = {
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "ar": "arabic",
    "hi": "hindi",
}

SETTINGS = {
    "index": {"number_of_shards": 1, "number_of_replicas": 0, "max_result_window": 10_000},
    "analysis": {
        "filter": {
            "autocomplete_edge": {"type": "edge_ngram", "min_gram": 2, "max_gram": 20},
        },
        "analyzer": {
            "folding": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "asciifolding"],
            },
            "autocomplete": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "asciifolding", "autocomplete_edge"],
            },
        },
    },
}


def multilingual_text(*, suggest: bool = False, raw: bool = False) -> dict:
    fields: dict = {
        lang: {"type": "text", "analyzer": analyzer}
        for lang, analyzer in LANGUAGE_ANALYZERS.items()
    }
    if suggest:
        fields["suggest"] = {
            "type": "text",
            "analyzer": "autocomplete",
            "search_analyzer": "folding",
        }
    if raw:
        fields["raw"] = {"type": "keyword", "ignore_above": 256}
    return {"type": "text", "analyzer": "folding", "fields": fields}


KEYWORD = {"type": "keyword"}
INTEGER = {"type": "integer"}
MONEY = {"type": "scaled_float", "scaling_factor": 100}

PRODUCT_MAPPING = {
    "dynamic": "strict",
    "properties": {
        "id": INTEGER,
        "slug": KEYWORD,
        "title": multilingual_text(suggest=True, raw=True),
        "category_text": multilingual_text(),
        "body": multilingual_text(),
        "company_name": {"type": "text", "analyzer": "folding"},
        "company_id": INTEGER,
        "company_slug": KEYWORD,
        "category_id": INTEGER,
        "category_slug": KEYWORD,
        "category_name": KEYWORD,
        "category_path": INTEGER,
        "lang": KEYWORD,
        "price_min": MONEY,
        "price_max": MONEY,
        "currency": KEYWORD,
        "price_unit": KEYWORD,
        "price_min_usd": MONEY,
        "price_max_usd": MONEY,
        "moq": {"type": "double"},
        "moq_unit": KEYWORD,
        "lead_time_days": INTEGER,
        "attributes": {"type": "flat_object"},
        "certifications": INTEGER,
        "payment_terms": KEYWORD,
        "country": KEYWORD,
        "state_code": KEYWORD,
        "is_verified": {"type": "boolean"},
        "evidence": INTEGER,
        "plan_rank": INTEGER,
        "plan_slug": KEYWORD,
        "rating_avg": {"type": "float"},
        "rating_count": INTEGER,
        "published_at": {"type": "date"},
    },
}

SUPPLIER_MAPPING = {
    "dynamic": "strict",
    "properties": {
        "id": INTEGER,
        "slug": KEYWORD,
        "name": multilingual_text(suggest=True, raw=True),
        "city": KEYWORD,
        "about": multilingual_text(),
        "category_text": multilingual_text(),
        "product_text": multilingual_text(),
        "category_path": INTEGER,
        "certifications": INTEGER,
        "payment_terms": KEYWORD,
        "export_markets": KEYWORD,
        "country": KEYWORD,
        "state_code": KEYWORD,
        "is_verified": {"type": "boolean"},
        "evidence": INTEGER,
        "plan_rank": INTEGER,
        "plan_slug": KEYWORD,
        "rating_avg": {"type": "float"},
        "rating_count": INTEGER,
        "product_count": INTEGER,
        "moq_min": {"type": "double"},
        "price_min_usd": MONEY,
        "price_max_usd": MONEY,
        "lead_time_min": INTEGER,
        "created_at": {"type": "date"},
    },
}


def index_body(kind: str) -> dict:
    from ...types import PRODUCTS

    return {
        "settings": SETTINGS,
        "mappings": PRODUCT_MAPPING if kind == PRODUCTS else SUPPLIER_MAPPING,
    }
