"""Fixed-window rate limits on the shared Redis cache, for web views, API views and services alike.

Chosen over a decorator package so that services (not only views) can ask, and so that the answer
is our own ``RateLimited`` error (429 with Retry-After) everywhere.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from tradesetu.errors import RateLimited


def _key(scope: str, ident: str, window: int) -> tuple[str, int]:
    bucket = int(time.time() // window)
    digest = hashlib.sha256(ident.encode()).hexdigest()[:32]  # no raw emails or IPs in keys
    return f"rl:{scope}:{digest}:{bucket}", window - int(time.time() % window)


def hit(scope: str, ident: str, *, limit: int | None = None, window: int | None = None) -> int:
    """Count one event for (scope, ident); return the count in the current window."""
    limit, window = _limits(scope, limit, window)
    key, remaining = _key(scope, ident, window)
    if cache.add(key, 1, timeout=remaining + 1):
        return 1
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=remaining + 1)
        return 1


def count(scope: str, ident: str, *, window: int | None = None) -> int:
    _limit, window = _limits(scope, None, window)
    key, _remaining = _key(scope, ident, window)
    return int(cache.get(key) or 0)


def reset(scope: str, ident: str, *, window: int | None = None) -> None:
    _limit, window = _limits(scope, None, window)
    key, _remaining = _key(scope, ident, window)
    cache.delete(key)


def check(scope: str, *idents: str, limit: int | None = None, window: int | None = None) -> None:
    """Count one event for each ident and raise ``RateLimited`` when any is over its limit."""
    limit, window = _limits(scope, limit, window)
    for ident in idents:
        if not ident:
            continue
        if hit(scope, ident, limit=limit, window=window) > limit:
            _bucket, remaining = _key(scope, ident, window)
            raise RateLimited(
                _("Too many requests. Please try again in %(minutes)s minutes.")
                % {"minutes": max(1, remaining // 60)},
                retry_after=remaining,
            )


def _limits(scope: str, limit: int | None, window: int | None) -> tuple[int, int]:
    default_limit, default_window = settings.RATE_LIMITS.get(scope, (60, 60))
    return limit or default_limit, window or default_window
