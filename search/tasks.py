"""Celery tasks: thin wrappers around search.services (retried on failure)."""

from __future__ import annotations

from celery import shared_task


@shared_task(acks_late=True, max_retries=5, default_retry_delay=30)
def index_products(product_ids: list[int]) -> int:
    from .services import products_index

    products_index(product_ids=product_ids)
    return len(product_ids)


@shared_task(acks_late=True, max_retries=5, default_retry_delay=30)
def index_companies(company_ids: list[int]) -> int:
    from .services import companies_index

    companies_index(company_ids=company_ids, after_commit=False)
    return len(company_ids)


@shared_task(acks_late=True, max_retries=5, default_retry_delay=30)
def index_companies_products(company_ids: list[int]) -> int:
    from django.db import transaction

    from .engines.postgres import indexer

    with transaction.atomic():
        return indexer.refresh_products(company_ids=company_ids)


@shared_task(acks_late=True, max_retries=5, default_retry_delay=60)
def index_category(category_id: int) -> int:
    from .services import category_products_index

    return category_products_index(category_id=category_id)


@shared_task(acks_late=True, max_retries=5, default_retry_delay=30)
def engine_sync(kind: str, ids: list[int]) -> int:
    """Copy changed documents into the configured engine's own index (OpenSearch)."""
    from .services import engine_sync as sync

    sync(kind=kind, ids=ids)
    return len(ids)


@shared_task(acks_late=True)
def rebuild() -> dict:
    """Bulk: rebuild every document, then the engine's index (zero downtime)."""
    from .engines import get_engine
    from .services import documents_rebuild

    figures = documents_rebuild()
    figures["engine"] = get_engine().rebuild()
    return figures


@shared_task(acks_late=True)
def reconcile() -> dict:
    from .services import reconcile as run

    return run()
