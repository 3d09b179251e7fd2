"""Catalog test data: a small taxonomy with an attribute schema, products through the service."""

from __future__ import annotations

from decimal import Decimal

from marketplace.catalog.models import Category, CategoryAttribute, Product


def spice_tree() -> dict[str, Category]:
    spices, _ = Category.objects.get_or_create(slug="t-spices", defaults={"name": "Spices"})
    pepper, _ = Category.objects.get_or_create(
        slug="t-black-pepper",
        defaults={
            "name": "Black pepper",
            "parent": spices,
            "hs_code_from": "090411",
            "hs_code_to": "090412",
        },
    )
    CategoryAttribute.objects.get_or_create(
        category=spices,
        key="form",
        defaults={
            "label": "Form",
            "type": "choice",
            "choices": ["Whole", "Powder"],
            "required": True,
        },
    )
    CategoryAttribute.objects.get_or_create(
        category=spices, key="organic", defaults={"label": "Organic", "type": "boolean"}
    )
    CategoryAttribute.objects.get_or_create(
        category=pepper,
        key="moisture",
        defaults={"label": "Moisture", "type": "number", "unit": "%", "required": True},
    )
    CategoryAttribute.objects.get_or_create(
        category=pepper, key="grade", defaults={"label": "Grade", "type": "text"}
    )
    return {"spices": spices, "pepper": pepper}


def product_data(category: Category, **overrides) -> dict:
    data = {
        "title": "Malabar black pepper 550 GL",
        "category": category,
        "attributes": {"form": "Whole", "moisture": "11.5", "organic": "no"},
        "price_min": Decimal("4.20"),
        "price_max": Decimal("5.10"),
        "currency": "USD",
        "price_unit": "kg",
        "moq": Decimal("1000"),
        "moq_unit": "kg",
        "hs_code": "090411",
        "incoterms": ["FOB", "CIF"],
        "payment_terms": ["lc", "tt"],
    }
    data.update(overrides)
    return data


def published(company, category, n: int) -> list[Product]:
    return [
        Product.objects.create(
            company=company,
            category=category,
            title=f"Pepper lot {i}",
            slug=f"pepper-lot-{company.pk}-{i}",
            moq=Decimal("100"),
            status=Product.Status.PUBLISHED,
            attributes={"form": "Whole", "moisture": 11},
        )
        for i in range(n)
    ]
