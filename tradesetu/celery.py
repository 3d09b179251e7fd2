import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradesetu.settings.dev")

app = Celery("tradesetu")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
