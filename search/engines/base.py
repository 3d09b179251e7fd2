"""The interface both engines implement; ``search.engines.get_engine()`` picks one by settings."""

from __future__ import annotations

from ..types import SearchRequest, SearchResults, Suggestion


class SearchUnavailable(Exception):
    """The engine could not answer in time (statement timeout, cluster down)."""


class Engine:
    name = ""

    def products(self, request: SearchRequest) -> SearchResults:
        raise NotImplementedError

    def suppliers(self, request: SearchRequest) -> SearchResults:
        raise NotImplementedError

    def autocomplete(self, prefix: str, *, language: str, limit: int) -> list[Suggestion]:
        raise NotImplementedError

    # Index upkeep. The document tables (search.models) are always refreshed first by
    # search.services; an engine with its own store copies the changed rows there.
    def sync_products(self, product_ids: list[int]) -> None:
        """These product documents changed or disappeared."""

    def sync_suppliers(self, company_ids: list[int]) -> None:
        """These supplier documents (and their products' documents) changed or disappeared."""

    def rebuild(self, log=print) -> dict:
        """Copy every document into a fresh index (no downtime); returns figures."""
        return {}
