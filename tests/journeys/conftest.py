"""Journey tests: the whole stack started the way `make run` starts it, walked in Chromium.

One stack per test session (``python -m tradesetu.stack run``: migrate, seed_demo, web server,
Celery worker and beat, and whatever embedded services the stack starts, such as clamd) on a
database of its own (dropped and created again, like a fresh clone), another Redis database, its
own media folder and a real SMTP server (aiosmtpd) for its e-mail. Journeys share the stack and
create their own users.

Set ``JOURNEYS_STACK_URL`` (and ``JOURNEYS_SMTP_PORT``, the port its ``EMAIL_URL`` names) to walk a
stack that is already running instead: handy while writing a journey.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import Mailbox, _free_port
from tests.journeys.people import Authenticator

BASE_DIR = Path(__file__).resolve().parents[2]
STACK_START_TIMEOUT = float(os.environ.get("JOURNEYS_START_TIMEOUT", "1800"))
SCREENSHOTS = Path(os.environ.get("JOURNEYS_SCREENSHOTS", "/tmp/journeys-screenshots"))  # noqa: S108


@dataclass
class Stack:
    url: str
    mailbox: Mailbox
    log: Path | None = None
    # the staff's authenticator app: it keeps the key it learnt at the first admin log-in
    authenticator: Authenticator = field(default_factory=Authenticator)

    def log_tail(self, lines: int = 80) -> str:
        if self.log is None or not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def _database_host() -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]
    return db.get("HOST") or db.get("OPTIONS", {}).get("host", "")


def _database_url(name: str) -> str:
    """A URL for database ``name`` on the PostgreSQL server the tests use."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    host = _database_host()
    user = db.get("USER") or "postgres"
    if host.startswith("/") or not host:
        return f"postgres://{user}@/{name}?host={host}"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{host}:{db.get('PORT') or 5432}/{name}"


def _database_recreate(name: str, *, create: bool = True) -> None:
    import psycopg
    from django.conf import settings

    db = settings.DATABASES["default"]
    with psycopg.connect(
        dbname="postgres",
        host=_database_host() or None,
        port=db.get("PORT") or None,
        user=db.get("USER") or "postgres",
        password=db.get("PASSWORD") or None,
        autocommit=True,
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            conn.execute(f'CREATE DATABASE "{name}"')


def _redis_url(db: int) -> str:
    from django.conf import settings

    from tradesetu.settings.test import _redis_db

    return _redis_db(settings.REDIS_URL, db)


def _redis_flush(url: str) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/readyz", timeout=5) as response:  # noqa: S310
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="package")
def smtp_mailbox():
    """A real SMTP server on loopback for the journeys; the stack sends its e-mail here."""
    from aiosmtpd.controller import Controller

    mailbox = Mailbox()
    port = int(os.environ.get("JOURNEYS_SMTP_PORT") or _free_port())
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    mailbox.port = port
    yield mailbox
    controller.stop()


@pytest.fixture(scope="package")
def stack(smtp_mailbox, tmp_path_factory):
    """The running stack, started like `make run` (see the module docstring); stopped once the
    journeys are done, so it does not idle beside the rest of the suite."""
    existing = os.environ.get("JOURNEYS_STACK_URL")
    if existing:
        keys = Path(os.environ.get("JOURNEYS_AUTHENTICATOR", "/tmp/journeys-authenticator.json"))  # noqa: S108
        yield Stack(
            url=existing.rstrip("/"), mailbox=smtp_mailbox, authenticator=Authenticator(keys)
        )
        return

    from django.conf import settings

    test_db = settings.DATABASES["default"].get("TEST", {}).get("NAME") or (
        "test_" + settings.DATABASES["default"]["NAME"]
    )
    db_name = f"{test_db}_journeys"
    _database_recreate(db_name)
    redis_url = _redis_url(int(os.environ.get("JOURNEYS_REDIS_DB", "7")))
    _redis_flush(redis_url)

    var_dir = tmp_path_factory.mktemp("stack")
    addr = f"127.0.0.1:{_free_port()}"
    url = f"http://{addr}"
    env = {
        key: value
        for key, value in os.environ.items()
        # the stack starts its own scanner; the test process's settings must not leak in
        if key not in {"CLAMD_SOCKET", "CLAMD_TCP", "DJANGO_ALLOW_ASYNC_UNSAFE", "MEDIA_ROOT"}
        and not key.startswith(("TEST_", "PYTEST_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "tradesetu.settings.dev",
            "TRADESETU_VAR_DIR": str(var_dir),
            "TRADESETU_ADDR": addr,
            "DATABASE_URL": _database_url(db_name),
            "REDIS_URL": redis_url,
            "EMAIL_URL": f"smtp://127.0.0.1:{smtp_mailbox.port}",
            "MEDIA_ROOT": str(var_dir / "media"),
            "SITE_URL": url,
            "PYTHONUNBUFFERED": "1",
            # the server under test must not restart when a file in the tree changes
            "TRADESETU_NORELOAD": "1",
        }
    )
    log = var_dir / "stack.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "tradesetu.stack", "run"],
            cwd=BASE_DIR,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    running = Stack(url=url, mailbox=smtp_mailbox, log=log)
    try:
        deadline = time.monotonic() + STACK_START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(
                    f"the stack exited with {process.returncode} before it was ready:\n"
                    + running.log_tail()
                )
            # the web server answers /readyz; journeys also need the Celery worker
            if _ready(url) and re.search(r"celery@\S+ ready", log.read_text(errors="replace")):
                break
            if time.monotonic() > deadline:
                pytest.fail(
                    f"the stack was not ready within {STACK_START_TIMEOUT:.0f} s:\n"
                    + running.log_tail()
                )
            time.sleep(1)
        yield running
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(40)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        with contextlib.suppress(OSError):  # kept for whoever reads the report
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(log, SCREENSHOTS / "stack.log")
        with contextlib.suppress(Exception):
            _database_recreate(db_name, create=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.journey_failed = report.failed
    return report


@pytest.fixture
def new_page(browser, stack, request):
    """Open a fresh browser (its own cookies) on the stack; call it once per person. When the
    journey fails, every person's page is saved under SCREENSHOTS/<test>/failed-<n>.png."""
    contexts = []

    def open_page(locale: str = "en-GB"):
        context = browser.new_context(base_url=stack.url, locale=locale, accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(20_000)
        return page

    yield open_page
    for number, context in enumerate(contexts, 1):
        if getattr(request.node, "journey_failed", False):
            folder = SCREENSHOTS / request.node.name
            folder.mkdir(parents=True, exist_ok=True)
            for page in context.pages:
                with contextlib.suppress(Exception):
                    page.screenshot(path=str(folder / f"failed-{number}.png"), full_page=True)
                    print(f"failed page {number}: {page.url} -> {folder}/failed-{number}.png")
        context.close()


@pytest.fixture
def unique_email():
    def make(role: str) -> str:
        return f"{role}-{uuid.uuid4().hex[:8]}@journeys.test"

    return make


@pytest.fixture
def shot(request):
    """``shot(page, "name")`` saves a full-page screenshot under SCREENSHOTS/<test>/."""
    folder = SCREENSHOTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        path = folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
