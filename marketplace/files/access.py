"""Who may open a stored file: each usage registers one policy (default: nobody)."""

from __future__ import annotations

from collections.abc import Callable

from .models import StoredFile

Policy = Callable[[object, StoredFile], bool]
_POLICIES: dict[str, Policy] = {}


def register(usage: str, policy: Policy) -> None:
    _POLICIES[usage] = policy


def can_open(user, stored: StoredFile) -> bool:
    """Only clean (scanned) files, only to whom the usage's policy allows."""
    if not stored.is_clean:
        return False
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    policy = _POLICIES.get(stored.usage)
    return bool(policy and policy(user, stored))
