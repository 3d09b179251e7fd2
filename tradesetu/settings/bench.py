"""`make bench`: production-like (no debug, cached templates, quiet logs) on loopback."""

from .base import *  # noqa: F403
from .base import LOGGING

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
LOGGING["root"]["level"] = "WARNING"
# served by gunicorn + whitenoise from the static folders directly (no collectstatic needed)
WHITENOISE_USE_FINDERS = True
# whitenoise serves the app folders through the finders; no collected folder in a bench run
STATIC_ROOT = None
