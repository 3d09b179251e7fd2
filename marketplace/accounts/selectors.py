from __future__ import annotations

from django.db.models import QuerySet

from .models import User, UserSession


def user_to_dict(user: User) -> dict:
    return {
        "id": user.pk,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "phone": str(user.phone or ""),
        "roles": user.roles,
        "status": user.status,
        "email_verified": user.email_verified,
        "language": user.language,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


def user_sessions_active(*, user: User) -> QuerySet[UserSession]:
    return UserSession.objects.filter(user=user, revoked_at__isnull=True).order_by("-last_seen_at")
