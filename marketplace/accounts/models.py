from __future__ import annotations

import uuid

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField


def normalize_email(email: str) -> str:
    """One spelling per address: trimmed and lower-cased (e-mail is the login, case-insensitive)."""
    return (email or "").strip().lower()


class AccountManager(UserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):  # type: ignore[override]
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):  # type: ignore[override]
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):  # type: ignore[override]
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("email_verified_at", timezone.now())
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=normalize_email(username))


class User(AbstractUser):
    """A person who logs in with an e-mail address.

    Roles are flags because one person may buy and sell: ``is_buyer``, ``is_seller`` and Django's
    ``is_staff``. ``is_active`` is the account status: a blocked account is inactive (see
    ``status``) and cannot log in.
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        BLOCKED = "blocked", _("Blocked")

    username = None  # type: ignore[assignment]
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    phone = PhoneNumberField(_("phone"), blank=True)
    is_buyer = models.BooleanField(_("buyer"), default=False)
    is_seller = models.BooleanField(_("seller"), default=False)
    email_verified_at = models.DateTimeField(_("e-mail verified at"), null=True, blank=True)
    pending_email = models.EmailField(_("new e-mail awaiting verification"), blank=True)
    language = models.CharField(_("preferred language"), max_length=10, blank=True)
    terms_accepted_at = models.DateTimeField(_("terms of use accepted at"), null=True, blank=True)
    terms_version = models.CharField(_("terms of use version accepted"), max_length=40, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = AccountManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = normalize_email(self.email)
        self.pending_email = normalize_email(self.pending_email)
        super().save(*args, **kwargs)

    @property
    def status(self) -> str:
        return self.Status.ACTIVE if self.is_active else self.Status.BLOCKED

    @property
    def email_verified(self) -> bool:
        return self.email_verified_at is not None

    @property
    def roles(self) -> list[str]:
        return [
            role
            for role, flag in (
                ("buyer", self.is_buyer),
                ("seller", self.is_seller),
                ("staff", self.is_staff),
            )
            if flag
        ]


class UserSession(models.Model):
    """One signed-in device: a browser session or an API refresh-token family.

    API refresh tokens rotate: the session keeps the id (``jti``) of the only refresh token that
    may be used next. Presenting any other token of the family is a reuse, and revokes the session.
    Every access token carries the session id (``sid``) and stops working when it is revoked.
    """

    class Kind(models.TextChoices):
        WEB = "web", _("Browser")
        API = "api", _("API client")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sessions")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    session_key = models.CharField(max_length=64, blank=True, db_index=True)
    refresh_jti = models.CharField(max_length=64, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_seen_at"]
        indexes = [models.Index(fields=["user", "revoked_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.user_agent[:40]}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
