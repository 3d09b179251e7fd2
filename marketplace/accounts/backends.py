from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError

from tradesetu.compiled import CompiledQuery

from .models import User, normalize_email

# every signed-in request reads its user: compiled once per process
_USER_BY_PK = CompiledQuery(lambda pk: User._default_manager.filter(pk=pk)[:1], pk=-7_654_321)


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

    def get_user(self, user_id):
        """The session's user (as ``ModelBackend.get_user``), by a query compiled once."""
        try:
            pk = User._meta.pk.to_python(user_id)
        except ValidationError:  # a malformed id in a session is simply no user
            return None
        user = _USER_BY_PK.first(pk=pk)
        return user if user is not None and self.user_can_authenticate(user) else None
