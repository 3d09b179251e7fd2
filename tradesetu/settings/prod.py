"""Production: everything from the environment; refuses to start with an insecure configuration."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, BILLING_PROVIDERS, DEBUG, DEV_SECRET_KEY, SECRET_KEY, env

_problems = []
if DEBUG:
    _problems.append("DJANGO_DEBUG must be off")
if not SECRET_KEY or SECRET_KEY == DEV_SECRET_KEY or len(SECRET_KEY) < 50:
    _problems.append("DJANGO_SECRET_KEY must be set to a random value of 50+ characters")
if not ALLOWED_HOSTS:
    _problems.append("DJANGO_ALLOWED_HOSTS must list the site's host names")
if "local" in BILLING_PROVIDERS:
    _problems.append("the local test payment provider must not be enabled (BILLING_PROVIDERS)")
if _problems:
    raise ImproperlyConfigured("Insecure production settings: " + "; ".join(_problems))

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LOG_FORMAT = "json"
LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
