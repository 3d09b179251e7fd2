"""notify(): preferences decide what is queued, digested, deferred or skipped; keys de-duplicate;
templates render in the recipient's language with nobody's contact details but the recipient's."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, time
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.db import transaction

from marketplace.notifications import events
from marketplace.notifications.models import Message, NotificationPreference
from marketplace.notifications.services import notify
from tests.factories import SellerFactory
from tradesetu.pii import EMAIL_RE, PHONE_RE

from .conftest import (
    BUYER_EMAIL,
    BUYER_PHONE,
    LEAD_NEW_WHATSAPP,
    SELLER_PHONE,
    make_lead,
    opt_in_whatsapp,
    set_preference,
)

pytestmark = pytest.mark.django_db

S = Message.Status


def lead_new(user, lead, **kwargs):
    return notify(
        user=user,
        event="lead.new",
        context={"lead": lead, "url": f"/dashboard/seller/leads/{lead.pk}/"},
        dedupe_key=f"lead.new:{lead.pk}:{user.pk}",
        **kwargs,
    )


def by_channel(messages):
    return {m.channel: m for m in messages}


def test_instant_lead_alert_is_queued_after_commit(
    seller_user, lead, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        messages = lead_new(seller_user, lead)
    email = by_channel(messages)["email"]
    assert email.status == S.QUEUED
    assert email.subject == "New lead in your category — contact locked: Organic turmeric powder"
    assert "5,000 kg" in email.body
    assert "Germany" in email.body
    assert "72/100" in email.body
    assert "https://tradesetu.example/dashboard/seller/leads/17/" in email.body
    assert email.data["title"] == "Organic turmeric powder"
    # WhatsApp without opt-in: recorded as skipped, with the reason
    whatsapp = by_channel(messages)["whatsapp"]
    assert (whatsapp.status, whatsapp.error) == (S.SKIPPED, "no WhatsApp opt-in")
    assert len(callbacks) == 1  # only the queued message goes to the broker, after commit


def test_daily_lead_alerts_are_digested(seller_user, lead):
    set_preference(seller_user, lead_alerts=NotificationPreference.LeadAlerts.DAILY)
    email = by_channel(lead_new(seller_user, lead))["email"]
    assert email.status == S.DIGESTED
    assert email.digest is None


def test_lead_alerts_off_are_skipped(seller_user, lead, django_capture_on_commit_callbacks):
    set_preference(seller_user, lead_alerts=NotificationPreference.LeadAlerts.OFF)
    with django_capture_on_commit_callbacks() as callbacks:
        email = by_channel(lead_new(seller_user, lead))["email"]
    assert (email.status, email.error) == (S.SKIPPED, "lead alerts are off")
    assert callbacks == []


def test_lead_alert_preference_does_not_hold_back_other_events(buyer_user):
    set_preference(buyer_user, lead_alerts=NotificationPreference.LeadAlerts.OFF)
    rfq = make_lead().rfq
    [email] = notify(
        user=buyer_user,
        event="rfq.routed",
        context={"rfq": rfq, "count": 3, "url": "/dashboard/buyer/rfqs/x/"},
        dedupe_key="rfq.routed:1",
        channels=("email",),
    )
    assert email.status == S.QUEUED
    assert email.subject == "Your request was shared with 3 verified suppliers"


def test_same_dedupe_key_records_one_message(seller_user, lead, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        first = lead_new(seller_user, lead)
        second = lead_new(seller_user, lead)
    assert [m.pk for m in first] == [m.pk for m in second]
    assert Message.objects.filter(recipient=seller_user).count() == 2  # e-mail + WhatsApp
    assert len(callbacks) == 1


def test_dedupe_key_is_per_channel(seller_user, lead):
    opt_in_whatsapp(seller_user)
    [email] = lead_new(seller_user, lead, channels=("email",))
    messages = lead_new(seller_user, lead)
    assert by_channel(messages)["email"].pk == email.pk
    assert by_channel(messages)["whatsapp"].status == S.QUEUED


def test_quiet_hours_defer_to_their_end(seller_user, lead, django_capture_on_commit_callbacks):
    set_preference(
        seller_user,
        quiet_hours_start=time(22, 0),
        quiet_hours_end=time(7, 30),
        timezone="Asia/Kolkata",
    )
    now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # 23:30 in Kolkata
    with django_capture_on_commit_callbacks() as callbacks:
        email = by_channel(lead_new(seller_user, lead, now=now))["email"]
    assert email.status == S.DEFERRED
    assert email.send_after == datetime(2026, 3, 3, 2, 0, tzinfo=UTC)  # 07:30 in Kolkata
    assert len(callbacks) == 1  # queued with an eta


@pytest.mark.parametrize(
    ("start", "end", "utc", "until"),
    [
        # Berlin in January is UTC+1
        (time(22), time(7), (1, 15, 21), (1, 16, 6)),  # 22:00 local: until 07:00 tomorrow
        (time(22), time(7), (1, 16, 2), (1, 16, 6)),  # 03:00 local: until 07:00 today
        (time(22), time(7), (1, 15, 20), None),  # 21:00 local
        (time(9), time(17), (1, 15, 12), (1, 15, 16)),  # a daytime window
        (time(9), time(17), (1, 15, 16), None),  # 17:00 local: over
        (time(9), time(9), (1, 15, 8), None),  # start == end: no quiet hours
    ],
)
def test_quiet_hours_windows(seller_user, start, end, utc, until):
    pref = set_preference(
        seller_user, quiet_hours_start=start, quiet_hours_end=end, timezone="Europe/Berlin"
    )
    now = datetime(2026, utc[0], utc[1], utc[2], 0, tzinfo=UTC)
    expected = until and datetime(2026, until[0], until[1], until[2], 0, tzinfo=UTC)
    assert pref.quiet_until(now) == expected


def test_quiet_hours_do_not_delay_the_digest_queue(seller_user, lead):
    """A digested lead is not deferred: the digest itself obeys quiet hours when it goes."""
    set_preference(
        seller_user,
        lead_alerts=NotificationPreference.LeadAlerts.DAILY,
        quiet_hours_start=time(0, 0),
        quiet_hours_end=time(23, 59),
    )
    email = by_channel(lead_new(seller_user, lead))["email"]
    assert email.status == S.DIGESTED


def test_whatsapp_needs_opt_in_and_a_number(db, lead):
    user = SellerFactory(phone="")
    pref = set_preference(user, whatsapp_opt_in=True)
    whatsapp = by_channel(lead_new(user, lead))["whatsapp"]
    assert (whatsapp.status, whatsapp.error) == (S.SKIPPED, "no WhatsApp number")
    assert pref.whatsapp_to == ""


def test_whatsapp_payload_is_the_cloud_api_template_message(seller_user, lead):
    opt_in_whatsapp(seller_user)
    whatsapp = by_channel(lead_new(seller_user, lead))["whatsapp"]
    assert whatsapp.status == S.QUEUED
    assert json.loads(whatsapp.body) == LEAD_NEW_WHATSAPP


def test_whatsapp_number_defaults_to_the_account_phone(seller_user):
    pref = set_preference(seller_user)
    assert str(pref.whatsapp_number) == SELLER_PHONE
    assert pref.whatsapp_to == SELLER_PHONE


def test_unsubscribed_users_get_no_notification_email(seller_user, lead):
    from django.utils import timezone

    set_preference(seller_user, email_unsubscribed_at=timezone.now())
    email = by_channel(lead_new(seller_user, lead))["email"]
    assert (email.status, email.error) == (S.SKIPPED, "unsubscribed from notification e-mails")


def test_inactive_account_is_skipped(seller_user, lead):
    seller_user.is_active = False
    seller_user.save()
    email = by_channel(lead_new(seller_user, lead))["email"]
    assert (email.status, email.error) == (S.SKIPPED, "account is inactive")


def test_renders_in_the_recipients_language(db, lead):
    user = SellerFactory(language="es")
    email = by_channel(lead_new(user, lead))["email"]
    assert email.language == "es"
    assert "Alemania" in email.body  # the country name follows the language
    assert "https://tradesetu.example/es/notifications/unsubscribe/" in email.body
    whatsapp = json.loads(by_channel(lead_new(user, make_lead(pk=18)))["whatsapp"].body)
    assert whatsapp["template"]["language"] == {"code": "es"}


def test_unknown_event_or_channel_is_refused(seller_user, lead):
    with pytest.raises(ValueError, match="unknown notification event"):
        notify(user=seller_user, event="lead.nope", context={}, dedupe_key="x")
    with pytest.raises(ValueError, match="unknown notification channel"):
        notify(user=seller_user, event="lead.new", context={}, dedupe_key="y", channels=("sms",))


def test_notify_inside_a_rolled_back_transaction_leaves_nothing(seller_user, lead):
    with pytest.raises(RuntimeError), transaction.atomic():
        lead_new(seller_user, lead)
        raise RuntimeError("the lead was not created after all")
    assert not Message.objects.filter(recipient=seller_user).exists()


# --------------------------------------------------------------------------- every event renders

FAKE_RFQ = make_lead().rfq
FAKE_REVIEW = SimpleNamespace(
    title="Clean pepper, honest grading",
    rating=4,
    status="approved",
    moderation_reason="",
    company=SimpleNamespace(name="Malabar Spice Exports", slug="malabar-spice-exports"),
)
FAKE_REPLY = SimpleNamespace(
    review=FAKE_REVIEW, status="rejected", moderation_reason="Please leave out the phone number."
)
CONTEXTS = {
    "lead.new": {"lead": make_lead(), "url": "/l/17/", "credit_cost": 2},
    "lead.reminder": {
        "lead": make_lead(),
        "url": "/l/17/",
        "expires_at": datetime(2026, 3, 9, 12, 0, tzinfo=UTC),
    },
    "lead.unlocked": {
        "rfq": FAKE_RFQ,
        "company": SimpleNamespace(name="Malabar Spice Exports"),
        "url": "/suppliers/malabar-spice-exports/",
    },
    "rfq.awarded": {"rfq": FAKE_RFQ, "url": "/l/17/"},
    "rfq.not_awarded": {"rfq": FAKE_RFQ},
    "rfq.routed": {"rfq": FAKE_RFQ, "count": 1, "url": "/r/1/"},
    "claim.decided": {
        "lead": make_lead(),
        "approved": True,
        "reason": "The number was not reachable.",
        "url": "/l/17/",
        "credits_refunded": 1,
    },
    "review.decided": {"review": FAKE_REVIEW},
    "review.published": {"review": FAKE_REVIEW},
    "reply.decided": {"reply": FAKE_REPLY},
    "digest.daily": {
        "items": [
            {
                "title": "Black pepper",
                "quantity": "2",
                "unit": "t",
                "country": "Japan",
                "trust_score": 64,
                "url": "https://tradesetu.example/l/1/",
            }
        ],
        "count": 1,
        "url": "/dashboard/",
    },
}


def test_every_event_has_a_context_here():
    assert set(CONTEXTS) == set(events.EVENTS)


@pytest.mark.parametrize("event", sorted(CONTEXTS))
@pytest.mark.parametrize("language", ["en", "ar", "hi"])
def test_every_event_renders_without_foreign_contact_details(db, event, language):
    user = SellerFactory(email="meera@coir-works.example", phone="+919812300000", language=language)
    opt_in_whatsapp(user, "+919812300000")
    messages = notify(
        user=user, event=event, context=CONTEXTS[event], dedupe_key=f"{event}:{language}"
    )
    email, whatsapp = by_channel(messages)["email"], by_channel(messages)["whatsapp"]
    assert email.subject and "\n" not in email.subject
    assert "{{" not in email.body + email.body_html and "{%" not in email.body + email.body_html
    assert email.body_html.startswith("<!DOCTYPE html>")
    for text in (email.subject, email.body, email.body_html, whatsapp.body):
        assert BUYER_EMAIL not in text
        assert BUYER_PHONE.lstrip("+") not in text
        assert "Call me" not in text
        allowed = {"meera@coir-works.example", "unsubscribe@tradesetu.test"}
        assert set(EMAIL_RE.findall(text)) <= allowed
        assert {re.sub(r"\D", "", p) for p in PHONE_RE.findall(text)} <= {"919812300000"}
    payload = json.loads(whatsapp.body)
    assert payload["template"]["name"] == events.EVENTS[event].whatsapp_template
    assert all(
        p["text"] and "\n" not in p["text"]
        for p in payload["template"]["components"][0]["parameters"]
    )


def test_claim_decision_from_a_claim_object(seller_user):
    claim = SimpleNamespace(status="rejected", decision_reason="The buyer answered our call.")
    [email] = notify(
        user=seller_user,
        event="claim.decided",
        context={"claim": claim, "lead": make_lead()},
        dedupe_key="claim.decided:1",
        channels=("email",),
    )
    assert "could not approve it" in email.body
    assert "The buyer answered our call." in email.body


def test_quantity_and_country_fall_back(seller_user):
    rfq = SimpleNamespace(
        title="Coir mats",
        quantity=Decimal("12.50"),
        unit="pallets",
        destination_country="AE",
        get_destination_country_display=lambda: "United Arab Emirates",
        trust_score=None,
    )
    [email] = notify(
        user=seller_user,
        event="lead.new",
        context={"lead": SimpleNamespace(pk=None, rfq=rfq), "url": "/l/"},
        dedupe_key="lead.new:fallback",
        channels=("email",),
    )
    assert "12.50 pallets" in email.body
    assert "United Arab Emirates" in email.body
    assert "–/100" in email.body


def test_contact_details_typed_into_the_product_name_are_masked(seller_user):
    opt_in_whatsapp(seller_user)
    lead = make_lead(title=f"Turmeric, call {BUYER_PHONE} or {BUYER_EMAIL}", unit="kg www.x.com")
    messages = by_channel(lead_new(seller_user, lead))
    email, whatsapp = messages["email"], messages["whatsapp"]
    for text in (email.subject, email.body, email.body_html, whatsapp.body, json.dumps(email.data)):
        assert BUYER_EMAIL not in text
        assert BUYER_PHONE.lstrip("+") not in text
        assert "www.x.com" not in text
        assert "[hidden until unlocked]" in text
