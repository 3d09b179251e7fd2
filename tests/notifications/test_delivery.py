"""Delivery: a real SMTP server, the exact WhatsApp Cloud API request at a local HTTP server,
retries, at-most-once under concurrent deliveries, the sweep, and providers not configured."""

from __future__ import annotations

import base64
import json
import threading
from datetime import timedelta
from urllib.parse import parse_qs

import pytest
from django.db import connection, transaction
from django.utils import timezone

from marketplace.notifications import services, tasks
from marketplace.notifications.models import Message
from marketplace.notifications.services import message_deliver, notify

from .conftest import (
    LEAD_NEW_WHATSAPP,
    PHONE_ID,
    SELLER_PHONE,
    TOKEN,
    make_lead,
    opt_in_whatsapp,
    set_preference,
)

S = Message.Status


def lead_new(user, lead=None, channels=("email", "whatsapp")):
    lead = lead or make_lead()
    return {
        m.channel: m
        for m in notify(
            user=user,
            event="lead.new",
            context={"lead": lead, "url": f"/dashboard/seller/leads/{lead.pk}/"},
            dedupe_key=f"lead.new:{lead.pk}:{user.pk}",
            channels=channels,
        )
    }


@pytest.mark.django_db
def test_email_reaches_a_real_smtp_server_with_one_click_unsubscribe(smtp_server, seller_user):
    email = lead_new(seller_user, channels=("email",))["email"]
    delivered = message_deliver(message_id=email.pk)
    assert delivered.status == S.SENT
    assert delivered.provider == "smtp"
    assert delivered.attempts == 1 and delivered.sent_at is not None

    received = smtp_server.wait_for(seller_user.email)
    assert (
        received["Subject"].strip()
        == "New lead in your category — contact locked: Organic turmeric powder"
    )
    assert received["Message-ID"] == delivered.provider_message_id
    token = services.unsubscribe_token(seller_user)
    unsubscribe = received["List-Unsubscribe"].strip()  # no mailbox configured: the link only
    assert unsubscribe.startswith("<https://tradesetu.example/notifications/unsubscribe/")
    assert services.unsubscribe_user(unsubscribe[1:-1].rsplit("/", 2)[-2]) == seller_user
    assert received["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert token  # signed for this user
    text = smtp_server.text(received)
    assert "Germany" in text and "72/100" in text
    html = received.get_body(preferencelist=("html",)).get_content()
    assert 'href="https://tradesetu.example/dashboard/seller/leads/17/"' in html


@pytest.mark.django_db
def test_account_emails_still_work_beside_notifications(
    smtp_server, seller_user, django_capture_on_commit_callbacks
):
    from tradesetu.mail import send_templated

    services.email_unsubscribe(user=seller_user)
    with django_capture_on_commit_callbacks(execute=True):
        send_templated(
            to=seller_user.email,
            template="email_changed",
            context={"user": seller_user},
        )
    received = smtp_server.wait_for(seller_user.email)
    assert received["Subject"] == "Your TradeSetu e-mail address was changed"
    assert "List-Unsubscribe" not in received


@pytest.mark.django_db
def test_whatsapp_request_is_exactly_the_graph_api_call(whatsapp, seller_user):
    opt_in_whatsapp(seller_user)
    message = lead_new(seller_user, channels=("whatsapp",))["whatsapp"]
    delivered = message_deliver(message_id=message.pk)
    assert (delivered.status, delivered.provider, delivered.provider_message_id) == (
        S.SENT,
        "meta",
        "wamid.TEST1",
    )
    [request] = whatsapp.requests
    assert request.method == "POST"
    assert request.path == f"/v21.0/{PHONE_ID}/messages"
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["content-type"] == "application/json"
    assert request.json() == LEAD_NEW_WHATSAPP


@pytest.mark.django_db
def test_a_processed_unsubscribe_mailbox_is_offered_too(settings, seller_user):
    settings.NOTIFICATIONS_UNSUBSCRIBE_MAILTO = "unsubscribe@tradesetu.example"
    link, mailto = services.list_unsubscribe_headers(seller_user)["List-Unsubscribe"].split(", ")
    assert link.startswith("<https://tradesetu.example/notifications/unsubscribe/")
    assert mailto == "<mailto:unsubscribe@tradesetu.example?subject=unsubscribe>"


@pytest.mark.django_db
def test_whatsapp_without_credentials_is_skipped_never_sent(seller_user):
    opt_in_whatsapp(seller_user)
    message = lead_new(seller_user, channels=("whatsapp",))["whatsapp"]
    assert message.status == S.QUEUED
    delivered = message_deliver(message_id=message.pk)
    assert delivered.status == S.SKIPPED
    assert "not configured" in delivered.error
    assert delivered.sent_at is None and delivered.attempts == 1


@pytest.mark.django_db
def test_opt_out_before_delivery_skips_the_message(whatsapp, seller_user):
    pref = opt_in_whatsapp(seller_user)
    message = lead_new(seller_user, channels=("whatsapp",))["whatsapp"]
    pref.whatsapp_opt_in = False
    pref.save()
    assert message_deliver(message_id=message.pk).status == S.SKIPPED
    assert whatsapp.requests == []


@pytest.mark.django_db
def test_provider_error_fails_the_message_after_retries_without_pii(whatsapp, seller_user):
    whatsapp.respond(
        500,
        {
            "error": {
                "message": f"Service unavailable for {SELLER_PHONE} (arjun@malabar-spice.example)",
                "type": "OAuthException",
                "code": 131000,
            }
        },
    )
    opt_in_whatsapp(seller_user)
    message = lead_new(seller_user, channels=("whatsapp",))["whatsapp"]
    result = tasks.deliver.apply(args=[message.pk])  # eager: the retries run here, in turn
    assert result.get() == S.FAILED
    message.refresh_from_db()
    assert message.status == S.FAILED
    assert message.attempts == 3 == len(whatsapp.requests)
    assert "HTTP 500" in message.error and "131000" in message.error
    assert "9812345678" not in message.error
    assert "arjun@" not in message.error
    assert message.provider == "meta"


@pytest.mark.django_db
def test_transient_error_then_success(whatsapp, seller_user):
    whatsapp.queue = [(503, {"error": {"code": 1, "message": "try later"}})]
    opt_in_whatsapp(seller_user)
    message = lead_new(seller_user, channels=("whatsapp",))["whatsapp"]
    assert tasks.deliver.apply(args=[message.pk]).get() == S.SENT
    message.refresh_from_db()
    assert (message.attempts, message.error, len(whatsapp.requests)) == (2, "", 2)


@pytest.mark.django_db
def test_permanent_error_fails_at_once(whatsapp, seller_user):
    whatsapp.respond(400, {"error": {"code": 132001, "message": "Template name does not exist"}})
    opt_in_whatsapp(seller_user)
    message = lead_new(seller_user, channels=("whatsapp",))["whatsapp"]
    assert tasks.deliver.apply(args=[message.pk]).get() == S.FAILED
    message.refresh_from_db()
    assert message.attempts == 1 == len(whatsapp.requests)
    assert "132001" in message.error


@pytest.mark.django_db
def test_smtp_server_down_retries_then_fails(settings, seller_user):
    from tests.conftest import _free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", _free_port()  # nobody listens
    settings.EMAIL_TIMEOUT = 2
    email = lead_new(seller_user, channels=("email",))["email"]
    assert tasks.deliver.apply(args=[email.pk]).get() == S.FAILED
    email.refresh_from_db()
    assert email.attempts == 3
    assert "ConnectionRefusedError" in email.error
    assert seller_user.email not in email.error


@pytest.mark.django_db(transaction=True)
def test_double_delivery_sends_once(whatsapp, smtp_server, seller_user, no_queue):
    """Two workers deliver the same messages at the same moment: one sends, the other finds
    them sent. The WhatsApp endpoint answers slowly to keep the window open."""
    opt_in_whatsapp(seller_user)
    with transaction.atomic():
        messages = lead_new(seller_user)
    assert len(no_queue) == 2  # queued after commit
    whatsapp.delay = 0.5
    barrier = threading.Barrier(2)
    errors = []

    def worker():
        try:
            barrier.wait()
            for message in messages.values():
                message_deliver(message_id=message.pk)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert len(whatsapp.requests) == 1
    smtp_server.wait_for(seller_user.email)
    assert len(smtp_server.messages) == 1
    for message in messages.values():
        message.refresh_from_db()
        assert (message.status, message.attempts) == (S.SENT, 1)
    # a third, late delivery (e.g. the sweep) changes nothing
    message_deliver(message_id=messages["whatsapp"].pk)
    assert len(whatsapp.requests) == 1


@pytest.mark.django_db(transaction=True)
def test_message_lost_while_the_broker_is_down_is_requeued_by_the_sweep(
    monkeypatch, settings, seller_user
):
    from kombu.exceptions import OperationalError

    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(tasks.deliver, "apply_async", broker_down)
    with transaction.atomic():
        email = lead_new(seller_user, channels=("email",))["email"]
    email.refresh_from_db()
    assert email.status == S.QUEUED  # the commit went through; the task did not

    assert services.messages_due() == []  # too recent: its task may still be on its way
    later = timezone.now() + timedelta(seconds=settings.NOTIFICATIONS_REQUEUE_AFTER + 1)
    assert services.messages_due(now=later) == [email.pk]

    queued = []
    monkeypatch.setattr(tasks.deliver, "apply_async", lambda args, eta=None: queued.append(args))
    monkeypatch.setattr(services, "messages_due", lambda: [email.pk])
    assert tasks.deliver_due() == 1
    assert queued == [(email.pk,)]


@pytest.mark.django_db
def test_deferred_message_waits_for_the_end_of_quiet_hours(
    seller_user, django_capture_on_commit_callbacks
):
    from datetime import time

    set_preference(seller_user, quiet_hours_start=time(0, 0), quiet_hours_end=time(23, 59))
    email = lead_new(seller_user, channels=("email",))["email"]
    assert email.status == S.DEFERRED
    assert message_deliver(message_id=email.pk).status == S.DEFERRED  # an early eta: no send
    assert email.pk not in services.messages_due()
    assert email.pk in services.messages_due(now=email.send_after)
    assert message_deliver(message_id=email.pk, now=email.send_after).status == S.SENT


@pytest.mark.django_db
def test_unsubscribing_after_queueing_skips_the_email(seller_user):
    email = lead_new(seller_user, channels=("email",))["email"]
    services.email_unsubscribe(user=seller_user)
    delivered = message_deliver(message_id=email.pk)
    assert (delivered.status, delivered.error) == (
        S.SKIPPED,
        "unsubscribed from notification e-mails",
    )


@pytest.mark.django_db
def test_twilio_provider_request(settings, http_recorder, seller_user):
    settings.WHATSAPP_PROVIDER = "twilio"
    settings.TWILIO_API_BASE = f"{http_recorder.url}/2010-04-01"
    settings.TWILIO_ACCOUNT_SID = "AC0123456789abcdef"
    settings.TWILIO_AUTH_TOKEN = "twilio-secret"
    settings.TWILIO_WHATSAPP_FROM = "+14155238886"
    settings.TWILIO_WHATSAPP_CONTENT_SIDS = {"tradesetu_lead_new": "HX0123456789abcdef"}
    http_recorder.respond(201, {"sid": "SM0123456789abcdef", "status": "queued"})
    opt_in_whatsapp(seller_user)
    message = lead_new(seller_user, channels=("whatsapp",))["whatsapp"]
    delivered = message_deliver(message_id=message.pk)
    assert (delivered.status, delivered.provider, delivered.provider_message_id) == (
        S.SENT,
        "twilio",
        "SM0123456789abcdef",
    )
    [request] = http_recorder.requests
    assert request.path == "/2010-04-01/Accounts/AC0123456789abcdef/Messages.json"
    expected = base64.b64encode(b"AC0123456789abcdef:twilio-secret").decode()
    assert request.headers["authorization"] == f"Basic {expected}"
    form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
    assert form["From"] == "whatsapp:+14155238886"
    assert form["To"] == f"whatsapp:{SELLER_PHONE}"
    assert form["ContentSid"] == "HX0123456789abcdef"
    assert json.loads(form["ContentVariables"]) == {
        "1": "Organic turmeric powder",
        "2": "5,000 kg",
        "3": "Germany",
        "4": "72",
        "5": "https://tradesetu.example/dashboard/seller/leads/17/",
    }


@pytest.mark.django_db
def test_twilio_without_a_content_template_is_skipped(settings, seller_user):
    settings.WHATSAPP_PROVIDER = "twilio"
    settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN = "AC1", "secret"
    settings.TWILIO_WHATSAPP_FROM = "+14155238886"
    settings.TWILIO_WHATSAPP_CONTENT_SIDS = {}
    opt_in_whatsapp(seller_user)
    message = lead_new(seller_user, channels=("whatsapp",))["whatsapp"]
    delivered = message_deliver(message_id=message.pk)
    assert delivered.status == S.SKIPPED
    assert "no content SID for template tradesetu_lead_new" in delivered.error


@pytest.mark.django_db
def test_esp_through_anymail_posts_to_its_api(settings, http_recorder, seller_user):
    """Brevo chosen by settings, its API URL pointed at the local recorder: the request anymail
    builds carries the unsubscribe headers. (Brevo itself is never contacted in tests.)"""
    settings.NOTIFICATIONS_EMAIL_ESP = "brevo"
    settings.ANYMAIL = {
        "BREVO_API_KEY": "xkeysib-test",
        "BREVO_API_URL": f"{http_recorder.url}/v3/",
    }
    http_recorder.respond(201, {"messageId": "<202603021200.1@smtp-relay.mailin.fr>"})
    email = lead_new(seller_user, channels=("email",))["email"]
    delivered = message_deliver(message_id=email.pk)
    assert (delivered.status, delivered.provider) == (S.SENT, "anymail:brevo")
    assert delivered.provider_message_id == "<202603021200.1@smtp-relay.mailin.fr>"
    [request] = http_recorder.requests
    assert request.path == "/v3/smtp/email"
    assert request.headers["api-key"] == "xkeysib-test"
    body = request.json()
    assert body["to"] == [{"email": seller_user.email}]
    assert body["subject"].startswith("New lead in your category")
    assert body["headers"]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/notifications/unsubscribe/" in body["headers"]["List-Unsubscribe"]


@pytest.mark.django_db
def test_esp_without_its_key_is_skipped(settings, seller_user):
    settings.NOTIFICATIONS_EMAIL_ESP = "sendgrid"
    settings.ANYMAIL = {"SENDGRID_API_KEY": ""}
    email = lead_new(seller_user, channels=("email",))["email"]
    delivered = message_deliver(message_id=email.pk)
    assert delivered.status == S.SKIPPED
    assert "SENDGRID_API_KEY" in delivered.error
