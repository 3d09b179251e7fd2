"""Public pages list products and suppliers: a change to them reaches the page cache.

Routine edits (a seller's product or profile) are coalesced (``page_cache_touch``: shown to
anonymous visitors within ``CMS_PAGE_CACHE_COALESCE`` seconds); what must disappear at once
(a suspended product, a blocked company, anything deleted) and rare staff changes (taxonomy,
featured listings) empty the cache immediately."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from marketplace.companies.models import Company
from tradesetu.pagecache import page_cache_clear, page_cache_touch

from .models import Category, Featured, Product


def _urgent(sender, instance, signal) -> bool:
    if signal is post_delete or sender in (Category, Featured):
        return True
    if sender is Product:
        return instance.status == Product.Status.SUSPENDED
    if sender is Company:
        return instance.is_blocked
    return True


@receiver([post_save, post_delete], sender=Product)
@receiver([post_save, post_delete], sender=Company)
@receiver([post_save, post_delete], sender=Category)
@receiver([post_save, post_delete], sender=Featured)
def catalog_changed(sender, instance, signal, **kwargs):
    urgent = _urgent(sender, instance, signal)
    transaction.on_commit(page_cache_clear if urgent else page_cache_touch)
