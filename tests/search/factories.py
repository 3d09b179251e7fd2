"""Search test data helpers."""

from __future__ import annotations

from decimal import Decimal

from django.utils import timezone

from marketplace.catalog.models import Product


def reindex() -> dict:
    from search.services import documents_rebuild

    return documents_rebuild()


def product(company, category, title, *, price=None, currency="USD", moq="100", **fields):
    slug = fields.pop("slug", None) or f"w-{company.pk}-{Product.objects.count() + 1}"
    price_min, price_max = (Decimal(price[0]), Decimal(price[1])) if price else (None, None)
    return Product.objects.create(
        company=company,
        category=category,
        title=title,
        slug=slug,
        price_min=price_min,
        price_max=price_max,
        currency=currency,
        moq=Decimal(moq),
        status=fields.pop("status", Product.Status.PUBLISHED),
        published_at=fields.pop("published_at", timezone.now()),
        **fields,
    )
