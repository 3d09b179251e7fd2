"""Template tags of the public site: head links, structured data, menus, language switcher."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from cms import selectors, seo
from tradesetu import pagecache

register = template.Library()


def _page(context):
    page = context.get("page")
    return page if getattr(page, "pk", None) and hasattr(page, "get_translations") else None


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    """``<link rel="alternate" hreflang>`` for each live translation of the page, and x-default."""
    page = _page(context)
    if page is None:
        return ""
    alternates = selectors.page_alternates(page, context.get("request"))
    if len(alternates) < 2:
        return ""
    return format_html_join(
        "\n",
        '<link rel="alternate" hreflang="{}" href="{}">',
        ((a.language, a.url) for a in alternates),
    )


@register.simple_tag(takes_context=True)
def structured_data(context):
    """JSON-LD: Organization on every page, plus the page's own documents."""
    request = context.get("request")
    documents = [seo.organization(request)]
    page = _page(context)
    if page is not None and hasattr(page, "structured_data"):
        documents += page.structured_data(request)
    documents += context.get("structured_data") or []  # from non-page views (catalog, suppliers)
    return mark_safe("\n".join(seo.to_script(d) for d in documents))  # noqa: S308


# The header's and footer's parts below depend only on published content and the URL: each is
# rendered once per process and page-cache generation (``pagecache.derived``), not per request.


def _chrome(context, name: str, template_name: str, build_context) -> str:
    request = context.get("request")
    host = request.get_host() if request is not None else ""
    key = f"{name}:{translation.get_language()}:{host}"
    return pagecache.derived(
        request, key, lambda: render_to_string(template_name, build_context(), request=request)
    )


@register.simple_tag(takes_context=True)
def language_switcher(context):
    """The same page (or URL) in each language."""
    request = context.get("request")
    page = _page(context)
    where = f"page-{page.pk}" if page is not None else request.get_full_path() if request else ""
    return _chrome(
        context,
        f"languages:{where}",
        "cms/includes/language_switcher.html",
        lambda: {"languages": selectors.language_links(page, request)},
    )


@register.simple_tag(takes_context=True)
def site_menu(context):
    page = _page(context)
    current_path = page.url_path if page is not None else ""
    return _chrome(
        context,
        f"menu:{current_path}",
        "cms/includes/site_menu.html",
        lambda: {"items": selectors.menu_pages(show_in="menus"), "current_path": current_path},
    )


@register.simple_tag(takes_context=True)
def footer_menu(context):
    return _chrome(
        context,
        "footer",
        "cms/includes/footer_menu.html",
        lambda: {"items": selectors.menu_pages(show_in="footer")},
    )


@register.simple_tag
def language_path(path: str) -> str:
    """A site path under the active language's prefix (English has none)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE:
        return path
    return f"/{language}{path}"


@register.simple_tag
def trust_figures():
    return selectors.trust_figures()


@register.simple_tag
def success_stories(count=3, featured_only=False):
    return selectors.success_stories_for_block(count=count, featured_only=featured_only)


@register.simple_tag
def breadcrumb_trail(page):
    return page.breadcrumbs() if hasattr(page, "breadcrumbs") else []


@register.filter
def in_path(url_path: str, prefix: str) -> bool:
    return bool(url_path and prefix and url_path.startswith(prefix))


@register.simple_tag
def aria_current(condition) -> str:
    return format_html(' aria-current="page"') if condition else ""
