"""Account use cases: registration, e-mail verification, authentication, sessions and tokens."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.backends.base import SessionBase
from django.core import signing
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.tokens import RefreshToken

from marketplace.companies.models import Company
from marketplace.companies.services import company_create
from tradesetu import ratelimit
from tradesetu.errors import AuthenticationFailed, NotFound, ValidationFailed
from tradesetu.http import client_ip, user_agent
from tradesetu.mail import send_templated

from . import selectors
from .models import User, UserSession, normalize_email

logger = logging.getLogger(__name__)

ROLES = ("buyer", "seller")


# --------------------------------------------------------------------------- registration


def _validate_new_email(email: str, *, field: str = "email") -> str:
    email = normalize_email(email)
    try:
        validate_email(email)
    except DjangoValidationError:
        raise ValidationFailed.field(field, _("Enter a valid e-mail address.")) from None
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationFailed.field(
            field, _("An account with this e-mail address already exists.")
        )
    return email


@transaction.atomic
def user_register(
    *,
    email: str,
    password: str,
    role: str,
    first_name: str = "",
    last_name: str = "",
    phone: str = "",
    company_name: str = "",
    country: str = "",
    language: str = "",
    accept_terms: bool = False,
) -> User:
    """Create a buyer or seller account (and a seller's company) and send the verification link.

    Accepting the terms of use is required: the time and the terms' version are recorded on
    the account. The account can log in once its e-mail address is verified.
    """
    errors: dict[str, list[str]] = {}
    if not accept_terms:
        errors["accept_terms"] = [_("Accept the terms of use to create an account.")]
    if role not in ROLES:
        errors["role"] = [_("Choose whether you are a buyer or a seller.")]
    try:
        email = _validate_new_email(email)
    except ValidationFailed as exc:
        errors.update(exc.fields)
    if role == "seller" and not company_name.strip():
        errors["company_name"] = [_("Sellers register with their company name.")]
    if role == "seller" and country and country != "IN":
        errors["country"] = [_("Sellers on TradeSetu are companies registered in India.")]
    user = User(
        email=email,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        phone=phone or "",
        is_buyer=role == "buyer",
        is_seller=role == "seller",
        language=language or settings.LANGUAGE_CODE,
        terms_accepted_at=timezone.now(),
        terms_version=selectors.terms_of_use().version,
    )
    try:
        validate_password(password, user)
    except DjangoValidationError as exc:
        errors["password"] = list(exc.messages)
    if phone:
        try:
            user.clean_fields(exclude=[f.name for f in User._meta.fields if f.name != "phone"])
        except DjangoValidationError as exc:
            errors.update({k: [str(m) for m in v] for k, v in exc.message_dict.items()})
    if errors:
        raise ValidationFailed(_("Please correct the errors below."), fields=errors)

    user.set_password(password)
    user.save()
    if company_name.strip():
        company_create(
            owner=user,
            name=company_name,
            kind=Company.Kind.SELLER if role == "seller" else Company.Kind.BUYER,
            country="IN" if role == "seller" else (country or ""),
        )
    email_verification_send(user=user)
    logger.info("account registered", extra={"user_id": user.pk, "role": role})
    return user


# --------------------------------------------------------------------------- e-mail verification

_VERIFY_SALT = "accounts.email-verification"


def _verification_state(user: User, email: str) -> str:
    """An HMAC of the address the link confirms and of everything that must end the link
    (verification, a newer e-mail change). The link carries this, never the address."""
    raw = f"{user.pk}|{email}|{user.email}|{user.pending_email}|{user.email_verified_at}"
    return salted_hmac(_VERIFY_SALT, raw, algorithm="sha256").hexdigest()[:32]


def email_verification_token(*, user: User, email: str) -> str:
    """An opaque, signed, timestamped token: the user id and an HMAC (Django's password-reset
    token pattern), so the e-mail address is not readable from the link."""
    return signing.dumps([user.pk, _verification_state(user, email)], salt=_VERIFY_SALT)


def email_verification_send(*, user: User, email: str = "") -> None:
    """E-mail a verification link for ``email`` (the pending new address, or the account's)."""
    email = email or user.pending_email or user.email
    token = email_verification_token(user=user, email=email)
    send_templated(
        to=email,
        template="verify_email",
        language=user.language,
        context={
            "user": user,
            "link": settings.SITE_URL + reverse("accounts:verify", kwargs={"token": token}),
            "hours": settings.EMAIL_VERIFICATION_MAX_AGE // 3600,
            "is_change": email != user.email,
        },
    )


@transaction.atomic
def email_verify(*, token: str) -> User:
    """Confirm the address in a verification link; a link works once and until it expires."""
    try:
        data = signing.loads(token, salt=_VERIFY_SALT, max_age=settings.EMAIL_VERIFICATION_MAX_AGE)
    except signing.SignatureExpired:
        raise ValidationFailed(
            _("This verification link has expired. Request a new one."), code="token_expired"
        ) from None
    except signing.BadSignature:
        raise ValidationFailed(
            _("This verification link is not valid."), code="token_invalid"
        ) from None
    used = ValidationFailed(
        _("This verification link has already been used or was replaced by a newer one."),
        code="token_used",
    )
    if not (isinstance(data, list) and len(data) == 2):  # a link of the old format
        raise used
    user = User.objects.select_for_update().filter(pk=data[0]).first()
    if user is None:
        raise used
    email = next(
        (
            address
            for address in (user.pending_email, user.email)
            if address and constant_time_compare(data[1], _verification_state(user, address))
        ),
        None,
    )
    if email is None:
        raise used
    if email == user.pending_email:
        if User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists():
            raise ValidationFailed(
                _("Another account now uses this e-mail address."), code="email_taken"
            )
        old_email = user.email
        user.email = email
        user.pending_email = ""
        user.email_verified_at = timezone.now()
        user.save(update_fields=["email", "pending_email", "email_verified_at"])
        send_templated(
            to=old_email,
            template="email_changed",
            language=user.language,
            context={"user": user},
        )
    elif email == user.email and user.email_verified_at is None:
        user.email_verified_at = timezone.now()
        user.save(update_fields=["email_verified_at"])
        from .signals import email_verified

        transaction.on_commit(lambda: email_verified.send(sender=User, user=user))
    else:
        raise used
    return user


def email_verification_resend(*, email: str, request: HttpRequest | None = None) -> None:
    """Send a fresh link if an unverified account has this address; silent otherwise."""
    email = normalize_email(email)
    ratelimit.check("verification_resend", email, client_ip(request))
    user = User.objects.filter(email__iexact=email, email_verified_at__isnull=True).first()
    if user is not None and user.is_active:
        email_verification_send(user=user)


@transaction.atomic
def email_change_request(*, user: User, new_email: str, password: str) -> None:
    """Start an e-mail change: the new address must be confirmed before it replaces the old one."""
    if not user.check_password(password):
        raise ValidationFailed.field("password", _("Your password is incorrect."))
    new_email = normalize_email(new_email)
    if new_email == user.email:
        raise ValidationFailed.field("new_email", _("This is already your e-mail address."))
    new_email = _validate_new_email(new_email, field="new_email")
    ratelimit.check("email_change", str(user.pk))
    user.pending_email = new_email
    user.save(update_fields=["pending_email"])
    email_verification_send(user=user, email=new_email)


# --------------------------------------------------------------------------- authentication


def _login_failures_locked(email: str, ip: str) -> bool:
    account_limit, account_window = settings.LOGIN_FAILURES_PER_ACCOUNT
    ip_limit, ip_window = settings.LOGIN_FAILURES_PER_IP
    return (
        bool(email)
        and ratelimit.count("login_fail_account", email, window=account_window) >= account_limit
    ) or (bool(ip) and ratelimit.count("login_fail_ip", ip, window=ip_window) >= ip_limit)


def login_is_locked(*, email: str, request: HttpRequest | None) -> bool:
    return _login_failures_locked(normalize_email(email), client_ip(request))


def login_failure_record(*, email: str, request: HttpRequest | None) -> None:
    """Count a failed login against the account and the IP (called for every login path)."""
    _limit, account_window = settings.LOGIN_FAILURES_PER_ACCOUNT
    _limit, ip_window = settings.LOGIN_FAILURES_PER_IP
    email = normalize_email(email)
    if email:
        ratelimit.hit("login_fail_account", email, window=account_window)
    ip = client_ip(request)
    if ip:
        ratelimit.hit("login_fail_ip", ip, window=ip_window)
    logger.info("login failed")


def login_failures_clear(*, email: str) -> None:
    _limit, account_window = settings.LOGIN_FAILURES_PER_ACCOUNT
    ratelimit.reset("login_fail_account", normalize_email(email), window=account_window)


def user_authenticate(*, request: HttpRequest | None, email: str, password: str) -> User:
    """Check credentials for the web login and the API alike.

    Refuses with a clear reason: locked out after repeated failures, wrong credentials (without
    saying which part was wrong), blocked account, or e-mail not verified yet.
    """
    email = normalize_email(email)
    if login_is_locked(email=email, request=request):
        raise AuthenticationFailed(
            _("Too many failed attempts. Try again in 15 minutes, or reset your password."),
            code="login_locked",
            status=429,
        )
    user = authenticate(request, email=email, password=password)
    if user is None:
        blocked = User.objects.filter(email__iexact=email, is_active=False).first()
        if blocked is not None and blocked.check_password(password):
            raise AuthenticationFailed(
                _("This account is blocked. Please contact support."),
                code="account_blocked",
                status=403,
            )
        raise AuthenticationFailed(
            _("The e-mail address or password is incorrect."), code="invalid_credentials"
        )
    if not user.email_verified:
        raise AuthenticationFailed(
            _("Please verify your e-mail address first: use the link we sent you."),
            code="email_not_verified",
            status=403,
        )
    login_failures_clear(email=email)
    return user


# --------------------------------------------------------------------------- sessions and tokens


def session_record_web(*, user: User, request: HttpRequest) -> UserSession:
    """Remember a browser sign-in so that the user can see and revoke it."""
    session = UserSession.objects.create(
        user=user,
        kind=UserSession.Kind.WEB,
        session_key=request.session.session_key or "",
        user_agent=user_agent(request),
        ip_address=client_ip(request) or None,
    )
    request.session["device_id"] = str(session.id)
    return session


def _issue_tokens(session: UserSession) -> dict[str, str]:
    refresh = RefreshToken.for_user(session.user)
    refresh["sid"] = str(session.id)
    session.refresh_jti = str(refresh["jti"])
    session.last_seen_at = timezone.now()
    session.save(update_fields=["refresh_jti", "last_seen_at"])
    return {"access": str(refresh.access_token), "refresh": str(refresh)}


@transaction.atomic
def api_login(
    *, request: HttpRequest | None, email: str, password: str, otp: str = ""
) -> dict[str, str]:
    """Authenticate and open an API session: a short access token and a rotating refresh token.

    Accounts with two-factor authentication also send ``otp`` (authenticator or recovery code).
    """
    from .twofactor import twofactor_enabled, twofactor_match

    user = user_authenticate(request=request, email=email, password=password)
    if twofactor_enabled(user):
        if not otp:
            raise AuthenticationFailed(
                _("Enter the code from your authenticator app."), code="otp_required"
            )
        ratelimit.check("otp_verify", str(user.pk), limit=10, window=900)
        if twofactor_match(user=user, token=otp) is None:
            raise AuthenticationFailed(_("That code is not correct."), code="otp_invalid")
    session = UserSession.objects.create(
        user=user,
        kind=UserSession.Kind.API,
        user_agent=user_agent(request),
        ip_address=client_ip(request) or None,
    )
    User.objects.filter(pk=user.pk).update(last_login=timezone.now())
    return _issue_tokens(session)


def api_refresh(*, refresh: str) -> dict[str, str]:
    """Rotate a refresh token. Reusing an old one revokes the whole session (token theft)."""
    try:
        token = RefreshToken(refresh)
    except TokenError:
        raise AuthenticationFailed(
            _("The refresh token is invalid or expired."), code="token_invalid"
        ) from None
    reused = False
    with transaction.atomic():
        session = (
            UserSession.objects.select_for_update()
            .select_related("user")
            .filter(pk=token.get("sid"), kind=UserSession.Kind.API)
            .first()
        )
        if session is None or session.revoked_at is not None or not session.user.is_active:
            raise AuthenticationFailed(
                _("This session has ended. Please log in again."), code="session_revoked"
            )
        if token.get("jti") != session.refresh_jti:
            session.revoked_at = timezone.now()
            session.save(update_fields=["revoked_at"])
            reused = True
        else:
            tokens = _issue_tokens(session)
    if reused:
        logger.warning("refresh token reuse; session revoked", extra={"session": str(session.pk)})
        raise AuthenticationFailed(
            _("This refresh token was already used. The session has been ended for safety."),
            code="token_reused",
        )
    return tokens


def api_logout(*, refresh: str, user: User | None = None) -> None:
    """End the API session a refresh token belongs to (it and its access tokens stop working)."""
    try:
        token = RefreshToken(refresh)
    except TokenError:
        raise AuthenticationFailed(
            _("The refresh token is invalid or expired."), code="token_invalid"
        ) from None
    sessions = UserSession.objects.filter(pk=token.get("sid"), revoked_at__isnull=True)
    if user is not None:
        sessions = sessions.filter(user=user)
    sessions.update(revoked_at=timezone.now())


def session_is_active(session_id: str | None) -> bool:
    if not session_id:
        return False
    return UserSession.objects.filter(pk=session_id, revoked_at__isnull=True).exists()


def _session_store() -> type[SessionBase]:
    return import_string(f"{settings.SESSION_ENGINE}.SessionStore")


def session_revoke(*, user: User, session_id: str) -> UserSession:
    """Sign a device out: a browser session is deleted, an API session's tokens stop working."""
    session = UserSession.objects.filter(pk=session_id, user=user).first()
    if session is None:
        raise NotFound(_("No such session."))
    if session.revoked_at is None:
        session.revoked_at = timezone.now()
        session.save(update_fields=["revoked_at"])
    if session.session_key:
        _session_store()(session_key=session.session_key).delete()
    return session


def session_end_web(*, session_key: str) -> None:
    if session_key:
        UserSession.objects.filter(session_key=session_key, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
