"""Against a real OpenSearch cluster: runs only when OPENSEARCH_URL is set (none can run on the
development machine). Builds its own indexes under a unique prefix and deletes them."""

from __future__ import annotations

import os
import uuid

import pytest
from django.http import QueryDict

pytestmark = pytest.mark.skipif(
    not os.environ.get("OPENSEARCH_URL"),
    reason="OPENSEARCH_URL is not set: no OpenSearch cluster to test against",
)


@pytest.fixture
def opensearch(settings, world):
    from search import engines
    from search.engines.opensearch.engine import OpenSearchEngine

    settings.SEARCH_ENGINE = "opensearch"
    settings.OPENSEARCH_URL = os.environ["OPENSEARCH_URL"]
    settings.SEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:8]}"
    settings.SEARCH_CACHE_TIMEOUT = 0
    engine = OpenSearchEngine()
    engines._engines["opensearch"] = engine
    engine.rebuild(log=lambda message: None)
    yield engine
    engine.drop()
    engines._engines.pop("opensearch", None)


def search(query, kind="products", **params):
    from search import selectors

    qd = QueryDict(mutable=True)
    qd["q"] = query
    qd.update(params)
    return selectors.search(qd, kind=kind, strict=True)


def titles(results):
    return [getattr(h, "title", None) or h.name for h in results.hits]


def test_search_facets_and_typos(opensearch):
    results = search("turmeric powder")
    assert results.engine == "opensearch"
    assert titles(results)[0] == "Organic turmeric powder"
    assert "Turmeric yellow ceramic mug" not in titles(results)
    assert "Organic turmeric powder" in titles(search("turmric"))
    assert "Cúrcuma en polvo ecológica para exportación" in titles(search("curcuma"))
    facets = {f.name: {v.value: v.count for v in f.values} for f in search("turmeric").facets}
    assert facets["state"]["33"] == 4
    assert set(titles(search("", category="t-turmeric", verified="1"))) == {
        "Organic turmeric powder"
    }
    assert titles(search("pepper", kind="suppliers"))[0] == "Malabar Pepper Traders"


def test_incremental_update_and_reindex_without_downtime(opensearch, world):
    from search.engines.opensearch.engine import OpenSearchEngine

    from .factories import product

    new = product(world.erode, world.tree["turmeric"], "Lakadong turmeric high curcumin")
    opensearch.sync_products([new.pk])
    opensearch.client.indices.refresh(index=opensearch.alias("products"))
    assert "Lakadong turmeric high curcumin" in titles(search("lakadong"))
    before = set(opensearch.client.indices.get_alias(name=opensearch.alias("products")))
    opensearch.rebuild(log=lambda message: None)
    after = set(opensearch.client.indices.get_alias(name=opensearch.alias("products")))
    assert before != after and len(after) == 1
    assert isinstance(opensearch, OpenSearchEngine)
    assert "Lakadong turmeric high curcumin" in titles(search("lakadong"))
