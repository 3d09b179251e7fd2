from celery import shared_task

from . import services


@shared_task
def rescan_quarantined() -> dict[str, int]:
    """Uploads stored while no virus scanner was reachable are scanned once one answers."""
    return services.files_rescan_quarantined()
