"""The Redis cache backend keeps one client per connection pool (Django's builds one per call)."""

from __future__ import annotations

import threading

from django.core.cache import cache


def test_one_redis_client_serves_every_call_and_thread():
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client
    errors = []

    def worker(n: int) -> None:
        try:
            for i in range(50):
                cache.set(f"test-backend:{n}:{i}", i, 30)
                assert cache.get(f"test-backend:{n}:{i}") == i
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert cache._cache.get_client() is client
