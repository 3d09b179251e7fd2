"""Companies inside the Wagtail admin: supplier snippets, certification types, the verification
queue, blocks and the audit log."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from marketplace.audit.services import audit_record
from tradesetu.admin_menu import PermissionMenuItem

from . import admin_views, selectors
from .models import CertificationType, Company


class CompanyViewSet(SnippetViewSet):
    """Supplier and buyer companies. Editors can correct the descriptive profile; identifiers,
    verification and blocks change only through their own, audited, flows."""

    model = Company
    icon = "group"
    menu_label = _("Companies")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "kind", "country", "is_verified", "is_blocked", "created_at"]
    list_filter = ["kind", "is_verified", "is_blocked"]
    search_fields = ["name", "legal_name", "city"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("about"), FieldPanel("website")], heading=_("Profile")
        ),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldPanel("state"),
                FieldPanel("address"),
                FieldPanel("postal_code"),
            ],
            heading=_("Location"),
        ),
    ]


class CertificationTypeViewSet(SnippetViewSet):
    model = CertificationType
    icon = "tick-inverse"
    menu_label = _("Certification types")
    list_display = ["name", "code", "issuer_hint"]
    search_fields = ["name", "code"]


register_snippet(CompanyViewSet)
register_snippet(CertificationTypeViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.review_queue, name="review_queue"),
        path("documents/<int:pk>/", admin_views.document_review, name="document_review"),
        path(
            "certifications/<int:pk>/",
            admin_views.certification_review,
            name="certification_review",
        ),
        path("companies/<int:pk>/block/", admin_views.company_block, name="company_block"),
        path("users/<int:pk>/block/", admin_views.user_block, name="user_block"),
        path("audit/", admin_views.audit_log, name="audit_log"),
    ]
    return [path("verification/", include((urls, "companies_admin"), namespace="companies_admin"))]


class ReviewQueueMenuItem(PermissionMenuItem):
    def render_component(self, request):
        size = selectors.review_queue_size()
        if size:
            self.label = _("Verification queue (%(size)s)") % {"size": size}
        return super().render_component(request)


@hooks.register("register_admin_menu_item")
def review_queue_menu_item():
    return ReviewQueueMenuItem(
        _("Verification queue"),
        reverse("companies_admin:review_queue"),
        icon_name="tasks",
        order=200,
        permission="companies.review_kyc",
    )


@hooks.register("register_admin_menu_item")
def audit_menu_item():
    return PermissionMenuItem(
        _("Audit log"),
        reverse("companies_admin:audit_log"),
        icon_name="history",
        order=9000,
        permission="audit.view_auditevent",
    )


@hooks.register("register_snippet_listing_buttons")
def company_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Company) and user.has_perm("companies.add_block"):
        label = _("Unblock") if snippet.is_blocked else _("Block")
        yield Button(
            label,
            reverse("companies_admin:company_block", args=[snippet.pk]),
            icon_name="lock",
            priority=90,
        )


@hooks.register("register_user_listing_buttons")
def user_listing_buttons(user, request_user):
    if request_user.has_perm("companies.add_block") and user.pk != request_user.pk:
        label = _("Unblock") if not user.is_active else _("Block")
        yield Button(
            label,
            reverse("companies_admin:user_block", args=[user.pk]),
            icon_name="lock",
            priority=90,
        )


def _audit_snippet(action: str):
    def hook(request, instance):
        audit_record(
            action=f"admin.snippet.{action}", entity=instance, actor=request.user, request=request
        )

    return hook


for _action in ("create", "edit", "delete"):
    hooks.register(f"after_{_action}_snippet", _audit_snippet(_action))
