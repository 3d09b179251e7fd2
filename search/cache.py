"""Result caching keyed by an index generation: every index write bumps the generation, so a
cached answer is never older than the last change (and at most SEARCH_CACHE_TIMEOUT seconds).

Answers live in Redis (shared by every process) and, for up to 30 seconds, in the process's own
memory in front of it. The generation itself is re-read from Redis at most once a second per
process (a write made by this process is seen at once)."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "search:generation"
# Other processes' writes are seen within this many seconds; this process's own at once.
LOCAL_SECONDS = 1.0
_local: dict[str, float] = {}
_lock = threading.Lock()


def timeout() -> int:
    return settings.SEARCH_CACHE_TIMEOUT


def generation() -> int:
    now = time.monotonic()
    with _lock:
        if "generation" in _local and now - _local["at"] < LOCAL_SECONDS:
            return int(_local["generation"])
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, None)
        value = cache.get(GENERATION_KEY) or 1
    with _lock:
        _local.update(generation=value, at=now)
    return value


def forget_local() -> None:
    with _lock:
        _local.clear()
        _answers.clear()


def versioned(key: str) -> str:
    """The key for the current generation, or "" when caching is off."""
    if timeout() <= 0:
        return ""
    return f"{key}:g{generation()}"


def bump() -> None:
    """Forget every cached answer: now and again when the writing transaction commits (a search
    running in between must not cache the old rows under the new generation)."""

    def incr() -> None:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            cache.set(GENERATION_KEY, 2, None)
        forget_local()

    incr()
    transaction.on_commit(incr)


STAMPEDE_WAIT = 3.0  # seconds a request waits for another computing the same answer
LOCAL_ENTRIES = 2000  # answers kept in each process (in front of Redis)
_answers: OrderedDict = OrderedDict()


def _local_get(key: str):
    with _lock:
        item = _answers.get(key)
        if item is None:
            return None
        if time.monotonic() > item[0]:
            del _answers[key]
            return None
        _answers.move_to_end(key)
        return item[1]


def _local_set(key: str, value, seconds: int) -> None:
    with _lock:
        _answers[key] = (time.monotonic() + min(seconds, 30), value)
        while len(_answers) > LOCAL_ENTRIES:
            _answers.popitem(last=False)


def get_or_compute(key: str, compute, timeout_seconds: int | None = None, *, wait: bool = True):
    """The cached answer (this process's memory, then Redis), else compute it once: when many
    requests miss the same key at the same moment (a popular search right after the index
    changed), one computes and the others wait for its answer instead of all hitting the
    database ("cache stampede"; ``wait=False`` for answers cheaper than waiting)."""
    if not key:
        return compute()
    seconds = timeout_seconds or timeout()
    value = _local_get(key)
    if value is not None:
        return value
    value = cache.get(key)
    if value is not None:
        _local_set(key, value, seconds)
        return value
    lock = f"{key}:computing"
    if wait and not cache.add(lock, 1, int(STAMPEDE_WAIT) + 2):
        deadline = time.monotonic() + STAMPEDE_WAIT
        while time.monotonic() < deadline:
            time.sleep(0.005)
            value = cache.get(key)
            if value is not None:
                _local_set(key, value, seconds)
                return value
    try:
        value = compute()
        cache.set(key, value, seconds)
        _local_set(key, value, seconds)
    finally:
        if wait:
            cache.delete(lock)
    return value
