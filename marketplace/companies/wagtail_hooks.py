"""Companies inside the Wagtail admin: supplier snippets, certification types, the verification
queue, blocks and the audit log."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import StatusFlagColumn
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.users.views import users as user_views
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from marketplace.audit.services import audit_record
from tradesetu.admin_menu import PermissionMenuItem

from . import admin_views, selectors
from .models import CertificationType, Company

# --------------------------------------------------------------------------- block / unblock
# Staff block and unblock from where they look: a button on every row of the user and company
# listings (not hidden in the "more" menu) and in the header of the edit and inspect screens.
# The button opens the reason form (companies.admin_views), whose services audit the decision.


def block_action(target, request_user) -> tuple[str, str] | None:
    """(label, url) of the Block or Unblock action on a user or company, or None when
    ``request_user`` may not block it (no permission, or their own account)."""
    if target is None or target.pk is None or not request_user.has_perm("companies.add_block"):
        return None
    if isinstance(target, Company):
        blocked, url_name = target.is_blocked, "companies_admin:company_block"
    elif target.pk != request_user.pk:
        blocked, url_name = not target.is_active, "companies_admin:user_block"
    else:
        return None
    return (_("Unblock") if blocked else _("Block")), reverse(url_name, args=[target.pk])


class BlockHeaderButtonMixin:
    """Adds the Block / Unblock action to the header of an edit or inspect screen."""

    def get_header_buttons(self):
        buttons = super().get_header_buttons()
        action = block_action(getattr(self, "object", None), self.request.user)
        if action:
            back = urlencode({"next": self.request.get_full_path()})
            buttons.insert(0, HeaderButton(action[0], url=f"{action[1]}?{back}", icon_name="lock"))
        return buttons


class CompanyEditView(BlockHeaderButtonMixin, snippet_views.EditView):
    pass


class CompanyInspectView(BlockHeaderButtonMixin, snippet_views.InspectView):
    pass


def blocked_column(**kwargs) -> StatusFlagColumn:
    """A "Blocked" tag in the listing row of a blocked company or user."""
    return StatusFlagColumn("is_blocked", label=_("Blocked"), true_label=_("Blocked"), **kwargs)


class CompanyViewSet(SnippetViewSet):
    """Supplier and buyer companies. Editors can correct the descriptive profile; identifiers,
    verification and blocks change only through their own, audited, flows."""

    model = Company
    icon = "group"
    menu_label = _("Companies")
    menu_order = 210
    add_to_admin_menu = True
    list_display = [
        "name",
        "kind",
        "country",
        "is_verified",
        blocked_column(sort_key="is_blocked"),
        "created_at",
    ]
    list_filter = ["kind", "is_verified", "is_blocked"]
    search_fields = ["name", "legal_name", "city"]
    edit_view_class = CompanyEditView
    inspect_view_class = CompanyInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "legal_name",
        "kind",
        "country",
        "city",
        "is_verified",
        "verified_at",
        "is_blocked",
        "created_at",
    ]
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
    action = block_action(snippet, user) if isinstance(snippet, Company) else None
    if action:
        yield ListingButton(action[0], action[1], icon_name="lock", priority=90)


@hooks.register("register_user_listing_buttons")
def user_listing_buttons(user, request_user):
    action = block_action(user, request_user)
    if action:
        yield ListingButton(action[0], action[1], icon_name="lock", priority=90)


class UserEditView(BlockHeaderButtonMixin, user_views.EditView):
    pass


class UserIndexView(user_views.IndexView):
    @property
    def columns(self):
        columns = list(super().columns)
        columns.insert(-1, blocked_column(accessor=lambda user: not user.is_active))
        return columns


class UserViewSet(WagtailUserViewSet):
    """Wagtail's user admin with the block state in the listing and Block / Unblock in the edit
    screen's header (installed by ``companies.users_config.WagtailUsersConfig``)."""

    index_view_class = UserIndexView
    edit_view_class = UserEditView


def _audit_snippet(action: str):
    def hook(request, instance):
        audit_record(
            action=f"admin.snippet.{action}", entity=instance, actor=request.user, request=request
        )

    return hook


for _action in ("create", "edit", "delete"):
    hooks.register(f"after_{_action}_snippet", _audit_snippet(_action))
