from __future__ import annotations

from django.db import transaction
from django.utils.text import slugify

from .models import Company, CompanyMember


def _unique_slug(name: str) -> str:
    base = slugify(name)[:200] or "company"
    slug, n = base, 1
    while Company.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def company_create(*, owner, name: str, kind: str, country: str) -> Company:
    """Create a company with ``owner`` as its first member."""
    company = Company.objects.create(
        name=name.strip(), slug=_unique_slug(name), kind=kind, country=country
    )
    CompanyMember.objects.create(company=company, user=owner, role=CompanyMember.Role.OWNER)
    return company
