"""Shared fixtures. Tests run against real PostgreSQL and Redis (see tradesetu.settings.test)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from django.core.cache import caches
from rest_framework.test import APIClient

from tests.factories import PASSWORD, SellerFactory, UserFactory


def site_skeleton() -> None:
    """What every page needs: root page, English home page, default Site, root collection.

    Migrations create Wagtail's version of it, but transactional tests flush every table (and
    with --reuse-db that empty state would reach the next session), so it is restored here.
    """
    from wagtail.models import Collection

    from cms.services import home_page_ensure

    home_page_ensure()
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        site_skeleton()


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test starts with an empty cache (rate limits, lockouts) and its own media folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    for alias in ("default", "local"):
        caches[alias].clear()
    yield
    for alias in ("default", "local"):
        caches[alias].clear()


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def buyer(db):
    return UserFactory()


@pytest.fixture
def seller(db):
    return SellerFactory()


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def home_page(db):
    from cms.services import home_page_ensure

    return home_page_ensure()


EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


@pytest.fixture(scope="session")
def clamd_socket(tmp_path_factory) -> str:
    """A real clamd (Debian clamav-daemon) with the local signature set the stack uses
    (``marketplace/files/clamav``, EICAR only: no signatures can be downloaded here), started by
    the stack's own ``clamd_start`` in a temporary directory, once per test session."""
    from tradesetu import stack

    if stack.clamd_binary() is None:
        pytest.fail("clamd is missing: run `make system-deps` (apt-get install clamav-daemon)")
    directory = tmp_path_factory.mktemp("clamd")
    try:
        sock, _started = stack.clamd_start(directory, timeout=60)
    except stack.ClamdError as exc:
        pytest.fail(str(exc))
    yield sock
    stack.clamd_stop(directory)


@pytest.fixture
def clamd(settings, clamd_socket) -> str:
    """Uploads in this test are scanned by the real clamd."""
    settings.CLAMD_SOCKET = clamd_socket
    settings.CLAMD_TCP = ""
    return clamd_socket


@pytest.fixture
def celery_worker(transactional_db, settings):
    """A real Celery worker process on the test database and the test Redis broker.

    For tests about background work; they must use a transactional database so that the worker
    (another process, other connections) sees committed rows.
    """
    from django.db import connection

    from tradesetu.celery import app as celery_app

    db = connection.settings_dict
    host = db.get("HOST") or db.get("OPTIONS", {}).get("host", "")
    if host.startswith("/"):
        database_url = f"postgres://{db['USER']}@/{db['NAME']}?host={host}"
    else:
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        database_url = (
            f"postgres://{db['USER']}{password}@{host}:{db.get('PORT') or 5432}/{db['NAME']}"
        )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tradesetu.settings.test",
        "DATABASE_URL": database_url,
        "CLAMD_SOCKET": settings.CLAMD_SOCKET,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    broker = settings.CELERY_BROKER_URL
    celery_app.conf.broker_url = broker
    process = subprocess.Popen(
        [
            sys.executable, "-m", "celery", "-A", "tradesetu", "worker",
            "--pool", "solo", "--without-heartbeat", "--without-gossip", "--without-mingle",
            "-l", "warning", "-n", f"test-{os.getpid()}@%h",
        ],
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if celery_app.control.ping(timeout=0.5):
            break
        if process.poll() is not None:
            pytest.fail("the Celery worker exited during start-up")
    else:
        process.kill()
        pytest.fail("the Celery worker did not answer a ping within 60 s")
    yield process
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()


class Mailbox:
    """Messages received by the SMTP server, parsed."""

    def __init__(self) -> None:
        self.messages: list = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd handler hook
        message = message_from_bytes(envelope.original_content, policy=policy.default)
        with self._lock:
            self.messages.append(message)
        return "250 Message accepted for delivery"

    def wait_for(self, to: str, timeout: float = 15.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for message in self.messages:
                    if to in message["To"]:
                        return message
            time.sleep(0.1)
        raise AssertionError(f"no e-mail to {to} within {timeout}s")

    @staticmethod
    def text(message) -> str:
        return message.get_body(preferencelist=("plain",)).get_content()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on loopback (aiosmtpd); the site sends its e-mail through Django's SMTP
    backend."""
    from aiosmtpd.controller import Controller

    mailbox = Mailbox()
    port = _free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    yield mailbox
    controller.stop()


def admin_login(client, user):
    """Log ``user`` in as having passed two-factor authentication (needed for the admin)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    device, _created = StaticDevice.objects.get_or_create(user=user, name="test")
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def grant(user, *perms: str):
    """Give ``user`` permissions like ``"companies.review_kyc"``; returns a fresh instance (the
    permission cache of the old one is stale)."""
    from django.contrib.auth.models import Permission

    for perm in perms:
        app_label, codename = perm.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def reviewer(db):
    """TradeSetu staff who review documents, block companies and read the audit log."""
    from tests.factories import StaffFactory

    return grant(
        StaffFactory(),
        "companies.review_kyc",
        "companies.add_block",
        "audit.view_auditevent",
        "wagtailadmin.access_admin",
    )


@pytest.fixture
def eager_celery():
    """Tasks queued in this test run in its own thread (tests about a real worker use the
    ``celery_worker`` fixture instead). App conftests make it autouse where they need it."""
    from tradesetu.celery import app as celery_app

    previous = (celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates)
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    yield celery_app
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = previous


@pytest.fixture
def plans(db):
    """The demo-like plans: Free (default), Growth and Premium."""
    from tests.billing.factories import make_plans

    return make_plans()


@pytest.fixture
def tree(db):
    """A small spice taxonomy with an attribute schema (Spices → Black pepper)."""
    from tests.catalog.factories import spice_tree

    return spice_tree()


# --------------------------------------------------------------------------- browser
# One Chromium for the whole session, shared by tests/e2e, tests/journeys and the few browser
# checks elsewhere (a second sync Playwright in one process fails: "Sync API inside the asyncio
# loop"), so it is defined here once and never imported.

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Playwright's sync API runs an event loop in this thread; the Django ORM calls our fixtures make
# here are ordinary synchronous calls, so allow them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make system-deps` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
