"""Admin registration: blog snippets and the contact messages."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import BlogAuthor, BlogCategory, ContactSubmission


class BlogCategoryViewSet(SnippetViewSet):
    model = BlogCategory
    icon = "folder-open-inverse"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class BlogAuthorViewSet(SnippetViewSet):
    model = BlogAuthor
    icon = "user"
    list_display = ["name", "role", "locale"]


class BlogSnippets(SnippetViewSetGroup):
    items = (BlogCategoryViewSet, BlogAuthorViewSet)
    menu_icon = "doc-full"
    menu_label = _("Blog")
    menu_name = "blog"


class ContactSubmissionViewSet(SnippetViewSet):
    model = ContactSubmission
    icon = "mail"
    menu_label = _("Contact messages")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "email", "company", "created_at", "handled"]
    list_filter = ["handled"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "email",
        "company",
        "message",
        "language",
        "created_at",
        "handled",
    ]
    ordering = ["-created_at"]


register_snippet(BlogSnippets)
register_snippet(ContactSubmissionViewSet)
