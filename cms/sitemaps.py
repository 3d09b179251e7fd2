"""sitemap.xml: one place that lists every section.

``SITEMAPS`` maps a section name to a Django ``Sitemap`` class; other apps add their sections here
(``"categories"``, ``"products"``, ``"suppliers"``), and ``tradesetu/urls.py`` serves them all at
``/sitemap.xml`` (one section at ``/sitemap-<section>.xml``). Sections with translations list the
other languages as ``xhtml:link`` alternates, as ``PageSitemap`` does.
"""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    """Every live, public Wagtail page in every language, with hreflang alternates and
    x-default (the default language's version). Drafts and private pages are left out."""

    limit = 5000

    def items(self):
        if not hasattr(self, "_page_items"):
            pages = (
                Page.objects.live()
                .public()
                .filter(depth__gt=1)
                .select_related("locale")
                .defer_streamfields()
                .order_by("path")
            )
            self._paths = {}
            for page in pages:
                parts = page.get_url_parts()
                if parts and parts[2]:  # pages outside every site have no URL
                    self._paths[page.pk] = (page, parts[2])
            self._page_items = [page for page, _path in self._paths.values()]
        return self._page_items

    def location(self, page):
        return self._paths[page.pk][1]

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def _urls(self, page_number, protocol, domain):
        urls = super()._urls(page_number, protocol, domain)
        versions = defaultdict(dict)
        for page, path in self._paths.values():
            versions[page.translation_key][page.locale.language_code] = (
                f"{protocol}://{domain}{path}"
            )
        order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        for url in urls:
            found = versions[url["item"].translation_key]
            if len(found) < 2:
                continue
            url["alternates"] = [
                {"lang_code": code, "location": found[code]} for code in order if code in found
            ]
            if settings.LANGUAGE_CODE in found:
                url["alternates"].append(
                    {"lang_code": "x-default", "location": found[settings.LANGUAGE_CODE]}
                )
        return urls


def _sections() -> dict[str, type[Sitemap]]:
    from marketplace.catalog.sitemaps import CategorySitemap, ProductSitemap, SupplierSitemap

    return {
        "pages": PageSitemap,
        "categories": CategorySitemap,
        "products": ProductSitemap,
        "suppliers": SupplierSitemap,
    }


SITEMAPS: dict[str, type[Sitemap]] = _sections()
