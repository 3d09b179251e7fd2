"""Settings shared by every environment. Everything that differs between machines comes from the
environment (django-environ); `dev`, `test` and `prod` only change defaults and add checks."""

from datetime import timedelta
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _
from kombu import Queue

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A developer's own .env first, then what `python -m tradesetu.stack` started (embedded services).
# Neither overrides a variable that is already set in the real environment. A second stack with
# its own TRADESETU_VAR_DIR (the journey tests) reads its own embedded.env, not the main one's.
VAR_DIR = Path(env("TRADESETU_VAR_DIR", default=str(BASE_DIR / "var")))
for env_file in (BASE_DIR / ".env", VAR_DIR / "embedded.env"):
    if env_file.exists():
        env.read_env(str(env_file), overwrite=False)

DEV_SECRET_KEY = "dev-insecure-key-only-for-local-development-never-in-production-000"  # noqa: S105
SECRET_KEY = env("DJANGO_SECRET_KEY", default=DEV_SECRET_KEY)
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

# --------------------------------------------------------------------------- applications

DJANGO_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]
WAGTAIL_APPS = [
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales (wagtail-localize's admin for locales)
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",  # wagtail-seo needs it
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "marketplace.companies.users_config.WagtailUsersConfig",  # wagtail.users, our user admin
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailseo",
    "modelcluster",
    "taggit",
]
THIRD_PARTY_APPS = [
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "guardian",
    "phonenumber_field",
    "django_countries",
    "django_htmx",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]
LOCAL_APPS = [
    "marketplace.accounts",
    "marketplace.audit",
    "marketplace.files",
    "marketplace.companies",
    "marketplace.catalog",
    "marketplace.leads",
    "marketplace.reviews",
    "marketplace.notifications",
    "billing",
    "cms",
    "search",
]
INSTALLED_APPS = LOCAL_APPS + WAGTAIL_APPS + THIRD_PARTY_APPS + DJANGO_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "tradesetu.pagecache.PageCacheMiddleware",  # before sessions: serves cached public pages
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "marketplace.accounts.middleware.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "tradesetu.urls"
WSGI_APPLICATION = "tradesetu.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
            "libraries": {"money": "tradesetu.money", "vocabulary": "tradesetu.i18n"},
        },
    },
]

# --------------------------------------------------------------------------- data

DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/tradesetu")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="redis://127.0.0.1:6379/0")
CACHES = {
    "default": {
        "BACKEND": "tradesetu.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "ts",
        "TIMEOUT": 300,
    },
    # per process, no round trip: fragments that change only with the language and role (the
    # site chrome) or whose key names everything they depend on (the inbox filter form)
    "local": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "tradesetu-local",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL)
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Bulk background work (the renditions of every image after seed_demo: minutes of CPU) runs on a
# queue of its own, so a seller's import or an RFQ's routing never waits behind it; a worker
# consumes every queue listed here (no -Q needed), taking them in turn.
CELERY_TASK_QUEUES = [Queue("celery"), Queue("bulk")]
CELERY_TASK_ROUTES = {"cms.tasks.image_renditions_make": {"queue": "bulk"}}
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULE: dict = {}
CELERY_BEAT_SCHEDULE["leads-route-pending"] = {  # RFQs whose routing task was lost
    "task": "marketplace.leads.tasks.route_pending",
    "schedule": 120.0,
}
CELERY_BEAT_SCHEDULE["leads-expire-and-remind"] = {
    "task": "marketplace.leads.tasks.leads_housekeeping",
    "schedule": 30 * 60.0,
}
# Notifications: the sweep sends deferred messages whose quiet hours are over and re-queues those
# lost while Redis was down; each user's digest goes once a day (hourly runs, local digest hour).
CELERY_BEAT_SCHEDULE["notifications-deliver-due"] = {
    "task": "marketplace.notifications.tasks.deliver_due",
    "schedule": 60.0,
}
CELERY_BEAT_SCHEDULE["notifications-daily-digests"] = {
    "task": "marketplace.notifications.tasks.send_daily_digests",
    "schedule": 60.0 * 60,
}
CELERY_BEAT_SCHEDULE["companies-verification-expiry"] = {  # warn 30/7 days ahead, expire lapsed
    "task": "marketplace.companies.tasks.verification_expiry_sweep",
    "schedule": 6 * 60 * 60.0,
}
CELERY_BEAT_SCHEDULE["files-rescan-quarantined"] = {  # uploads stored while no scanner answered
    "task": "marketplace.files.tasks.rescan_quarantined",
    "schedule": 60.0,
}
CELERY_BEAT_SCHEDULE["cms-publish-scheduled"] = {  # Wagtail's scheduled publishing
    "task": "cms.tasks.publish_scheduled",
    "schedule": 60.0,
}

