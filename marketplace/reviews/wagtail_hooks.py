"""Review moderation in the Wagtail admin: one queue for reviews, seller replies and reports."""

from __future__ import annotations

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from tradesetu.admin_menu import PermissionMenuItem

from . import admin_views, selectors


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.queue, name="queue"),
        path("<int:pk>/", admin_views.review_decide, name="review"),
        path("replies/<int:pk>/", admin_views.reply_decide, name="reply"),
        path("reports/<int:pk>/", admin_views.report_decide, name="report"),
    ]
    return [path("reviews/", include((urls, "reviews_admin"), namespace="reviews_admin"))]


class ModerationMenuItem(PermissionMenuItem):
    def render_component(self, request):
        size = selectors.moderation_queue_size()
        self.label = (
            _("Review moderation (%(size)s)") % {"size": size} if size else _("Review moderation")
        )
        return super().render_component(request)


@hooks.register("register_admin_menu_item")
def moderation_menu_item():
    return ModerationMenuItem(
        _("Review moderation"),
        reverse("reviews_admin:queue"),
        icon_name="openquote",
        order=206,
        permission="reviews.moderate_review",
    )
