"""Benchmark scenario groups: each is ``run(args) -> list[Result]`` and seeds what it needs."""

from . import catalog, leads

GROUPS = {
    "leads": leads.run,
    "catalog": catalog.run,
}
