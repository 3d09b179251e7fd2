"""The project package: the design card's `site` (a package named `site` would be shadowed by
Python's own `site` module, so it is called `tradesetu`)."""

from .celery import app as celery_app

__all__ = ("celery_app",)
