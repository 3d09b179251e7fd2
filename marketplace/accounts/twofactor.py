"""Two-factor authentication with TOTP apps and one-time recovery codes (django-otp).

Optional and encouraged for sellers, required for staff before they may use the Wagtail admin
(``StaffTwoFactorMiddleware``).
"""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from marketplace.audit.services import audit_record
from tradesetu.errors import ValidationFailed

from .models import User

RECOVERY_CODES = 10


def twofactor_enabled(user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


@transaction.atomic
def totp_device_start(*, user: User) -> TOTPDevice:
    """A new, unconfirmed authenticator; it counts only once a code from it is confirmed."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


def _new_recovery_codes(user: User) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def totp_device_confirm(*, user: User, device: TOTPDevice, token: str, request=None) -> list[str]:
    """Confirm the authenticator with a current code; returns the recovery codes (shown once)."""
    if device.user_id != user.pk or device.confirmed:
        raise ValidationFailed.field("token", _("Start the set-up again."))
    if not device.verify_token((token or "").strip().replace(" ", "")):
        raise ValidationFailed.field(
            "token", _("That code is not correct. Check the time on your phone.")
        )
    TOTPDevice.objects.filter(user=user, confirmed=True).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = _new_recovery_codes(user)
    audit_record(action="2fa.enable", entity=user, actor=user, request=request)
    return codes


def twofactor_match(*, user: User, token: str):
    """The device a code belongs to, or None. Six digits are tried on the authenticator only,
    anything else on the recovery codes only, so a mistyped code of one kind does not throttle
    the other (django-otp slows down devices after failures)."""
    token = (token or "").strip().replace(" ", "").lower()
    if not token:
        return None
    model = TOTPDevice if token.isdigit() and len(token) == 6 else StaticDevice
    with transaction.atomic():
        for device in model.objects.select_for_update().filter(user=user, confirmed=True):
            if device.verify_token(token):
                return device
    return None


@transaction.atomic
def recovery_codes_regenerate(*, user: User, request=None) -> list[str]:
    codes = _new_recovery_codes(user)
    audit_record(action="2fa.recovery_codes", entity=user, actor=user, request=request)
    return codes


@transaction.atomic
def twofactor_disable(*, user: User, password: str, request=None) -> None:
    if user.is_staff:
        raise ValidationFailed(
            _("Staff accounts must keep two-factor authentication."), code="required"
        )
    if not user.check_password(password):
        raise ValidationFailed.field("password", _("Your password is incorrect."))
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    audit_record(action="2fa.disable", entity=user, actor=user, request=request)
