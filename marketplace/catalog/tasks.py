from celery import shared_task


@shared_task(acks_late=True, max_retries=3, default_retry_delay=30)
def import_run(job_id: int) -> str:
    """Process one bulk import; safe to run again (a finished job is left alone)."""
    from .imports import import_run_job

    return import_run_job(job_id).status
