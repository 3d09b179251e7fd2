"""Whole-page cache for anonymous visitors, shared by Wagtail pages and Django views.

Keyed by host, language and full URL; one version number in Redis empties it at once
(``page_cache_clear``: on publish, on catalog and company changes). Only complete 200 answers
that set no cookie and used no CSRF token are stored; logged-in users, pending flash messages
and unexpected query parameters bypass it.

Two places read it. The view (``serve_cached``, ``cache_public_page``) decides what may be
cached and answers hits for visitors who carry a session. ``PageCacheMiddleware``, near the top
of the stack, answers hits for visitors without session or message cookies (nearly every
anonymous visitor and crawler) before sessions, CSRF, URL routing and Wagtail's page tree run,
and it stores what the view marked, with the headers the inner middleware added.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation

VERSION_KEY = "cms:page-cache-version"


def version() -> int:
    """The current page-cache generation: other caches of public content key on it, so they
    empty together with the page cache."""
    return _version()


def _version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        # a fresh number, never one used before an eviction
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY) or 0
    return int(version)


def page_cache_clear() -> None:
    """Forget every cached public page."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def cacheable(request: HttpRequest, *, query_keys: Iterable[str] = ("page",)) -> bool:
    if request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False):
        return False
    exact = {k for k in query_keys if not k.endswith("*")}
    prefixes = tuple(k[:-1] for k in query_keys if k.endswith("*"))
    if any(k not in exact and not (prefixes and k.startswith(prefixes)) for k in request.GET):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return not len(messages.get_messages(request))


def _key(request: HttpRequest, language: str) -> str:
    raw = "|".join([request.get_host(), language, request.get_full_path()])
    return f"cms:page2:{_version()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _from_cache(cached: dict) -> HttpResponse:
    response = HttpResponse(cached["content"])
    for header, value in cached["headers"].items():
        response[header] = value
    response["X-Page-Cache"] = "hit"
    return response


def serve_cached(
    request: HttpRequest,
    render: Callable[[], HttpResponse],
    *,
    enabled: bool = True,
    query_keys: Iterable[str] = ("page",),
) -> HttpResponse:
    if not enabled or not cacheable(request, query_keys=query_keys):
        return render()
    key = _key(request, translation.get_language() or "")
    cached = cache.get(key)
    if cached is not None:
        return _from_cache(cached)
    response = render()
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    if response.status_code == 200 and not response.streaming:
        # stored by PageCacheMiddleware on the way out, once it is sure no cookie was set
        response.page_cache_key = key
        response["X-Page-Cache"] = "miss"
    return response


class PageCacheMiddleware:
    """Answers cookie-less anonymous GETs from the page cache; stores the answers that
    ``serve_cached`` marked. Goes right after SecurityMiddleware and WhiteNoise."""

    SKIP_PREFIXES = ("/api/", "/admin/", "/webhooks/", "/static/", "/media/", "/healthz", "/readyz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.method == "GET"
            and not request.path_info.startswith(self.SKIP_PREFIXES)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
        ):
            # the URL decides the language of cached pages (i18n_patterns, unprefixed English);
            # a page whose language came from elsewhere is keyed apart and never found here
            language = (
                translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            )
            cached = cache.get(_key(request, language))
            if cached is not None:
                return _from_cache(cached)
        response = self.get_response(request)
        key = getattr(response, "page_cache_key", None)
        if (
            key
            and settings.CMS_PAGE_CACHE_TIMEOUT
            and response.status_code == 200
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        ):
            headers = {k: v for k, v in response.items() if k not in ("X-Page-Cache", "Set-Cookie")}
            cache.set(
                key,
                {"content": response.content, "headers": headers},
                timeout=settings.CMS_PAGE_CACHE_TIMEOUT,
            )
        return response


def cache_public_page(*, query_keys: Iterable[str] = ("page",)):
    """Decorator for public Django views: serve anonymous GETs from the page cache. Only the
    listed query parameters (``"a_*"`` for a prefix) may vary the page; any other parameter
    bypasses the cache."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            return serve_cached(
                request, lambda: view(request, *args, **kwargs), query_keys=query_keys
            )

        return wrapper

    return decorator
