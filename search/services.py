"""Index writes: keep the search documents in step with the marketplace.

The document tables (``search.models``) are refreshed with set-based SQL
(``engines/postgres/indexer.py``) whatever the engine; with ``SEARCH_ENGINE=opensearch`` the
changed documents are then copied to OpenSearch by a Celery task after the commit.

* ``products_index`` / ``companies_index``: called by ``search.signals`` when a product, a
  company, its profile, KYC documents, certifications, plan or rating change. Product changes are
  written in the same transaction as the change itself; company-level facts are written at once
  and again after the commit (the badge is recomputed by a queryset update after the KYC row is
  saved, so only the committed state is certain).
* ``documents_rebuild``: everything, in batches (``manage.py search_reindex``, the Celery task
  ``search.tasks.rebuild``, the benchmark).
* ``reconcile``: the beat job; picks up what no signal announces (a subscription running out, a
  plan's priority edited) by recomputing supplier facts and copying the differences.
"""

from __future__ import annotations

import logging
import threading
import time

from django.conf import settings
from django.db import DatabaseError, connection, transaction

from . import cache as search_cache
from .engines import get_engine
from .engines.postgres import fuzzy, indexer
from .models import SupplierDocument

logger = logging.getLogger(__name__)

SYNC_COMPANY_PRODUCTS_LIMIT = 2000  # larger catalogues are re-indexed by a Celery task


def _after_commit_sync(kind: str, ids: list[int]) -> None:
    if settings.SEARCH_ENGINE == "postgres" or not ids:
        return

    def enqueue() -> None:
        from .tasks import engine_sync

        engine_sync.delay(kind, ids)

    transaction.on_commit(enqueue)


def _safely(work, what: str, retry) -> None:
    """Index writes never break the marketplace write that triggered them: on a database error
    the savepoint is rolled back and the work is queued for a Celery retry after commit."""
    try:
        with transaction.atomic():
            work()
    except DatabaseError:
        logger.exception("search: %s failed; queued for retry", what)
        transaction.on_commit(retry)


def products_index(*, product_ids: list[int]) -> None:
    """These products were saved or deleted: their documents now, in the same transaction;
    their suppliers' figures (product count, categories, price range) once after the commit,
    however many of the company's products the transaction touched (a bulk import)."""
    ids = sorted(set(product_ids))
    if not ids:
        return

    def work() -> None:
        indexer.refresh_products(product_ids=ids)
        indexer.add_terms(ids)
        search_cache.bump()

    def retry() -> None:
        from .tasks import index_products

        index_products.delay(ids)

    _safely(work, f"indexing products {ids[:10]}", retry)
    with connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT company_id FROM catalog_product WHERE id = ANY(%s)", [ids])
        company_ids = [row[0] for row in cursor.fetchall()]
    written = _marks("written")
    for company_id in company_ids:
        written[company_id] = time.monotonic()
        transaction.on_commit(lambda company_id=company_id: _supplier_figures(company_id))
    _after_commit_sync("products", ids)


_figures = (
    threading.local()
)  # per thread: when a company's products were last written / its figures refreshed


def _marks(name: str) -> dict[int, float]:
    marks = getattr(_figures, name, None)
    if marks is None:
        marks = {}
        setattr(_figures, name, marks)
    return marks


def _supplier_figures(company_id: int) -> None:
    """Refresh a supplier's document once after a commit, however many callbacks (one per
    saved product) the commit runs."""
    if _marks("refreshed").get(company_id, -1.0) > _marks("written").get(company_id, 0.0):
        return
    _marks("refreshed")[company_id] = time.monotonic()
    _safely(
        lambda: (indexer.refresh_suppliers([company_id]), search_cache.bump()),
        f"supplier figures of {company_id}",
        lambda: None,
    )


def companies_index(*, company_ids: list[int], after_commit: bool = True) -> None:
    """Company-level facts changed (name, badge, evidence, plan, rating, profile)."""
    ids = sorted(set(company_ids))
    if not ids:
        return

    def work() -> None:
        indexer.refresh_suppliers(ids)
        indexer.delete_orphan_products(ids)
        renamed, _ = indexer.propagate_suppliers(ids)
        if renamed:
            product_ids = indexer.product_ids_of_companies(renamed)
            if len(product_ids) <= SYNC_COMPANY_PRODUCTS_LIMIT:
                indexer.refresh_products(company_ids=renamed)
            else:
                from .tasks import index_companies_products

                transaction.on_commit(lambda: index_companies_products.delay(renamed))
        # companies that were not public before (or their products) may now have documents
        indexer.refresh_products(company_ids=_companies_missing_products(ids))
        search_cache.bump()

    def retry() -> None:
        from .tasks import index_companies

        index_companies.delay(ids)

    _safely(work, f"indexing companies {ids[:10]}", retry)
    if after_commit:
        transaction.on_commit(lambda: companies_index(company_ids=ids, after_commit=False))
    _after_commit_sync("suppliers", ids)


