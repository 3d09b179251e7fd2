from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from billing import api as billing_api
from cms import views as cms_views
from tradesetu import health

api_v1 = [
    path("", include("marketplace.accounts.api_urls")),
    path("", include("marketplace.companies.api_urls")),
    path("", include("marketplace.catalog.api_urls")),
    path("", include("marketplace.leads.api_urls")),
    path("", include("marketplace.reviews.api_urls")),
    path("", include("billing.api_urls")),
    path("", include("search.api_urls")),
]

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # payment providers call this (signed, CSRF-exempt, no session): billing.api
    path(
        "webhooks/payments/<str:provider>",
        billing_api.PaymentWebhookView.as_view(),
        name="billing-webhook",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("robots.txt", cms_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", cms_views.sitemap, name="sitemap"),  # sections: cms.sitemaps.SITEMAPS
    path("sitemap-<section>.xml", cms_views.sitemap, name="sitemap_section"),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Visitor-facing pages: English at /, other languages under /es/, /ar/, /fr/, /hi/.
urlpatterns += i18n_patterns(
    path("", include("marketplace.accounts.urls")),
    path("", include("marketplace.companies.urls")),
    path("", include("marketplace.catalog.urls")),
    path("", include("marketplace.leads.urls")),
    path("", include("marketplace.reviews.urls")),
    path("", include("marketplace.notifications.urls")),
    path("", include("marketplace.files.urls")),
    path("", include("billing.urls")),
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
