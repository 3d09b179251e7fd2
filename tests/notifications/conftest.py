"""Notification fixtures: a local HTTP server that records provider requests (WhatsApp Cloud API,
Twilio, an ESP's API), WhatsApp settings pointing at it, and stand-ins for leads."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest
from django_countries.fields import Country

from tests.factories import SellerFactory, UserFactory

PHONE_ID = "106540352242922"
TOKEN = "EAAG-test-whatsapp-token"
SELLER_PHONE = "+919812345678"

# The Cloud API template message for the demo lead ``make_lead`` builds (lead 17, turmeric).
LEAD_NEW_WHATSAPP = {
    "messaging_product": "whatsapp",
    "to": SELLER_PHONE.lstrip("+"),
    "type": "template",
    "template": {
        "name": "tradesetu_lead_new",
        "language": {"code": "en"},
        "components": [
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "text": "Organic turmeric powder"},
                    {"type": "text", "text": "5,000 kg"},
                    {"type": "text", "text": "Germany"},
                    {"type": "text", "text": "72"},
                    {
                        "type": "text",
                        "text": "https://tradesetu.example/dashboard/seller/leads/17/",
                    },
                ],
            }
        ],
    },
}
BUYER_EMAIL = "priya.buyer@importers.example"
BUYER_PHONE = "+4915112345678"


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body)


class HTTPRecorder:
    """Answers every POST with the next queued response (or the default one) and keeps the
    request exactly as received."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.default = (200, {"messaging_product": "whatsapp", "messages": [{"id": "wamid.TEST1"}]})
        self.queue: list[tuple[int, dict]] = []
        self.delay = 0.0
        self.url = ""
        self._lock = threading.Lock()

    def respond(self, status: int, payload: dict) -> None:
        self.default = (status, payload)

    def record(self, request: Recorded) -> tuple[int, dict]:
        with self._lock:
            self.requests.append(request)
            return self.queue.pop(0) if self.queue else self.default


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        recorder: HTTPRecorder = self.server.recorder  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status, payload = recorder.record(
            Recorded("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        )
        if recorder.delay:
            time.sleep(recorder.delay)
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # quiet
        pass


@pytest.fixture
def http_recorder():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    recorder = HTTPRecorder()
    server.recorder = recorder  # type: ignore[attr-defined]
    recorder.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield recorder
    server.shutdown()
    server.server_close()


@pytest.fixture
def whatsapp(settings, http_recorder, monkeypatch):
    """Meta's Cloud API at the local recorder. Also in the environment, for a worker process."""
    values = {
        "WHATSAPP_PROVIDER": "meta",
        "WHATSAPP_API_BASE": f"{http_recorder.url}/v21.0",
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_ID,
        "WHATSAPP_TOKEN": TOKEN,
    }
    for key, value in values.items():
        setattr(settings, key, value)
        monkeypatch.setenv(key, value)
    return http_recorder


@pytest.fixture(autouse=True)
def _english():
    """Requests to /es/… leave Spanish active in this thread; each test starts in English."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _notification_settings(settings):
    settings.SITE_URL = "https://tradesetu.example"
    settings.NOTIFICATIONS_RETRY_BACKOFF = 0
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 3
    settings.NOTIFICATIONS_DIGEST_HOUR = 0
    settings.NOTIFICATIONS_EMAIL_ESP = ""
    settings.WHATSAPP_TOKEN = ""
    settings.WHATSAPP_PHONE_NUMBER_ID = ""


@pytest.fixture
def no_queue(monkeypatch):
    """Commits do not reach the broker (tests that deliver by hand); returns what was queued."""
    from marketplace.notifications import services

    queued: list[tuple[int, object]] = []
    monkeypatch.setattr(services, "enqueue", lambda pk, eta=None: queued.append((pk, eta)))
    return queued


def make_lead(
    *,
    pk: int = 17,
    title: str = "Organic turmeric powder",
    quantity: Decimal = Decimal("5000.00"),
    unit: str = "kg",
    country: str = "DE",
    trust_score: int = 72,
):
    """A stand-in for leads.Lead with what the templates read."""
    rfq = SimpleNamespace(
        pk=pk + 1000,
        title=title,
        quantity=quantity,
        unit=unit,
        destination_country=Country(country),
        trust_score=trust_score,
        # the buyer's contact details: they must never reach a seller's notification
        buyer=SimpleNamespace(email=BUYER_EMAIL, phone=BUYER_PHONE, first_name="Priya"),
        notes=f"Call me on {BUYER_PHONE} or write to {BUYER_EMAIL}",
    )
    company = SimpleNamespace(name="Malabar Spice Exports", slug="malabar-spice-exports")
    return SimpleNamespace(pk=pk, rfq=rfq, company=company)


@pytest.fixture
def lead():
    return make_lead()


@pytest.fixture
def seller_user(db):
    return SellerFactory(
        email="arjun@malabar-spice.example", first_name="Arjun", phone=SELLER_PHONE
    )


@pytest.fixture
def buyer_user(db):
    return UserFactory(email=BUYER_EMAIL, first_name="Priya", phone=BUYER_PHONE)


def opt_in_whatsapp(user, number: str = SELLER_PHONE):
    from django.utils import timezone

    from marketplace.notifications.services import preference_for

    pref = preference_for(user)
    pref.whatsapp_opt_in = True
    pref.whatsapp_opt_in_at = timezone.now()
    pref.whatsapp_number = number
    pref.save()
    return pref


def set_preference(user, **fields):
    from marketplace.notifications.services import preference_for

    pref = preference_for(user)
    for key, value in fields.items():
        setattr(pref, key, value)
    pref.save()
    return pref
