"""Daily digests: the lead alerts held for a seller go out as one e-mail, once a day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from marketplace.notifications import tasks
from marketplace.notifications.models import Message, NotificationPreference
from marketplace.notifications.services import digests_send, message_deliver, notify
from tests.factories import SellerFactory

from .conftest import make_lead, opt_in_whatsapp, set_preference

pytestmark = pytest.mark.django_db

S = Message.Status
DAILY = NotificationPreference.LeadAlerts.DAILY


def alert(user, lead, event="lead.new", channels=("email",), now=None):
    return notify(
        user=user,
        event=event,
        context={"lead": lead, "url": f"/dashboard/seller/leads/{lead.pk}/"},
        dedupe_key=f"{event}:{lead.pk}:{user.pk}",
        channels=channels,
        now=now,
    )


def test_one_digest_with_every_held_lead(seller_user, mailoutbox):
    set_preference(seller_user, lead_alerts=DAILY)
    titles = ["Organic turmeric powder", "Black pepper", "Green cardamom"]
    for pk, title in enumerate(titles, start=1):
        alert(seller_user, make_lead(pk=pk, title=title))
    alert(seller_user, make_lead(pk=9, title="Cumin seeds"), event="lead.reminder")

    [digest] = digests_send()
    assert digest.event == "digest.daily"
    assert digest.status == S.QUEUED
    assert digest.subject == "Your daily digest: 4 leads in your categories"
    assert digest.items.count() == 4
    for title in [*titles, "Cumin seeds"]:
        assert title in digest.body and title in digest.body_html
    assert "(not opened yet)" in digest.body
    assert "https://tradesetu.example/dashboard/seller/leads/2/" in digest.body
    assert set(Message.objects.filter(event="lead.new").values_list("status", flat=True)) == {
        S.DIGESTED
    }

    message_deliver(message_id=digest.pk)
    assert len(mailoutbox) == 1
    assert mailoutbox[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_running_the_digest_twice_sends_once(seller_user, django_capture_on_commit_callbacks):
    set_preference(seller_user, lead_alerts=DAILY)
    alert(seller_user, make_lead(pk=1))
    alert(seller_user, make_lead(pk=2))
    with django_capture_on_commit_callbacks() as callbacks:
        assert tasks.send_daily_digests() == 1
        assert tasks.send_daily_digests() == 0
    assert Message.objects.filter(event="digest.daily").count() == 1
    assert len(callbacks) == 1


def test_a_lead_after_todays_digest_waits_for_tomorrow(seller_user):
    set_preference(seller_user, lead_alerts=DAILY, timezone="Asia/Kolkata")
    morning = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)  # 09:30 in Kolkata
    alert(seller_user, make_lead(pk=1), now=morning - timedelta(hours=8))
    assert len(digests_send(now=morning)) == 1
    alert(seller_user, make_lead(pk=2), now=morning + timedelta(hours=1))
    assert digests_send(now=morning + timedelta(hours=2)) == []
    [tomorrow] = digests_send(now=morning + timedelta(days=1))
    assert tomorrow.dedupe_key.endswith(":2026-03-03")
    assert [item.data["title"] for item in tomorrow.items.all()] == ["Organic turmeric powder"]


def test_digest_waits_for_the_local_digest_hour(settings, seller_user):
    settings.NOTIFICATIONS_DIGEST_HOUR = 9
    set_preference(seller_user, lead_alerts=DAILY, timezone="America/New_York")
    alert(seller_user, make_lead(pk=1))
    assert digests_send(now=datetime(2026, 3, 2, 12, 0, tzinfo=UTC)) == []  # 07:00 in New York
    assert len(digests_send(now=datetime(2026, 3, 2, 14, 0, tzinfo=UTC))) == 1  # 09:00


def test_digests_are_per_user_and_channel(db):
    first, second = SellerFactory(), SellerFactory(phone="+919812345670")
    for user in (first, second):
        set_preference(user, lead_alerts=DAILY)
    opt_in_whatsapp(second, "+919812345670")
    alert(first, make_lead(pk=1))
    alert(second, make_lead(pk=1), channels=("email", "whatsapp"))
    alert(second, make_lead(pk=2), channels=("email", "whatsapp"))
    digests = digests_send()
    assert sorted((d.recipient_id, d.channel, d.items.count()) for d in digests) == sorted(
        [(first.pk, "email", 1), (second.pk, "email", 2), (second.pk, "whatsapp", 2)]
    )
    whatsapp = next(d for d in digests if d.channel == "whatsapp")
    assert '"name": "tradesetu_digest_daily"' in whatsapp.body
    assert '{"type": "text", "text": "2"}' in whatsapp.body


def test_instant_users_have_no_digest(seller_user):
    alert(seller_user, make_lead(pk=1))
    assert digests_send() == []
