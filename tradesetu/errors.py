"""Domain errors raised by services and turned into one response shape by the API and the views.

A service never returns an HTTP status; it raises one of these with a stable ``code`` that clients
can switch on, a human ``message`` (translated) and, for input problems, per-field messages.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError


class DomainError(Exception):
    code = "error"
    status = 400

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        fields: dict[str, list[str]] | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = str(message)
        if code:
            self.code = code
        if status:
            self.status = status
        self.fields = fields or {}

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "fields": self.fields}


class ValidationFailed(DomainError):
    code = "validation_error"
    status = 400

    @classmethod
    def from_django(cls, exc: DjangoValidationError, message: str = "") -> ValidationFailed:
        from django.utils.translation import gettext as _

        if hasattr(exc, "error_dict"):
            fields = {
                ("non_field_errors" if key == "__all__" else key): [str(m) for m in msgs]
                for key, msgs in exc.message_dict.items()
            }
        else:
            fields = {"non_field_errors": [str(m) for m in exc.messages]}
        return cls(message or _("Please correct the errors below."), fields=fields)

    @classmethod
    def field(cls, name: str, message: str) -> ValidationFailed:
        return cls(message, fields={name: [str(message)]})


class AuthenticationFailed(DomainError):
    code = "authentication_failed"
    status = 401


class PermissionDenied(DomainError):
    code = "permission_denied"
    status = 403


class NotFound(DomainError):
    code = "not_found"
    status = 404


class Conflict(DomainError):
    code = "conflict"
    status = 409


class RateLimited(DomainError):
    code = "rate_limited"
    status = 429

    def __init__(self, message: str, *, retry_after: int, **kwargs) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after
