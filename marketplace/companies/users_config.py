"""Wagtail's users app with our user admin (block state and actions, see
``companies.wagtail_hooks.UserViewSet``). Listed in ``INSTALLED_APPS`` instead of
``wagtail.users``; its label stays ``wagtailusers``."""

from __future__ import annotations

from wagtail.users.apps import WagtailUsersAppConfig


class WagtailUsersConfig(WagtailUsersAppConfig):
    user_viewset = "marketplace.companies.wagtail_hooks.UserViewSet"
