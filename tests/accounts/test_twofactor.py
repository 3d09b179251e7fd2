"""Two-factor authentication: set-up, login with a code, recovery codes, staff in the admin."""

from __future__ import annotations

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from marketplace.accounts import twofactor
from tests.factories import PASSWORD, StaffFactory, UserFactory
from tradesetu.errors import ValidationFailed

pytestmark = pytest.mark.django_db


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def enable(user) -> tuple[TOTPDevice, list[str]]:
    device = twofactor.totp_device_start(user=user)
    codes = twofactor.totp_device_confirm(user=user, device=device, token=current_code(device))
    # confirming used this time step's code; let the test use it once more (replay protection
    # itself is django-otp's, tested there)
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
    return TOTPDevice.objects.get(pk=device.pk), codes


def test_a_wrong_code_does_not_turn_it_on():
    user = UserFactory()
    device = twofactor.totp_device_start(user=user)
    with pytest.raises(ValidationFailed):
        twofactor.totp_device_confirm(user=user, device=device, token="000000")
    assert not twofactor.twofactor_enabled(user)


def test_login_asks_for_the_code_and_accepts_a_recovery_code_once(client):
    user = UserFactory(is_seller=True)
    _device, codes = enable(user)

    response = client.post("/accounts/login/", {"email": user.email, "password": PASSWORD})
    assert response["Location"] == "/accounts/2fa/verify/"
    assert client.get("/dashboard/").status_code == 302  # not logged in yet

    wrong = client.post("/accounts/2fa/verify/", {"token": "123456"})
    assert wrong.status_code == 400
    response = client.post("/accounts/2fa/verify/", {"token": codes[0]})
    assert response.status_code == 302
    assert client.get("/accounts/settings/").status_code == 200

    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"email": user.email, "password": PASSWORD})
    assert client.post("/accounts/2fa/verify/", {"token": codes[0]}).status_code == 400


def test_api_login_needs_the_code(api_client):
    user = UserFactory()
    device, _codes = enable(user)
    body = {"email": user.email, "password": PASSWORD}
    response = api_client.post("/api/v1/auth/login", body, format="json")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "otp_required"
    response = api_client.post("/api/v1/auth/login", {**body, "otp": "999999"}, format="json")
    assert response.json()["error"]["code"] == "otp_invalid"
    response = api_client.post(
        "/api/v1/auth/login", {**body, "otp": current_code(device)}, format="json"
    )
    assert response.status_code == 200


def test_staff_must_set_up_two_factor_before_using_the_admin(client):
    staff = StaffFactory(is_superuser=True)
    client.post("/admin/login/", {"username": staff.email, "password": PASSWORD})
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/setup/")

    client.get("/accounts/2fa/setup/")
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    response = client.post("/accounts/2fa/setup/?next=/admin/", {"token": current_code(device)})
    assert response.status_code == 200
    assert len(response.context["codes"]) == 10
    assert client.get("/admin/").status_code == 200


def test_staff_with_two_factor_is_asked_for_the_code_in_a_new_session(client):
    staff = StaffFactory(is_superuser=True)
    device, _codes = enable(staff)
    client.post("/admin/login/", {"username": staff.email, "password": PASSWORD})
    response = client.get("/admin/pages/")
    assert response["Location"].startswith("/accounts/2fa/verify/")
    response = client.post(response["Location"], {"token": current_code(device)})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_sellers_can_turn_it_off_with_their_password_but_staff_cannot():
    seller = UserFactory(is_seller=True)
    enable(seller)
    with pytest.raises(ValidationFailed):
        twofactor.twofactor_disable(user=seller, password="wrong")
    twofactor.twofactor_disable(user=seller, password=PASSWORD)
    assert not twofactor.twofactor_enabled(seller)

    staff = StaffFactory()
    enable(staff)
    with pytest.raises(ValidationFailed):
        twofactor.twofactor_disable(user=staff, password=PASSWORD)
