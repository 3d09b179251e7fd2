"""Celery tasks of the public site."""

from __future__ import annotations

from celery import shared_task
from django.core.management import call_command


@shared_task(ignore_result=True)
def publish_scheduled() -> None:
    """Publish pages whose go-live time has come and unpublish expired ones (Wagtail's
    ``publish_scheduled``); beat runs it every minute."""
    call_command("publish_scheduled")
