"""Whole-page cache for anonymous visitors, shared by Wagtail pages and Django views.

Keyed by host, language and full URL; one version number in Redis empties it at once
(``page_cache_clear``: on publish, on catalog and company changes). Only complete 200 answers
that set no cookie and used no CSRF token are stored; logged-in users, pending flash messages
and unexpected query parameters bypass it.
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


def _key(request: HttpRequest) -> str:
    raw = "|".join([request.get_host(), translation.get_language() or "", request.get_full_path()])
    return f"cms:page:{_version()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def serve_cached(
    request: HttpRequest,
    render: Callable[[], HttpResponse],
    *,
    enabled: bool = True,
    query_keys: Iterable[str] = ("page",),
) -> HttpResponse:
    if not enabled or not cacheable(request, query_keys=query_keys):
        return render()
    key = _key(request)
    cached = cache.get(key)
    if cached is not None:
        response = HttpResponse(cached["content"], content_type=cached["content_type"])
        response["X-Page-Cache"] = "hit"
        return response
    response = render()
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    if (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    ):
        cache.set(
            key,
            {"content": response.content, "content_type": response["Content-Type"]},
            timeout=settings.CMS_PAGE_CACHE_TIMEOUT,
        )
        response["X-Page-Cache"] = "miss"
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
