"""Structured data (schema.org JSON-LD) for the public pages.

Every page: Organization (site-wide) and BreadcrumbList; blog posts and success stories: Article;
any page with an FAQ block: FAQPage. Rendered by ``{% structured_data %}`` in base.html.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe

from tradesetu.images import rendition_set

from .blocks import faq_items

SCHEMA = "https://schema.org"


def _absolute(request, url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    if request is not None:
        return request.build_absolute_uri(url)
    return settings.SITE_URL + url


def organization(request) -> dict:
    data = {
        "@context": SCHEMA,
        "@type": "Organization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": _absolute(request, "/"),
        "logo": _absolute(request, static("img/tradesetu-logo.png")),
        "description": "A B2B export marketplace connecting global buyers with verified Indian suppliers.",
    }
    data.update(_organization_settings(request))
    return data


def _organization_settings(request) -> dict:
    """Name and phone from the SEO settings of the request's site; cached with the page cache
    (emptied on snippet and settings changes)."""
    from tradesetu import pagecache

    if request is None:
        return {}
    return pagecache.derived(
        request, f"org-ld:{request.get_host()}", lambda: _organization_settings_read(request)
    )


def _organization_settings_read(request) -> dict:
    from wagtail.models import Site
    from wagtailseo.models import SeoSettings

    site = Site.find_for_request(request)
    seo_settings = SeoSettings.for_site(site) if site is not None else None
    extra = {}
    if seo_settings is not None:
        if seo_settings.struct_org_name:
            extra["name"] = seo_settings.struct_org_name
        if seo_settings.struct_org_phone:
            extra["telephone"] = seo_settings.struct_org_phone
    return extra


def breadcrumbs(page, request) -> dict:
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(page.breadcrumbs(), start=1)
        ],
    }


def _image_urls(image, request) -> list[str]:
    if image is None:
        return []
    renditions = image.get_renditions(*rendition_set("article-schema").filters)
    return [_absolute(request, rendition.url) for rendition in renditions.values()]


def article(page, request, *, description: str, author: dict, image) -> dict:
    url = page.get_full_url(request)
    data = {
        "@context": SCHEMA,
        "@type": "Article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": page.title[:110],
        "description": description,
        "inLanguage": page.locale.language_code,
        "datePublished": (page.first_published_at or page.latest_revision_created_at),
        "dateModified": (page.last_published_at or page.latest_revision_created_at),
        "author": author,
        "publisher": {
            "@type": "Organization",
            "name": settings.WAGTAIL_SITE_NAME,
            "logo": {
                "@type": "ImageObject",
                "url": _absolute(request, static("img/tradesetu-logo.png")),
            },
        },
    }
    images = _image_urls(image, request)
    if images:
        data["image"] = images
    return data


def faq_page(stream) -> dict | None:
    items = faq_items(stream)
    if not items:
        return None
    return {
        "@context": SCHEMA,
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question,
                "acceptedAnswer": {"@type": "Answer", "text": answer},
            }
            for question, answer in items
        ],
    }


def page_structured_data(page, request) -> list[dict]:
    """The page-specific JSON-LD documents (Organization is added site-wide by the template)."""
    from .models import BlogPage, SuccessStoryPage

    documents = [breadcrumbs(page, request)]
    if isinstance(page, BlogPage):
        author = (
            {"@type": "Person", "name": page.author.name}
            if page.author
            else {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME}
        )
        documents.append(
            article(page, request, description=page.intro, author=author, image=page.image)
        )
        documents[-1]["wordCount"] = page.word_count
        if page.category:
            documents[-1]["articleSection"] = page.category.name
        keywords = [tag.name for tag in page.tags.all()]
        if keywords:
            documents[-1]["keywords"] = ", ".join(keywords)
    elif isinstance(page, SuccessStoryPage):
        documents.append(
            article(
                page,
                request,
                description=page.summary or strip_tags(page.problem)[:300],
                author={"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
                image=page.image,
            )
        )
    body = getattr(page, "body", None)
    if body is not None and hasattr(body, "stream_block"):
        faq = faq_page(body)
        if faq:
            documents.append(faq)
    return documents


def to_script(document: dict) -> SafeString:
    """A ``<script type="application/ld+json">`` element; <, > and & are escaped so that no text
    from an editor or a visitor can end the script."""
    text = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
