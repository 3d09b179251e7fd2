from __future__ import annotations

from django.contrib.auth.backends import ModelBackend

from .models import User, normalize_email


class EmailBackend(ModelBackend):
    """E-mail (any letter case) and password, for the site, the API and the Wagtail admin.

    Refuses while the account or the client IP is locked out after repeated failures; the failures
    themselves are counted by the ``user_login_failed`` receiver, so every login path counts.
    """

    def authenticate(self, request, username=None, password=None, email=None, **kwargs):
        from .services import login_is_locked

        email = normalize_email(email or username or kwargs.get(User.USERNAME_FIELD) or "")
        if not email or password is None:
            return None
        if login_is_locked(email=email, request=request):
            return None
        try:
            user = User.objects.get(email__iexact=email)
        except User.DoesNotExist:
            User().set_password(password)  # same work as a real check: no timing oracle
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
