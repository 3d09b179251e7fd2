"""Notification messages in the Wagtail admin: a read-only listing for staff, filtered by status,
channel and event, with an inspect view for one message."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from .models import Message


class StaffReadOnlyPolicy(ModelPermissionPolicy):
    """Staff may look; nobody adds, edits or deletes a message through the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_staff

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        if "view" not in actions:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_staff=True)


class MessageViewSet(ModelViewSet):
    model = Message
    icon = "mail"
    menu_label = _("Notifications")
    menu_order = 8900
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["event", "channel", "status", "recipient", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "channel", "event"]
    list_export = []
    form_fields = []  # never edited: the permission policy refuses add / change / delete
    inspect_view_fields = [
        "event",
        "channel",
        "status",
        "recipient",
        "language",
        "dedupe_key",
        "subject",
        "body",
        "provider",
        "provider_message_id",
        "error",
        "attempts",
        "digest",
        "created_at",
        "send_after",
        "sent_at",
    ]

    @property
    def permission_policy(self):
        return StaffReadOnlyPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_message_viewset():
    return MessageViewSet("notification_messages")
