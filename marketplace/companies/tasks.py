from celery import shared_task

from . import services


@shared_task(autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def verification_expiry_sweep() -> dict[str, int]:
    """Re-verification: warnings 30 and 7 days before expiry, expiry (and badge loss) after."""
    return services.verification_expiry_sweep()
