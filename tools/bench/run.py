"""`make bench`: speed targets measured on a seeded data set of realistic size.

Runs inside the stack (``python -m tradesetu.stack exec -- python tools/bench/run.py``) against
its own database (``<DATABASE NAME>_bench`` on the same PostgreSQL server), seeded once and kept
between runs (``--reseed`` to start over). HTTP scenarios hit a gunicorn server started here
with the production-like ``tradesetu.settings.bench`` settings; service scenarios call the
services directly. Results are printed and written to ``var/bench/results.json``.

    python tools/bench/run.py                 # every scenario
    python tools/bench/run.py leads catalog   # only these groups
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))
RESULTS = BASE_DIR / "var" / "bench" / "results.json"


@dataclass
class Result:
    scenario: str
    target: str
    samples: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    passed: bool
    notes: str = ""
    extra: dict = field(default_factory=dict)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summarise(
    name: str,
    seconds: list[float],
    *,
    target: str,
    limits: dict[str, float],
    notes: str = "",
    **extra,
) -> Result:
    ms = [s * 1000 for s in seconds]
    p50, p95, p99 = percentile(ms, 50), percentile(ms, 95), percentile(ms, 99)
    observed = {"p50": p50, "p95": p95, "p99": p99}
    passed = all(observed[key] <= limit for key, limit in limits.items())
    return Result(
        name, target, len(ms), round(p50, 2), round(p95, 2), round(p99, 2), passed, notes, extra
    )


def time_calls(fn: Callable[[int], object], runs: int, warmup: int = 3) -> list[float]:
    for i in range(warmup):
        fn(-1 - i)
    timings = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        timings.append(time.perf_counter() - start)
    return timings


# --------------------------------------------------------------------------- HTTP load


def load(
    base_url: str,
    paths: list[str],
    *,
    clients: int,
    seconds: float,
    cookies: str = "",
    headers: dict[str, str] | None = None,
) -> tuple[list[float], int]:
    """``clients`` threads, each with a keep-alive connection, request the paths round-robin for
    ``seconds``; returns the latencies and the number of non-200 answers."""
    parts = urlsplit(base_url)
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    headers = {**(headers or {}), **({"Cookie": cookies} if cookies else {})}

    def worker(offset: int) -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine, bad, n = [], 0, offset
        while time.monotonic() < stop:
            path = paths[n % len(paths)]
            n += 1
            start = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    bad += 1
            except (OSError, http.client.HTTPException):
                bad += 1
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
                continue
            mine.append(time.perf_counter() - start)
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0]


class Server:
    """gunicorn on a free loopback port with the bench settings."""

    def __init__(self, env: dict[str, str], workers: int = 4):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(  # noqa: S603 - our own server
            [
                sys.executable, "-m", "gunicorn", "tradesetu.wsgi:application",
                "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers),
                "--worker-class", "gthread", "--threads", "2", "--log-level", "warning",
            ],
            env={**env, "DJANGO_SETTINGS_MODULE": "tradesetu.settings.bench"},
            cwd=BASE_DIR,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise SystemExit("gunicorn did not start")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def warm(base_url: str, paths: list[str], cookies: str = "", headers: dict | None = None) -> None:
    load(
        base_url,
        paths,
        clients=2,
        seconds=min(5.0, 0.2 * len(paths) + 1),
        cookies=cookies,
        headers=headers,
    )


# --------------------------------------------------------------------------- database


def bench_database_url() -> tuple[str, str]:
    import environ

    env = environ.Env()
    for env_file in (BASE_DIR / ".env", BASE_DIR / "var" / "embedded.env"):
        if env_file.exists():
            env.read_env(str(env_file), overwrite=False)
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        raise SystemExit("DATABASE_URL is not set: run through `make bench`")
    config = env.db_url_config(url)
    name = f"{config['NAME']}_bench"
    host = config.get("HOST") or config.get("OPTIONS", {}).get("host", "")
    user = config.get("USER") or "postgres"
    password = f":{config['PASSWORD']}" if config.get("PASSWORD") else ""
    if host.startswith("/"):
        return f"postgres://{user}@/{name}?host={host}", name
    return (
        f"postgres://{user}{password}@{host or '127.0.0.1'}:{config.get('PORT') or 5432}/{name}",
        name,
    )


def ensure_database(url: str, name: str, *, reseed: bool) -> None:
    import psycopg

    admin_url = url.replace(f"/{name}", "/postgres", 1)
    with psycopg.connect(_psycopg_dsn(admin_url), autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and reseed:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def _psycopg_dsn(url: str) -> str:
    parts = urlsplit(url)
    if "host=" in parts.query:
        host = parts.query.split("host=", 1)[1].split("&")[0]
        return f"dbname={parts.path.lstrip('/')} user={parts.username or 'postgres'} host={host}"
    return url.replace("postgres://", "postgresql://", 1)


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("groups", nargs="*", help="scenario groups to run (default: all)")
    parser.add_argument(
        "--reseed", action="store_true", help="drop and re-create the bench database"
    )
    parser.add_argument("--seconds", type=float, default=15.0, help="duration of each HTTP load")
    args = parser.parse_args()

    url, name = bench_database_url()
    ensure_database(url, name, reseed=args.reseed)
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "tradesetu.settings.bench"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    from tools.bench import scenarios

    groups = args.groups or list(scenarios.GROUPS)
    results: list[Result] = []
    for group in groups:
        print(f"== {group}", flush=True)
        for result in scenarios.GROUPS[group](args):
            results.append(result)
            mark = "PASS" if result.passed else "FAIL"
            print(
                f"{mark}  {result.scenario:<42} p50 {result.p50_ms:>8.2f} ms  p95 {result.p95_ms:>8.2f} ms  "
                f"p99 {result.p99_ms:>8.2f} ms  n={result.samples:<6} target: {result.target} {result.notes}",
                flush=True,
            )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    previous.update(
        {r.scenario: asdict(r) | {"at": time.strftime("%Y-%m-%d %H:%M:%S")} for r in results}
    )
    RESULTS.write_text(json.dumps(previous, indent=2))
    failed = [r.scenario for r in results if not r.passed]
    if failed:
        print(f"\n{len(failed)} scenario(s) missed their target: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
