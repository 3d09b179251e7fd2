from __future__ import annotations

from datetime import datetime

from django.db.models import QuerySet

from .models import AuditEvent


def audit_events(
    *,
    action: str = "",
    entity_type: str = "",
    entity_id: str = "",
    actor_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> QuerySet[AuditEvent]:
    qs = AuditEvent.objects.select_related("actor")
    if action:
        qs = qs.filter(action__startswith=action)
    if entity_type:
        qs = qs.filter(entity_type=entity_type)
    if entity_id:
        qs = qs.filter(entity_id=str(entity_id))
    if actor_id:
        qs = qs.filter(actor_id=actor_id)
    if since:
        qs = qs.filter(at__gte=since)
    if until:
        qs = qs.filter(at__lt=until)
    return qs.order_by("-at", "-id")
