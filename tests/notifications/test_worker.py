"""A real Celery worker (another process, the test Redis broker) delivers after commit."""

from __future__ import annotations

import time

import pytest
from django.db import transaction

from marketplace.notifications.models import Message
from marketplace.notifications.services import notify

from .conftest import PHONE_ID, SELLER_PHONE, TOKEN, make_lead, opt_in_whatsapp

pytestmark = pytest.mark.django_db(transaction=True)


def wait_until_sent(messages, timeout: float = 30.0) -> list[Message]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = list(Message.objects.filter(pk__in=[m.pk for m in messages]).order_by("channel"))
        if all(row.status not in Message.PENDING for row in rows):
            return rows
        time.sleep(0.2)
    raise AssertionError(f"not delivered within {timeout}s: {[r.status for r in rows]}")


def test_worker_delivers_email_and_whatsapp_after_commit(whatsapp, celery_worker, seller_user):
    opt_in_whatsapp(seller_user)
    lead = make_lead()
    with transaction.atomic():
        messages = notify(
            user=seller_user,
            event="lead.new",
            context={"lead": lead, "url": f"/dashboard/seller/leads/{lead.pk}/"},
            dedupe_key=f"lead.new:{lead.pk}:{seller_user.pk}",
        )
        time.sleep(1)  # the worker must not see (or send) anything before the commit
        assert whatsapp.requests == []

    email, message = wait_until_sent(messages)
    assert (email.channel, email.status, email.attempts) == ("email", "sent", 1)
    assert (message.channel, message.status, message.provider) == ("whatsapp", "sent", "meta")
    assert message.provider_message_id == "wamid.TEST1"
    [request] = whatsapp.requests
    assert request.path == f"/v21.0/{PHONE_ID}/messages"
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.json()["to"] == SELLER_PHONE.lstrip("+")
    assert request.json()["template"]["name"] == "tradesetu_lead_new"
