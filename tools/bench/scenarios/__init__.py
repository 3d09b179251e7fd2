"""Benchmark scenario groups: each is ``run(args) -> list[Result]`` and seeds what it needs."""

from . import catalog, leads, search

GROUPS = {
    "leads": leads.run,
    "catalog": catalog.run,
    "search": search.run,
}
