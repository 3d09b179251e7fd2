from __future__ import annotations

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import Signal, receiver

from . import services

# Sent (after commit) when a user's e-mail address is verified; ``user`` is the account.
email_verified = Signal()


@receiver(user_login_failed)
def count_login_failure(sender, credentials, request=None, **kwargs):
    email = credentials.get("email") or credentials.get("username") or ""
    services.login_failure_record(email=email, request=request)


@receiver(user_logged_in)
def record_web_session(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    services.login_failures_clear(email=user.email)
    services.session_record_web(user=user, request=request)


@receiver(user_logged_out)
def end_web_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        services.session_end_web(session_key=request.session.session_key or "")