# Billing (billing.tasks): monthly credit grants and expiry sweeps are idempotent, so running
# them more often than needed is harmless.
CELERY_BEAT_SCHEDULE["billing-credits-monthly-grant"] = {
    "task": "billing.tasks.credits_monthly_grant",
    "schedule": 60.0 * 60 * 6,
}
CELERY_BEAT_SCHEDULE["billing-credits-expire"] = {
    "task": "billing.tasks.credits_expire_due",
    "schedule": 60.0 * 60,
}
CELERY_BEAT_SCHEDULE["billing-subscriptions-expire"] = {
    "task": "billing.tasks.subscriptions_expire_due",
    "schedule": 60.0 * 15,
}
CELERY_BEAT_SCHEDULE["billing-renewal-reminders"] = {
    "task": "billing.tasks.subscriptions_remind",
    "schedule": 60.0 * 60 * 12,
}
CELERY_BEAT_SCHEDULE["billing-webhooks-requeue"] = {  # events whose task was lost
    "task": "billing.tasks.webhooks_requeue_stuck",
    "schedule": 60.0 * 5,
}

# --------------------------------------------------------------------------- accounts and security

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "marketplace.accounts.backends.EmailBackend",
    "guardian.backends.ObjectPermissionBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "first_name", "last_name")},
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:dashboard"
LOGOUT_REDIRECT_URL = "/"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 2
EMAIL_VERIFICATION_MAX_AGE = env.int("EMAIL_VERIFICATION_MAX_AGE", default=60 * 60 * 48)
OTP_TOTP_ISSUER = "TradeSetu"
ANONYMOUS_USER_NAME = None  # django-guardian: no anonymous user row

# Login lockout and rate limits: (attempts, window in seconds).
LOGIN_FAILURES_PER_ACCOUNT = (5, 15 * 60)
LOGIN_FAILURES_PER_IP = (20, 15 * 60)
RATE_LIMITS = {
    "signup": (5, 60 * 60),
    "password_reset": (5, 60 * 60),
    "verification_resend": (5, 60 * 60),
    "email_change": (5, 60 * 60),
    "token_refresh": (60, 60),
    "rfq_account_hour": (5, 60 * 60),
    "rfq_account_day": (20, 24 * 60 * 60),
    "rfq_ip_hour": (10, 60 * 60),
    "contact": (5, 60 * 60),
}
# Virus scanning of uploads through clamd: a Unix socket path or host:port. With neither, uploads
# are kept in quarantine (invisible) until a scan clears them; they are never accepted unscanned.
CLAMD_SOCKET = env("CLAMD_SOCKET", default="")
CLAMD_TCP = env("CLAMD_TCP", default="")
# Leads: how long a shared lead can be unlocked, and how long after unlocking a seller may
# report it as bad (credit refunded when staff approve).
LEAD_UNLOCK_DAYS = env.int("LEAD_UNLOCK_DAYS", default=7)
LEAD_CLAIM_WINDOW_HOURS = env.int("LEAD_CLAIM_WINDOW_HOURS", default=72)
LEAD_REMINDER_HOURS = env.int("LEAD_REMINDER_HOURS", default=48)
RFQ_DUPLICATE_DAYS = 7
# Client IPs come from REMOTE_ADDR unless we sit behind this many trusted proxies.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# --------------------------------------------------------------------------- API

