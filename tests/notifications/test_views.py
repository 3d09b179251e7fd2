"""One-click unsubscribe (signed token, CSRF-exempt POST, idempotent) and the preferences page."""

from __future__ import annotations

from datetime import time

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from marketplace.audit.models import AuditEvent
from marketplace.notifications.models import NotificationPreference
from marketplace.notifications.services import preference_for, unsubscribe_token

from .conftest import SELLER_PHONE

pytestmark = pytest.mark.django_db


def unsubscribe_path(user) -> str:
    return reverse("notifications:unsubscribe", args=[unsubscribe_token(user)])


def test_one_click_post_unsubscribes_without_csrf_or_session(seller_user):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        unsubscribe_path(seller_user),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert preference_for(seller_user).email_unsubscribed_at is not None
    assert AuditEvent.objects.filter(action="notifications.email_unsubscribe").count() == 1


def test_replayed_post_is_harmless(seller_user):
    client = Client(enforce_csrf_checks=True)
    path = unsubscribe_path(seller_user)
    assert client.post(path).status_code == 200
    first = preference_for(seller_user).email_unsubscribed_at
    assert client.post(path).status_code == 200
    assert preference_for(seller_user).email_unsubscribed_at == first
    assert AuditEvent.objects.filter(action="notifications.email_unsubscribe").count() == 1


@pytest.mark.parametrize(
    "token",
    ["not-a-token", "MTc:1vABCD:forged-signature-0000000000000000000000000", "Ig:1x:bad"],
)
def test_bad_token_is_refused(client, seller_user, token):
    response = client.post(reverse("notifications:unsubscribe", args=[token]))
    assert response.status_code == 400
    assert client.get(reverse("notifications:unsubscribe", args=[token])).status_code == 400
    assert preference_for(seller_user).email_unsubscribed_at is None


def test_token_for_another_purpose_is_refused(client, seller_user):
    from django.core import signing

    token = signing.dumps(seller_user.pk, salt="accounts.verify")
    assert client.post(reverse("notifications:unsubscribe", args=[token])).status_code == 400


def test_get_shows_a_confirmation_button_and_changes_nothing(client, seller_user):
    response = client.get(unsubscribe_path(seller_user))
    assert response.status_code == 200
    assert b'<form method="post">' in response.content
    assert seller_user.email.encode() not in response.content  # a forwarded link shows no address
    assert preference_for(seller_user).email_unsubscribed_at is None


def test_unsubscribe_page_in_the_users_language(client, seller_user):
    with translation.override("es"):
        path = unsubscribe_path(seller_user)
    assert path.startswith("/es/notifications/unsubscribe/")
    assert client.post(path).status_code == 200


def test_preferences_page_needs_login(client):
    response = client.get(reverse("notifications:preferences"))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_preferences_page_saves_and_resubscribes(client, seller_user):
    from django.utils import timezone

    pref = preference_for(seller_user)
    pref.email_unsubscribed_at = timezone.now()
    pref.save()
    client.force_login(seller_user)
    page = client.get(reverse("notifications:preferences"))
    assert page.status_code == 200
    assert b"You unsubscribed from notification e-mails" in page.content
    response = client.post(
        reverse("notifications:preferences"),
        {
            "lead_alerts": "daily",
            "email_subscribed": "on",
            "whatsapp_opt_in": "on",
            "whatsapp_number": "+91 98123 45678",
            "quiet_hours_start": "22:00",
            "quiet_hours_end": "07:00",
            "timezone": "Asia/Kolkata",
        },
    )
    assert response.status_code == 302
    pref = NotificationPreference.objects.get(user=seller_user)
    assert pref.lead_alerts == "daily"
    assert pref.email_unsubscribed_at is None
    assert pref.whatsapp_opt_in and pref.whatsapp_opt_in_at is not None
    assert str(pref.whatsapp_number) == SELLER_PHONE
    assert (pref.quiet_hours_start, pref.quiet_hours_end) == (time(22), time(7))
    event = AuditEvent.objects.get(action="notifications.preferences_update")
    assert event.diff["lead_alerts"] == ["instant", "daily"]
    assert "98123" not in str(event.diff)  # the audit log keeps no phone number


def test_opt_out_clears_the_consent_time(client, seller_user):
    client.force_login(seller_user)
    data = {"lead_alerts": "instant", "email_subscribed": "on", "timezone": "Asia/Kolkata"}
    client.post(reverse("notifications:preferences"), {**data, "whatsapp_opt_in": "on"})
    assert preference_for(seller_user).whatsapp_opt_in_at is not None
    client.post(reverse("notifications:preferences"), data)
    pref = preference_for(seller_user)
    assert not pref.whatsapp_opt_in and pref.whatsapp_opt_in_at is None


def test_whatsapp_opt_in_needs_a_number(client, db):
    from tests.factories import SellerFactory

    user = SellerFactory(phone="")
    client.force_login(user)
    response = client.post(
        reverse("notifications:preferences"),
        {"lead_alerts": "instant", "whatsapp_opt_in": "on", "timezone": "Asia/Kolkata"},
    )
    assert response.status_code == 200
    assert b"Give the number WhatsApp messages should go to." in response.content
    assert not preference_for(user).whatsapp_opt_in


def test_quiet_hours_need_both_ends(client, seller_user):
    client.force_login(seller_user)
    response = client.post(
        reverse("notifications:preferences"),
        {"lead_alerts": "instant", "quiet_hours_start": "22:00", "timezone": "Asia/Kolkata"},
    )
    assert response.status_code == 200
    assert b"Give both the start and the end of your quiet hours." in response.content


def test_unchecking_email_unsubscribes(client, seller_user):
    client.force_login(seller_user)
    client.post(
        reverse("notifications:preferences"), {"lead_alerts": "off", "timezone": "Europe/Paris"}
    )
    pref = preference_for(seller_user)
    assert pref.email_unsubscribed_at is not None and pref.lead_alerts == "off"


def test_dashboards_link_to_the_preferences(client, seller_user, buyer_user):
    for user, name in (
        (seller_user, "accounts:seller_dashboard"),
        (buyer_user, "accounts:buyer_dashboard"),
    ):
        client.force_login(user)
        response = client.get(reverse(name))
        assert reverse("notifications:preferences").encode() in response.content


def _passed_two_factor(client, user):
    """Staff need two-factor authentication for the admin: log in as having passed it."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_static.models import StaticDevice

    device = StaticDevice.objects.create(user=user, name="test")
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def test_staff_see_messages_read_only_in_the_admin(client, seller_user, home_page):
    from marketplace.notifications.services import notify
    from tests.factories import StaffFactory

    from .conftest import make_lead

    [message] = notify(
        user=seller_user,
        event="lead.new",
        context={"lead": make_lead(), "url": "/l/"},
        dedupe_key="lead.new:admin",
        channels=("email",),
    )
    from django.contrib.auth.models import Permission

    staff = StaffFactory()
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    _passed_two_factor(client, staff)
    index = client.get("/admin/notification_messages/?status=queued")
    assert index.status_code == 200
    assert b"lead.new" in index.content
    inspect = client.get(f"/admin/notification_messages/inspect/{message.pk}/")
    assert inspect.status_code == 200
    assert client.get(f"/admin/notification_messages/edit/{message.pk}/").status_code in (302, 403)
    assert client.get("/admin/notification_messages/new/").status_code in (302, 403)
    client.force_login(seller_user)
    assert client.get("/admin/notification_messages/").status_code in (302, 403)
