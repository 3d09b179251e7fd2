"""Public catalogue pages of the demo data: p95 < 50 ms at 16 concurrent clients (HTTP)."""

from __future__ import annotations

import os
import random
import threading
from contextlib import contextmanager

from tools.bench.run import Server, load, summarise, warm


def public_paths(limit: int = 60) -> list[str]:
    from marketplace.catalog.models import Category, Product
    from marketplace.companies.models import Company

    products = list(
        Product.objects.public()
        .exclude(slug__startswith="bench-")
        .order_by("pk")
        .values_list("slug", flat=True)[:limit]
    )
    categories = list(
        Category.objects.filter(is_active=True, products__status="published")
        .exclude(slug__startswith="bench-")
        .distinct()
        .values_list("slug", flat=True)[:20]
    )
    suppliers = list(
        Company.objects.filter(kind="seller", is_blocked=False)
        .exclude(slug__startswith="bench-")
        .values_list("slug", flat=True)[:20]
    )
    return (
        ["/", "/categories/", "/suppliers/", "/suppliers/?letter=K"]
        + [f"/products/{slug}/" for slug in products]
        + [f"/categories/{slug}/" for slug in categories]
        + [f"/suppliers/{slug}/" for slug in suppliers]
    )


@contextmanager
def _editing(coalesce: int, per_second: float = 10):
    """A thread saving demo products (as sellers editing them would) while the load runs."""
    from django.db import connection
    from django.test.utils import override_settings

    from marketplace.catalog.models import Product

    products = list(Product.objects.public().exclude(slug__startswith="bench-")[:60])
    stop = threading.Event()
    rng = random.Random(11)  # noqa: S311 - load shape

    def edit() -> None:
        with override_settings(CMS_PAGE_CACHE_COALESCE=coalesce):
            while not stop.is_set():
                rng.choice(products).save(update_fields=["updated_at"])
                stop.wait(1 / per_second)
        connection.close()

    thread = threading.Thread(target=edit)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def run(args) -> list:
    from django.core.management import call_command

    call_command("seed_demo", verbosity=0)
    paths = public_paths()
    server = Server(dict(os.environ))
    try:
        # every page once, in order, so the measured load sees the warm page cache
        load(server.url, paths, clients=1, seconds=0.05 * len(paths) + 1)
        warm(server.url, paths)
        latencies, errors = load(server.url, paths, clients=16, seconds=args.seconds)
    finally:
        server.stop()
    # the same pages while sellers edit products (10 saves a second): the edits are coalesced
    # (CMS_PAGE_CACHE_COALESCE), then for comparison each edit empties the cache at once
    edited = {}
    # (a 5 s window, shorter than the load, so the cache is emptied several times while measured;
    # production's default is CMS_PAGE_CACHE_COALESCE = 30)
    for label, coalesce in (("coalesced", 5), ("every edit", 0)):
        env = {**os.environ, "CMS_PAGE_CACHE_COALESCE": str(coalesce)}
        server = Server(env)
        try:
            warm(server.url, paths)
            with _editing(coalesce):
                edited[label] = load(server.url, paths, clients=16, seconds=args.seconds)
        finally:
            server.stop()
    # the same load with the page cache off: what rendering costs (after a publish, say)
    server = Server({**os.environ, "CMS_PAGE_CACHE_TIMEOUT": "0"})
    try:
        warm(server.url, paths)
        uncached, uncached_errors = load(server.url, paths, clients=16, seconds=args.seconds)
    finally:
        server.stop()
    notes = f"{len(paths)} pages: home, categories, products, suppliers"
    return [
        summarise(
            "catalog: public pages, 16 clients (HTTP)",
            latencies,
            target="p95 < 50 ms",
            limits={"p95": 50},
            notes=f"({notes}; page cache warm; {errors} errors)",
            errors=errors,
            pages=len(paths),
        ),
        summarise(
            "catalog: public pages, 16 clients, 10 edits/s",
            edited["coalesced"][0],
            target="p95 < 50 ms",
            limits={"p95": 50},
            notes=f"({notes}; sellers save products 10 times a second, edits coalesced for 5 s, "
            f"so every page is renewed 3 times while measured; {edited['coalesced'][1]} errors)",
        ),
        summarise(
            "catalog: 10 edits/s, no coalescing (window 0)",
            edited["every edit"][0],
            target="reported",
            limits={},
            notes=f"({notes}; for comparison; {edited['every edit'][1]} errors)",
        ),
        summarise(
            "catalog: public pages, 16 clients, page cache off",
            uncached,
            target="reported",
            limits={},
            notes=f"({notes}; every page rendered; {uncached_errors} errors)",
            errors=uncached_errors,
        ),
    ]
