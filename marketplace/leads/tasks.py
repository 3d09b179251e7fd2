from __future__ import annotations

from celery import shared_task

from . import services


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def route_rfq(rfq_id: int) -> str:
    """Route one RFQ; running it twice changes nothing (see services.rfq_route)."""
    return services.rfq_route(rfq_id=rfq_id).routing_status


@shared_task
def route_pending() -> int:
    """Periodic sweep: re-queue RFQs that were never routed (lost task, Redis down)."""
    return services.rfqs_route_pending()


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def notify_routed(rfq_id: int) -> int:
    return services.rfq_notify_routed(rfq_id=rfq_id)


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def notify_unlocked(lead_id: int) -> None:
    services.lead_notify_unlocked(lead_id=lead_id)


@shared_task
def leads_housekeeping() -> dict[str, int]:
    return {
        "expired": services.leads_expire_due(),
        "reminded": services.leads_remind_unviewed(),
        "followups": services.followups_repeat(),
    }
