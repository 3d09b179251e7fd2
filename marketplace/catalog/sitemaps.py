"""sitemap.xml sections for the catalogue: every public category, product and supplier page in
every language, with hreflang alternates and x-default (Django's i18n sitemaps). Drafts,
suspended products and blocked companies are left out."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from marketplace.companies.selectors import companies_public

from .models import Category, Product


class _Localized(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = 2000


class CategorySitemap(_Localized):
    changefreq = "daily"

    def items(self):
        return Category.objects.filter(is_active=True).order_by("pk").only("slug")

    def location(self, category):
        return reverse("catalog:category", kwargs={"slug": category.slug})


class ProductSitemap(_Localized):
    changefreq = "weekly"

    def items(self):
        return Product.objects.public().order_by("pk").only("slug", "updated_at")

    def location(self, product):
        return reverse("catalog:product", kwargs={"slug": product.slug})

    def lastmod(self, product):
        return product.updated_at


class SupplierSitemap(_Localized):
    changefreq = "weekly"

    def items(self):
        return companies_public().order_by("pk").only("slug", "updated_at")

    def location(self, company):
        return reverse("companies:supplier", kwargs={"slug": company.slug})

    def lastmod(self, company):
        return company.updated_at
