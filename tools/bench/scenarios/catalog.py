"""Public catalogue pages of the demo data: p95 < 50 ms at 16 concurrent clients (HTTP)."""

from __future__ import annotations

import os

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
            "catalog: public pages, 16 clients, page cache off",
            uncached,
            target="reported",
            limits={},
            notes=f"({notes}; every page rendered; {uncached_errors} errors)",
            errors=uncached_errors,
        ),
    ]
