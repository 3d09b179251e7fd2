"""Celery tasks: thin wrappers around ``services``."""

from __future__ import annotations

from celery import shared_task

from . import services


@shared_task(bind=True, acks_late=True, max_retries=None)
def deliver(self, message_id: int) -> str:
    """Send one message (at most once: ``services.message_deliver`` locks the row and checks the
    status). Transient provider errors retry with exponential backoff until
    ``NOTIFICATIONS_MAX_ATTEMPTS``; then the message is marked failed."""
    try:
        message = services.message_deliver(message_id=message_id)
    except services.RetryLater as exc:
        raise self.retry(countdown=exc.seconds) from None
    return message.status if message is not None else "missing"


@shared_task
def deliver_due() -> int:
    """Every minute: queue deferred messages whose quiet hours are over and queued messages whose
    task was lost (e.g. Redis was down when their transaction committed)."""
    due = services.messages_due()
    for message_id in due:
        services.enqueue(message_id)
    return len(due)


@shared_task
def send_daily_digests() -> int:
    """Hourly: each user's daily digest once their local digest hour has come."""
    return len(services.digests_send())
