"""The Celery app. The settings module comes from DJANGO_SETTINGS_MODULE, which whoever starts
the worker sets (the stack: dev; Docker: prod; tests: test). Importing this module must not
choose one: `python -m tradesetu.stack` imports the package, and a default set here would leak
into every command it runs (pytest would then run on the dev settings)."""

from celery import Celery

app = Celery("tradesetu")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
