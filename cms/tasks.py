"""Celery tasks of the public site."""

from __future__ import annotations

from celery import shared_task
from django.core.management import call_command
from wagtail.images import get_image_model

from . import services


@shared_task(ignore_result=True)
def publish_scheduled() -> None:
    """Publish pages whose go-live time has come and unpublish expired ones (Wagtail's
    ``publish_scheduled``); beat runs it every minute."""
    call_command("publish_scheduled")


@shared_task(ignore_result=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=3)
def image_renditions_make(image_id: int) -> None:
    """Make an uploaded image's renditions ahead of the first page view (queued after commit
    by ``cms.signals`` when an image is saved)."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:
        services.image_renditions_make(image=image)