# Only what is right for every REST framework view, ours and those Wagtail and wagtail-localize
# ship; the API's own choices (JSON only, JWT, error shape, pagination) are on tradesetu.api.APIView.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_RATES": {},
}
API_AUTHENTICATION_CLASSES = [
    "marketplace.accounts.authentication.SessionJWTAuthentication",
    "rest_framework.authentication.SessionAuthentication",
]
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=5),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=14),
    "ROTATE_REFRESH_TOKENS": True,
    "UPDATE_LAST_LOGIN": True,
    "ALGORITHM": "HS256",
    "SIGNING_KEY": env("JWT_SIGNING_KEY", default=SECRET_KEY),
    "USER_ID_FIELD": "id",
    "USER_ID_CLAIM": "user_id",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "TradeSetu API",
    "DESCRIPTION": (
        "B2B export marketplace API. Errors always have the shape "
        '`{"error": {"code", "message", "fields"}}`.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "PREPROCESSING_HOOKS": ["tradesetu.api.public_api_only"],
    # one name per shared choice set (countries, currencies, Incoterms, languages)
    "ENUM_NAME_OVERRIDES": {
        "CountryEnum": "django_countries.countries",
        "ProductCurrencyEnum": "marketplace.catalog.models.Currency",
        "PlanCurrencyEnum": "billing.models.Currency",
        "IncotermEnum": "marketplace.catalog.models.Incoterm",
        "LanguageEnum": "tradesetu.settings.base.LANGUAGES",
    },
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI and ReDoc assets are served from our own static files (no CDN).
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --------------------------------------------------------------------------- i18n

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
    ("fr", _("French")),
    ("hi", _("Hindi")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# number separators of Arabic and Hindi pages (amounts: tradesetu.money, `{% load money %}`)
FORMAT_MODULE_PATH = ["tradesetu.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --------------------------------------------------------------------------- files

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media")))
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
STORAGES = {
    "default": (
        {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {"bucket_name": AWS_STORAGE_BUCKET_NAME, "default_acl": "private"},
        }
        if AWS_STORAGE_BUCKET_NAME
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --------------------------------------------------------------------------- email

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="TradeSetu <no-reply@tradesetu.test>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --------------------------------------------------------------------------- notifications

# Notification e-mails use the EMAIL_URL backend (SMTP) unless an ESP is named here: brevo,
# sendgrid or postmark, through django-anymail with the matching key below.
NOTIFICATIONS_EMAIL_ESP = env("NOTIFICATIONS_EMAIL_ESP", default="")
ANYMAIL = {
    "BREVO_API_KEY": env("BREVO_API_KEY", default=""),
    "SENDGRID_API_KEY": env("SENDGRID_API_KEY", default=""),
    "POSTMARK_SERVER_TOKEN": env("POSTMARK_SERVER_TOKEN", default=""),
}
NOTIFICATIONS_FROM_EMAIL = env("NOTIFICATIONS_FROM_EMAIL", default=DEFAULT_FROM_EMAIL)
# A mailbox someone (or the ESP) processes; unset, e-mails offer the one-click HTTPS link only
NOTIFICATIONS_UNSUBSCRIBE_MAILTO = env("NOTIFICATIONS_UNSUBSCRIBE_MAILTO", default="")
NOTIFICATIONS_DIGEST_HOUR = env.int("NOTIFICATIONS_DIGEST_HOUR", default=9)  # user's local time
NOTIFICATIONS_MAX_ATTEMPTS = env.int("NOTIFICATIONS_MAX_ATTEMPTS", default=5)
NOTIFICATIONS_RETRY_BACKOFF = env.int("NOTIFICATIONS_RETRY_BACKOFF", default=60)  # s, doubling
NOTIFICATIONS_REQUEUE_AFTER = env.int("NOTIFICATIONS_REQUEUE_AFTER", default=300)  # seconds
# WhatsApp template messages: Meta's Cloud API ("meta") or Twilio ("twilio"). Without
# credentials WhatsApp messages are recorded as skipped, never sent.
WHATSAPP_PROVIDER = env("WHATSAPP_PROVIDER", default="meta")
WHATSAPP_API_BASE = env("WHATSAPP_API_BASE", default="https://graph.facebook.com/v21.0")
WHATSAPP_PHONE_NUMBER_ID = env("WHATSAPP_PHONE_NUMBER_ID", default="")
WHATSAPP_TOKEN = env("WHATSAPP_TOKEN", default="")
WHATSAPP_LANGUAGE_CODES = {"en": "en", "es": "es", "ar": "ar", "fr": "fr", "hi": "hi"}
TWILIO_API_BASE = env("TWILIO_API_BASE", default="https://api.twilio.com/2010-04-01")
TWILIO_ACCOUNT_SID = env("TWILIO_ACCOUNT_SID", default="")
TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN", default="")
TWILIO_WHATSAPP_FROM = env("TWILIO_WHATSAPP_FROM", default="")  # E.164 sender number
# Twilio Content templates, our template name -> content SID: "tradesetu_lead_new=HX…,…"
TWILIO_WHATSAPP_CONTENT_SIDS = env.dict("TWILIO_WHATSAPP_CONTENT_SIDS", default={})

# --------------------------------------------------------------------------- search

# Product and supplier search (search/): "postgres" (weighted tsvector + GIN on this database;
# pg_trgm / unaccent used when installed) or "opensearch" (opensearch-py on OPENSEARCH_URL).
SEARCH_ENGINE = env("SEARCH_ENGINE", default="postgres")
OPENSEARCH_URL = env("OPENSEARCH_URL", default="")
SEARCH_INDEX_PREFIX = env("SEARCH_INDEX_PREFIX", default="tradesetu")
SEARCH_CACHE_TIMEOUT = env.int("SEARCH_CACHE_TIMEOUT", default=60)  # seconds; 0 turns it off
SEARCH_PG_EXTENSIONS = env.bool("SEARCH_PG_EXTENSIONS", default=True)  # pg_trgm when installed
# Prices are filtered, bucketed and sorted in US dollars at these reference rates.
SEARCH_USD_RATES = env.dict(
    "SEARCH_USD_RATES",
    default={"USD": "1", "INR": "0.012", "EUR": "1.08", "GBP": "1.27", "AED": "0.2723"},
)
CELERY_BEAT_SCHEDULE["search-reconcile"] = {  # plan expiry, rating and badge changes
    "task": "search.tasks.reconcile",
    "schedule": 10 * 60.0,
}

# --------------------------------------------------------------------------- Wagtail

WAGTAIL_SITE_NAME = "TradeSetu"
# the admin works offline: no release check, no gravatar (initials instead of broken avatars)
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# no autosave: on a new page it raced the editor's own "Submit to Moderation" (both created the
# page: "slug already in use", or a 500 when they collided; seen in the editor journey)
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_PASSWORD_RESET_ENABLED = True
# Public pages are cached for anonymous visitors and forgotten on every publish (cms.services).
CMS_PAGE_CACHE_TIMEOUT = env.int("CMS_PAGE_CACHE_TIMEOUT", default=60 * 60)
# Routine catalogue edits reach cached public pages within this many seconds (pagecache.touch)
CMS_PAGE_CACHE_COALESCE = env.int("CMS_PAGE_CACHE_COALESCE", default=30)
CONTACT_EMAIL = env("CONTACT_EMAIL", default="support@tradesetu.test")

# --------------------------------------------------------------------------- billing

# Payment providers offered at checkout. "local" is the built-in test provider (a hosted checkout
# page on this site that sends a signed webhook, no money moves): on by default only with the
# development secret key (make run, tests); `manage.py check --deploy` refuses it.
BILLING_PROVIDERS = env.list(
    "BILLING_PROVIDERS", default=["local"] if SECRET_KEY == DEV_SECRET_KEY else []
)
BILLING_LOCAL_WEBHOOK_SECRET = env(
    "BILLING_LOCAL_WEBHOOK_SECRET", default=SECRET_KEY + ":local-pay"
)
RAZORPAY_KEY_ID = env("RAZORPAY_KEY_ID", default="")
RAZORPAY_KEY_SECRET = env("RAZORPAY_KEY_SECRET", default="")
RAZORPAY_WEBHOOK_SECRET = env("RAZORPAY_WEBHOOK_SECRET", default="")
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET", default="")
PAYPAL_CLIENT_ID = env("PAYPAL_CLIENT_ID", default="")
PAYPAL_CLIENT_SECRET = env("PAYPAL_CLIENT_SECRET", default="")
PAYPAL_WEBHOOK_ID = env("PAYPAL_WEBHOOK_ID", default="")
PAYPAL_API_BASE = env("PAYPAL_API_BASE", default="https://api-m.sandbox.paypal.com")
# GST: TradeSetu as the supplier on every invoice.
BILLING_GST_RATE = env.int("BILLING_GST_RATE", default=18)
BILLING_SUPPLIER_NAME = env("BILLING_SUPPLIER_NAME", default="TradeSetu Technologies Pvt Ltd")
BILLING_SUPPLIER_GSTIN = env("BILLING_SUPPLIER_GSTIN", default="29AAGCT1234M1Z2")
BILLING_SUPPLIER_STATE_CODE = env("BILLING_SUPPLIER_STATE_CODE", default="29")
BILLING_SUPPLIER_ADDRESS = env(
    "BILLING_SUPPLIER_ADDRESS", default="12 MG Road, Bengaluru, Karnataka 560001, India"
)
BILLING_SAC_CODE = env("BILLING_SAC_CODE", default="998365")
BILLING_INVOICE_SERIES = env("BILLING_INVOICE_SERIES", default="TS")
BILLING_CREDIT_NOTE_SERIES = env("BILLING_CREDIT_NOTE_SERIES", default="TSCN")
BILLING_CREDIT_VALIDITY_DAYS = env.int("BILLING_CREDIT_VALIDITY_DAYS", default=90)
BILLING_CHECKOUT_REUSE_MINUTES = env.int("BILLING_CHECKOUT_REUSE_MINUTES", default=30)
BILLING_RENEWAL_REMINDER_DAYS = [7, 1]

# --------------------------------------------------------------------------- logging

LOG_FORMAT = env("LOG_FORMAT", default="text")  # "json" in production
LOG_LEVEL = env("LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"scrub_pii": {"()": "tradesetu.logging.ScrubPIIFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {
            "()": "tradesetu.logging.JSONFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["scrub_pii"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "celery": {"level": "INFO"},
        "django_tasks": {"level": "WARNING"},
        # runserver's request lines go through the same scrubbing handler (tokens in URLs)
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
