"""Search engines behind one interface (``base.Engine``), chosen by ``settings.SEARCH_ENGINE``:
``postgres`` (default) or ``opensearch``."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .base import Engine, SearchUnavailable

__all__ = ["Engine", "SearchUnavailable", "get_engine"]

_engines: dict[str, Engine] = {}


def get_engine(name: str | None = None) -> Engine:
    name = name or settings.SEARCH_ENGINE
    if name not in _engines:
        if name == "postgres":
            from .postgres.engine import PostgresEngine

            _engines[name] = PostgresEngine()
        elif name == "opensearch":
            from .opensearch.engine import OpenSearchEngine

            _engines[name] = OpenSearchEngine()
        else:
            raise ImproperlyConfigured(
                f"SEARCH_ENGINE must be postgres or opensearch, not {name!r}"
            )
    return _engines[name]
