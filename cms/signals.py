"""Page cache invalidation: any change that can alter a public page clears the cache."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .models import BlogAuthor, BlogCategory
from .services import image_renditions_queue, page_cache_clear


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    page_cache_clear()


@receiver(post_delete, dispatch_uid="cms-page-deleted")
def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        page_cache_clear()


@receiver(post_save, sender=BlogAuthor)
@receiver(post_save, sender=BlogCategory)
@receiver(post_delete, sender=BlogAuthor)
@receiver(post_delete, sender=BlogCategory)
def _snippet_changed(sender, **kwargs):
    page_cache_clear()


@receiver(post_save, sender=get_image_model(), dispatch_uid="cms-image-renditions")
def _image_saved(sender, instance, raw=False, **kwargs):
    """Renditions are made ahead by a Celery task, not by the first page view."""
    if not raw:  # fixtures load rows, not uploads
        image_renditions_queue(instance.pk)


def _seo_settings_changed(sender, created=False, **kwargs):
    if not created:  # a new row (made on first read) holds only defaults
        page_cache_clear()


def connect_seo_settings() -> None:
    """SEO settings feed every page's Organization JSON-LD."""
    from wagtailseo.models import SeoSettings

    post_save.connect(_seo_settings_changed, sender=SeoSettings, dispatch_uid="cms-seo-settings")


connect_seo_settings()
