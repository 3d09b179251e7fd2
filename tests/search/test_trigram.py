"""With pg_trgm installed (PostgreSQL 15 on this machine, production) typo candidates come from
the trigram index in SQL; skipped on a server without the extension (the embedded one), where
test_search covers the in-process fallback."""

from __future__ import annotations

import pytest
from django.db import connection


def _has_trgm() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        return cursor.fetchone() is not None


@pytest.fixture
def trigram(db):
    if not _has_trgm():
        pytest.skip("pg_trgm is not installed in this database")


def test_features_detected_and_sql_candidates_used(world, trigram, monkeypatch):
    from search.engines.postgres import features, fuzzy

    assert features.features().trigram
    monkeypatch.setattr(
        fuzzy, "_candidates_python", lambda word: pytest.fail("Python fallback used")
    )
    assert fuzzy.corrections(["turmric", "peper", "turmeric"]) == {
        "turmric": ["turmeric"],
        "peper": ["pepper"],
    }
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_term_trgm'")
        assert "gin_trgm_ops" in cursor.fetchone()[0]


def test_unaccent_extension_is_used_when_installed(world, trigram):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")
        if cursor.fetchone() is None:
            pytest.skip("unaccent is not installed")
        cursor.execute("SELECT search_unaccent('Crème brûlée Œuvre ßtraße')")
        assert cursor.fetchone()[0] == "creme brulee oeuvre sstrasse"
