"""Cached plan data is forgotten as soon as a plan or its prices change."""

from __future__ import annotations

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Plan, PlanPrice

PLAN_DEFAULT_KEY = "billing:plan-default"


@receiver([post_save, post_delete], sender=Plan)
@receiver([post_save, post_delete], sender=PlanPrice)
def plans_changed(sender, **kwargs):
    cache.delete(PLAN_DEFAULT_KEY)
