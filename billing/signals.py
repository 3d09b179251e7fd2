"""Cached plan data is forgotten as soon as a plan or its prices change; a new seller company
gets its plan's monthly lead credits at once."""

from __future__ import annotations

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from marketplace.companies.models import Company
from marketplace.companies.signals import company_created

from .models import Plan, PlanPrice
from .services import credits_monthly_grant_company

PLAN_DEFAULT_KEY = "billing:plan-default"


@receiver([post_save, post_delete], sender=Plan)
@receiver([post_save, post_delete], sender=PlanPrice)
def plans_changed(sender, **kwargs):
    cache.delete(PLAN_DEFAULT_KEY)


@receiver(company_created)
def seller_first_credits(sender, company: Company, **kwargs):
    """A new seller has its plan's credits for this month as soon as its company is saved (the
    pricing page promises ``lead_credits_per_month``), not only from the next monthly run. After
    commit, like other side effects; the grant's key is the monthly run's, so it happens once,
    and the monthly run (every few hours) catches up if this one is lost."""
    if company.kind == Company.Kind.SELLER and not company.is_blocked:
        transaction.on_commit(lambda: _first_credits(company.pk))


def _first_credits(company_pk: int) -> None:
    company = Company.objects.filter(pk=company_pk, is_blocked=False).first()
    if company is not None:
        credits_monthly_grant_company(company=company)
