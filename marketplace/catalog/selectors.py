"""Catalog reads: public listings, product pages, the supplier directory, seller's products."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from marketplace.companies.models import Certification, Company, ReviewStatus

from .models import Category, Featured, Product, ProductImage

PAGE_SIZE = 24


def products_public() -> QuerySet[Product]:
    return (
        Product.objects.public()
        .select_related("company", "category")
        .prefetch_related(
            Prefetch(
                "images",
                queryset=ProductImage.objects.select_related("image").order_by("sort_order", "pk"),
            )
        )
    )


def product_public(slug: str) -> Product | None:
    return (
        products_public()
        .prefetch_related(
            Prefetch(
                "certifications",
                queryset=Certification.objects.filter(status=ReviewStatus.APPROVED).select_related(
                    "cert_type"
                ),
                to_attr="approved_certifications",
            )
        )
        .filter(slug=slug)
        .first()
    )


def category_by_slug(slug: str) -> Category | None:
    return (
        Category.objects.filter(slug=slug, is_active=True).select_related("parent__parent").first()
    )


TREE_CACHE_KEY = "catalog:category-tree:v1"


def category_tree() -> list[dict]:
    """Top categories with their children (two levels), cached; used by menus and filters."""

    def build() -> list[dict]:
        categories = list(Category.objects.filter(is_active=True).order_by("sort_order", "name"))
        children: dict[int | None, list[Category]] = {}
        for category in categories:
            children.setdefault(category.parent_id, []).append(category)
        return [
            {"category": top, "children": children.get(top.pk, [])}
            for top in children.get(None, [])
        ]

    return cache.get_or_set(TREE_CACHE_KEY, build, 600)


@dataclass(frozen=True)
class ListingFilters:
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    verified: bool = False
    state: str = ""
    attributes: tuple[tuple[str, str], ...] = ()


def category_products(category: Category, filters: ListingFilters) -> QuerySet[Product]:
    qs = products_public().filter(category_id__in=category.descendant_ids())
    if filters.price_min is not None:
        qs = qs.filter(
            Q(price_max__gte=filters.price_min)
            | Q(price_max__isnull=True, price_min__gte=filters.price_min)
        )
    if filters.price_max is not None:
        qs = qs.filter(price_min__lte=filters.price_max)
    if filters.verified:
        qs = qs.filter(company__is_verified=True)
    if filters.state:
        qs = qs.filter(company__gst_state_code=filters.state)
    for key, value in filters.attributes:
        qs = qs.filter(**{f"attributes__{key}": _json_value(value)})
    return qs.order_by("-company__is_verified", "-published_at", "-pk")


def _json_value(value: str):
    if value in ("true", "false"):
        return value == "true"
    return value


def category_suppliers(category: Category, limit: int = 12) -> QuerySet[Company]:
    return (
        Company.objects.filter(
            kind=Company.Kind.SELLER,
            is_blocked=False,
            products__status=Product.Status.PUBLISHED,
            products__category_id__in=category.descendant_ids(),
        )
        .annotate(product_count=Count("products", distinct=True))
        .order_by("-is_verified", "-product_count", "name")[:limit]
    )


def supplier_directory(
    *, letter: str = "", category: Category | None = None, state: str = ""
) -> QuerySet[Company]:
    """Public seller companies by name; paginate, then ``with_product_counts`` on the page (a
    count over every supplier's products before paginating costs the whole catalogue)."""
    qs = Company.objects.filter(kind=Company.Kind.SELLER, is_blocked=False)
    if letter == "0-9":
        qs = qs.filter(name__regex=r"^[0-9]")
    elif letter:
        qs = qs.filter(name__istartswith=letter)
    if category is not None:
        qs = qs.filter(
            Exists(
                Product.objects.filter(
                    company=OuterRef("pk"),
                    status=Product.Status.PUBLISHED,
                    category_id__in=category.descendant_ids(),
                )
            )
        )
    if state:
        qs = qs.filter(gst_state_code=state)
    return qs.order_by("name", "pk")


def with_product_counts(companies) -> list[Company]:
    """Sets ``product_count`` (published products) on each company of one page, in one query."""
    companies = list(companies)
    counts = dict(
        Product.objects.filter(company__in=companies, status=Product.Status.PUBLISHED)
        .values("company")
        .annotate(n=Count("pk"))
        .values_list("company", "n")
    )
    for company in companies:
        company.product_count = counts.get(company.pk, 0)
    return companies


def supplier_products(
    company: Company, limit: int = 12, exclude: Product | None = None
) -> QuerySet[Product]:
    qs = products_public().filter(company=company)
    if exclude is not None:
        qs = qs.exclude(pk=exclude.pk)
    return qs[:limit]


def seller_products(company: Company, *, status: str = "") -> QuerySet[Product]:
    qs = (
        Product.objects.filter(company=company)
        .select_related("category")
        .prefetch_related("images")
    )
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-updated_at")


def featured(
    placement: str, *, category: Category | None = None
) -> tuple[list[Product], list[Company]]:
    now = timezone.now()
    rows = Featured.objects.filter(
        placement=placement, starts_at__lte=now, ends_at__gt=now
    ).select_related("product__company", "company")
    if category is not None:
        rows = rows.filter(category=category)
    products = [r.product for r in rows if r.product_id and r.product.is_public]
    companies = [r.company for r in rows if r.company_id and not r.company.is_blocked]
    return products, companies
