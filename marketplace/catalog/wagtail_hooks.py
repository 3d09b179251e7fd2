"""The catalog in the Wagtail admin: the category tree with attribute schemas, featured
listings, and products (staff can suspend a product that breaks the rules)."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import Category, Featured, Product


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name", "parent", "depth", "hs_code_from", "hs_code_to", "is_active"]
    list_filter = ["depth", "is_active"]
    search_fields = ["name", "slug"]
    ordering = ["depth", "sort_order", "name"]


class FeaturedViewSet(SnippetViewSet):
    model = Featured
    icon = "pick"
    menu_label = _("Featured listings")
    list_display = ["__str__", "placement", "category", "starts_at", "ends_at"]
    list_filter = ["placement"]


class ProductViewSet(SnippetViewSet):
    """Staff look at products and suspend those that break the rules; sellers edit their own
    in the dashboard (so the edit form here is limited to moderation fields)."""

    model = Product
    icon = "tag"
    menu_label = _("Products")
    list_display = ["title", "company", "category", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "sku"]
    panels = []


class CatalogGroup(SnippetViewSetGroup):
    items = (CategoryViewSet, FeaturedViewSet, ProductViewSet)
    menu_icon = "tag"
    menu_label = _("Catalog")
    menu_order = 220


register_snippet(CatalogGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "catalog/products/<int:pk>/suspend/",
            admin_views.product_suspend,
            name="catalog_product_suspend",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def product_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Product) and user.has_perm("catalog.change_product"):
        yield Button(
            _("Suspend") if snippet.status != Product.Status.SUSPENDED else _("Suspended"),
            reverse("catalog_product_suspend", args=[snippet.pk]),
            icon_name="warning",
            priority=90,
        )
