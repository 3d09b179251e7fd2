from __future__ import annotations

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

ADMIN_PREFIX = "/admin/"
OPEN_ADMIN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/password_reset/", "/admin/jsi18n/")


class StaffTwoFactorMiddleware:
    """Everyone who can use the Wagtail admin (staff, editors, moderators) must pass
    two-factor authentication before any admin page.

    Needs ``django_otp.middleware.OTPMiddleware`` before it (it sets ``user.is_verified``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        user = getattr(request, "user", None)
        if (
            path.startswith(ADMIN_PREFIX)
            and not path.startswith(OPEN_ADMIN_PATHS)
            and user is not None
            and user.is_authenticated
            and (user.is_staff or user.has_perm("wagtailadmin.access_admin"))
            and not user.is_verified()
        ):
            from .twofactor import twofactor_enabled

            target = "accounts:2fa_verify" if twofactor_enabled(user) else "accounts:2fa_setup"
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
