"""Public pages list products and suppliers: any change to them empties the page cache."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from marketplace.companies.models import Company
from tradesetu.pagecache import page_cache_clear

from .models import Category, Featured, Product


@receiver([post_save, post_delete], sender=Product)
@receiver([post_save, post_delete], sender=Company)
@receiver([post_save, post_delete], sender=Category)
@receiver([post_save, post_delete], sender=Featured)
def catalog_changed(sender, **kwargs):
    transaction.on_commit(page_cache_clear)
