"""`make bench`: production-like (no debug, cached templates, quiet logs) on loopback."""

from .base import *  # noqa: F403
from .base import LOGGING

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
LOGGING["root"]["level"] = "WARNING"