def _companies_missing_products(company_ids: list[int]) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT DISTINCT p.company_id FROM catalog_product p
               JOIN search_supplierdocument s ON s.company_id = p.company_id
               LEFT JOIN search_productdocument d ON d.product_id = p.id
               WHERE p.company_id = ANY(%s) AND p.status = 'published' AND d.product_id IS NULL""",
            [company_ids],
        )
        return [row[0] for row in cursor.fetchall()]


def category_index(*, category_id: int, created: bool = False) -> None:
    """A category was added, renamed or moved: its names at once, its subtree's products'
    vectors by a Celery task."""
    _safely(
        lambda: indexer.refresh_categories([category_id]),
        f"indexing category {category_id}",
        lambda: None,
    )
    if not created:
        from .tasks import index_category

        transaction.on_commit(lambda: index_category.delay(category_id))


def category_products_index(*, category_id: int) -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT product_id FROM search_productdocument WHERE category_path @> ARRAY[%s]::integer[]",
            [category_id],
        )
        ids = [row[0] for row in cursor.fetchall()]
    for start in range(0, len(ids), indexer.BATCH):
        with transaction.atomic():
            indexer.refresh_products(product_ids=ids[start : start + indexer.BATCH])
    search_cache.bump()
    _after_commit_sync("products", ids)
    return len(ids)


def documents_rebuild(*, log=None) -> dict:
    """Rebuild every document (batches of ``indexer.BATCH`` products, each its own
    transaction, so searches keep answering from the other rows meanwhile)."""
    from .engines.postgres.features import database_setup

    log = log or (lambda message: None)
    started = time.monotonic()
    database_setup(connection)
    indexer.analyze_sources()
    with transaction.atomic():
        indexer.refresh_categories(None)
        changed = indexer.refresh_suppliers(None)  # unchanged documents are left alone
    suppliers = SupplierDocument.objects.count()
    log(f"suppliers: {suppliers} ({changed} changed) in {time.monotonic() - started:.1f} s")
    product_ids = indexer.all_ids("product")
    written = 0
    for start in range(0, len(product_ids), indexer.BATCH):
        with transaction.atomic():
            written += indexer.refresh_products(
                product_ids=product_ids[start : start + indexer.BATCH]
            )
        if (start // indexer.BATCH) % 4 == 0:
            log(f"products: {written} in {time.monotonic() - started:.1f} s")
    with transaction.atomic():
        _delete_orphans()
        terms = indexer.refresh_terms()
    _tidy_tables()
    fuzzy.vocabulary_changed()
    search_cache.bump()
    seconds = time.monotonic() - started
    log(f"done: {suppliers} suppliers, {written} products, {terms} terms in {seconds:.1f} s")
    return {"suppliers": suppliers, "products": written, "terms": terms, "seconds": seconds}


SEARCH_TABLES = ("search_productdocument", "search_supplierdocument", "search_term")
GIN_INDEXES = (
    "search_pdoc_vector",
    "search_pdoc_category_path",
    "search_pdoc_certifications",
    "search_sdoc_vector",
    "search_sdoc_name",
    "search_sdoc_category_path",
)


def _tidy_tables() -> None:
    """After a bulk rewrite: VACUUM (dead row versions out, visibility map set, the GIN
    indexes' pending lists merged: searches otherwise scan those lists) and fresh statistics.
    Inside a transaction (tests) VACUUM is impossible: merge the pending lists and ANALYZE."""
    with connection.cursor() as cursor:
        if connection.in_atomic_block:
            for index in GIN_INDEXES:
                cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
            for table in SEARCH_TABLES:
                cursor.execute(f"ANALYZE {table}")
        else:
            for table in SEARCH_TABLES:
                cursor.execute(f"VACUUM (ANALYZE) {table}")


def _delete_orphans() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            """DELETE FROM search_productdocument d WHERE NOT EXISTS (
                 SELECT 1 FROM catalog_product p JOIN search_supplierdocument s
                 ON s.company_id = p.company_id WHERE p.id = d.product_id
                 AND p.status = 'published')"""
        )


def reconcile() -> dict:
    """Recompute supplier facts for everyone and copy what differs onto product documents."""
    started = time.monotonic()
    with transaction.atomic():
        suppliers = indexer.refresh_suppliers(None)
        renamed, changed = indexer.propagate_suppliers(None)
        if renamed:
            indexer.refresh_products(company_ids=renamed)
        _delete_orphans()
        search_cache.bump()
    if settings.SEARCH_ENGINE != "postgres":
        engine = get_engine()
        engine.sync_suppliers(indexer.all_ids("sdoc"))
        companies = sorted(set(renamed) | set(changed))
        if companies:
            engine.sync_products(indexer.product_ids_of_companies(companies))
    return {
        "suppliers": suppliers,
        "renamed": len(renamed),
        "changed": len(changed),
        "seconds": round(time.monotonic() - started, 2),
    }


def engine_sync(*, kind: str, ids: list[int]) -> None:
    engine = get_engine()
    if kind == "products":
        engine.sync_products(ids)
    else:
        engine.sync_suppliers(ids)
