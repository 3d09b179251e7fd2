"""Leads in the Wagtail admin: the claims queue and the marketplace overview panel."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from marketplace.companies.selectors import review_queue_size
from tradesetu.admin_menu import PermissionMenuItem

from . import admin_views, selectors


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("claims/", admin_views.claims_queue, name="claims"),
        path("claims/<int:pk>/", admin_views.claim_review, name="claim_review"),
    ]
    return [path("leads/", include((urls, "leads_admin"), namespace="leads_admin"))]


@hooks.register("register_admin_menu_item")
def claims_menu_item():
    return PermissionMenuItem(
        _("Bad-lead claims"),
        reverse("leads_admin:claims"),
        icon_name="warning",
        order=205,
        permission="leads.change_badleadclaim",
    )


class MarketplaceOverviewPanel(Component):
    name = "marketplace_overview"
    order = 50
    template_name = "leads/admin/overview_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["stats"] = selectors.admin_overview()
        context["verification_queue"] = review_queue_size()
        return context


@hooks.register("construct_homepage_panels")
def add_overview_panel(request, panels):
    if request.user.has_perm("leads.view_rfq") or request.user.is_superuser:
        panels.insert(0, MarketplaceOverviewPanel())
