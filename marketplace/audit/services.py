from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest

from tradesetu.http import client_ip, user_agent

from .models import AuditEvent


def audit_record(
    *,
    action: str,
    entity: models.Model | None = None,
    entity_type: str = "",
    entity_id: str | int = "",
    actor=None,
    diff: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> AuditEvent:
    """Append one audit event. Call it inside the transaction of the change it records, so the
    event exists exactly when the change does.

    ``action`` is a dotted verb such as ``kyc.approve`` or ``credits.consume``; ``diff`` holds
    what changed (never secrets or full personal data).
    """
    if entity is not None:
        entity_type = entity_type or entity._meta.label_lower
        entity_id = entity_id or entity.pk
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditEvent.objects.create(
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        diff=diff or {},
        ip=client_ip(request) or None,
        user_agent=user_agent(request),
    )
