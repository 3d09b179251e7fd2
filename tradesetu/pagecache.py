"""Whole-page cache for anonymous visitors, shared by Wagtail pages and Django views.

Keyed by host, language and full URL. Only complete 200 answers that set no cookie and used no
CSRF token are stored; logged-in users, pending flash messages and unexpected query parameters
bypass it.

Two generations in Redis say how fresh an entry is:

* ``page_cache_clear`` starts a new *hard* generation: nothing older is ever served again
  (publishing, blocks, suspensions, the taxonomy, featured listings);
* ``page_cache_touch`` (a seller's routine edit, a new review) marks the cache dirty; once
  ``CMS_PAGE_CACHE_COALESCE`` seconds have passed since the first edit not yet shown, the next
  reader starts a new *soft* generation. An entry of an older soft generation is re-rendered
  by one request at a time (a short lock per URL) while the others still get it (stale while
  revalidating), so an invalidation never sends every visitor to the renderer at once.

Two places read it. The view (``serve_cached``, ``cache_public_page``) decides what may be
cached and answers visitors who carry a session. ``PageCacheMiddleware``, near the top of the
stack, answers visitors without session or message cookies (nearly every anonymous visitor and
crawler) before sessions, CSRF, URL routing and Wagtail's page tree run, and it stores what the
view marked, with the headers the inner middleware added.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from functools import wraps
from typing import TypeVar

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation

HARD_KEY = "cms:page-cache-version"
SOFT_KEY = "cms:page-cache-soft"
DIRTY_KEY = "cms:page-cache-dirty"
RENDER_LOCK_SECONDS = 30  # a renderer that died releases its URL after this long


def version(request: HttpRequest | None = None) -> str:
    """The current page-cache generation: other caches of public content key on it, so they
    empty together with the page cache. Read once per ``request`` when one is given."""
    known = getattr(request, "_page_cache_version", None)
    if known is not None:
        return known
    hard, soft = _generations()
    current = f"{hard}.{soft}"
    if request is not None:
        request._page_cache_version = current
    return current


_DERIVED: dict[tuple[str, str], object] = {}
_DERIVED_GENERATION = [""]  # the generation the entries were last emptied for
DERIVED_MAX_ENTRIES = 4096
T = TypeVar("T")


def derived(request: HttpRequest | None, key: str, build: Callable[[], T]) -> T:
    """Something every page shows that is derived from published content and the URL only (the
    menus as HTML, the language links, the organisation's structured data), built once per
    process and page-cache generation. The generation is read once per request, so a publish
    (or anything else that clears the page cache) shows everywhere at once; there is no Redis
    round trip and no unpickling per value. Without a request, it is simply built."""
    if request is None:
        return build()
    generation = version(request)
    entry = (generation, key)
    try:
        return _DERIVED[entry]  # type: ignore[return-value]
    except KeyError:
        pass
    value = build()
    if generation != _DERIVED_GENERATION[0] or len(_DERIVED) >= DERIVED_MAX_ENTRIES:
        _DERIVED.clear()  # a new generation (or too many URLs): drop the old entries
        _DERIVED_GENERATION[0] = generation
    _DERIVED[entry] = value  # keyed by generation too: a slow request never serves old data
    return value


def _generations(values: dict | None = None) -> tuple[int, int]:
    """(hard, soft); ``values`` may bring the three keys read already with something else."""
    if values is None:
        values = cache.get_many([HARD_KEY, SOFT_KEY, DIRTY_KEY])
    dirty = values.get(DIRTY_KEY)
    if dirty is not None and time.time() - dirty >= settings.CMS_PAGE_CACHE_COALESCE:
        if cache.delete(DIRTY_KEY):  # one reader wins and starts the new soft generation
            _bump(SOFT_KEY)
        values.update(cache.get_many([HARD_KEY, SOFT_KEY]))
    for key in (HARD_KEY, SOFT_KEY):
        if values.get(key) is None:
            # a fresh number, never one used before an eviction
            cache.add(key, time.time_ns(), timeout=None)
            values[key] = cache.get(key) or 0
    return int(values[HARD_KEY]), int(values[SOFT_KEY])


def _bump(key: str) -> None:
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, time.time_ns(), timeout=None)


def page_cache_clear() -> None:
    """Forget every cached public page now: nothing cached before is served again."""
    _bump(HARD_KEY)


def page_cache_touch() -> None:
    """A routine catalogue edit (a seller's product or profile, a review): shown to anonymous
    visitors within ``CMS_PAGE_CACHE_COALESCE`` seconds, so a busy marketplace does not empty
    its page cache many times a second. The editing seller (logged in) sees it at once: logged-in
    visitors never get cached pages."""
    if settings.CMS_PAGE_CACHE_COALESCE <= 0:
        _bump(SOFT_KEY)
    else:
        cache.add(DIRTY_KEY, time.time(), timeout=None)


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
    return f"cms:page3:{hashlib.sha256(raw.encode()).hexdigest()}"


def _lookup(key: str) -> tuple[HttpResponse | None, bool]:
    """(answer, locked). The answer when it may be served: current, or of an older soft
    generation while another request re-renders it. Otherwise None: render; ``locked`` says
    this request took the URL's render lock (release it with ``_release`` if nothing is
    stored)."""
    values = cache.get_many([key, HARD_KEY, SOFT_KEY, DIRTY_KEY])  # one round trip per hit
    cached = values.get(key)
    if cached is None:
        return None, False
    hard, soft = _generations(values)
    if cached["hard"] != hard:
        return None, False
    if cached["soft"] == soft:
        return _from_cache(cached, "hit"), False
    if cache.add(f"{key}:rendering", 1, timeout=RENDER_LOCK_SECONDS):
        return None, True  # this request renders the new one
    return _from_cache(cached, "stale"), False


def _release(key: str) -> None:
    cache.delete(f"{key}:rendering")


def _from_cache(cached: dict, state: str) -> HttpResponse:
    response = HttpResponse(cached["content"])
    for header, value in cached["headers"].items():
        response[header] = value
    response["X-Page-Cache"] = state
    return response


def _store(key: str, response: HttpResponse) -> None:
    hard, soft = _generations()
    headers = {k: v for k, v in response.items() if k not in ("X-Page-Cache", "Set-Cookie")}
    cache.set(
        key,
        {"content": response.content, "headers": headers, "hard": hard, "soft": soft},
        timeout=settings.CMS_PAGE_CACHE_TIMEOUT,
    )
    _release(key)


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
    locked = False
    if getattr(request, "page_cache_looked_up", "") != key:  # the middleware looked already
        cached, locked = _lookup(key)
        if cached is not None:
            return cached
    response = render()
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    if response.status_code == 200 and not response.streaming:
        # stored by PageCacheMiddleware on the way out, once it is sure no cookie was set
        response.page_cache_key = key
        response["X-Page-Cache"] = "miss"
    elif locked:
        _release(key)
    return response


class PageCacheMiddleware:
    """Answers cookie-less anonymous GETs from the page cache; stores the answers that
    ``serve_cached`` marked. Goes right after SecurityMiddleware and WhiteNoise."""

    SKIP_PREFIXES = ("/api/", "/admin/", "/webhooks/", "/static/", "/media/", "/healthz", "/readyz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        locked = False
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
            key = _key(request, language)
            cached, locked = _lookup(key)
            if cached is not None:
                return cached
            request.page_cache_looked_up = key
        response = self.get_response(request)
        stored = getattr(response, "page_cache_key", None)
        if stored:
            if (
                settings.CMS_PAGE_CACHE_TIMEOUT
                and response.status_code == 200
                and not response.cookies
                and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            ):
                _store(stored, response)
            else:
                _release(stored)
        elif locked:
            _release(request.page_cache_looked_up)  # the view did not cache this answer
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
