"""pytest: real PostgreSQL and Redis (embedded or from DATABASE_URL / REDIS_URL), fast hashing."""

from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, CACHES, DATABASES, REDIS_URL, env

DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# several test runs side by side on one server (each its own database and Redis database)
DATABASES["default"]["TEST"] = {"NAME": env("TEST_DATABASE_NAME", default=None)}
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "var" / "test-media")))


def _redis_db(url: str, db: int) -> str:
    """The same Redis server, another logical database: tests flush it freely."""
    base = url.split("?", 1)[0].rstrip("/")
    head, _, tail = base.rpartition("/")
    if tail.isdigit() and head.count("/") >= 2:
        base = head
    return f"{base}/{db}"


TEST_REDIS_URL = _redis_db(REDIS_URL, env.int("TEST_REDIS_DB", default=15))
CACHES = {
    "default": {
        "BACKEND": "tradesetu.cache.RedisCache",
        "LOCATION": TEST_REDIS_URL,
        "KEY_PREFIX": "ts-test",
    },
    "local": CACHES["local"],
}
CELERY_BROKER_URL = TEST_REDIS_URL
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# catalogue edits show at once in tests (tests/cms/test_cache.py covers the coalescing window)
CMS_PAGE_CACHE_COALESCE = 0
