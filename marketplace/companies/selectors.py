from __future__ import annotations

from .models import Company


def company_for_user(user, *, kind: str | None = None) -> Company | None:
    """The company the user works for (the oldest membership), optionally of one kind."""
    if not user.is_authenticated:
        return None
    qs = Company.objects.filter(members__user=user)
    if kind:
        qs = qs.filter(kind=kind)
    return qs.order_by("members__joined_at").first()
