from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import InvalidToken

from .services import session_is_active


class SessionJWTAuthentication(JWTAuthentication):
    """Bearer access tokens that stop working as soon as their session (device) is revoked."""

    def get_validated_token(self, raw_token):
        token = super().get_validated_token(raw_token)
        if not session_is_active(token.get("sid")):
            raise InvalidToken(
                {
                    "detail": _("This session has ended. Please log in again."),
                    "code": "session_revoked",
                }
            )
        return token


class SessionJWTScheme(OpenApiAuthenticationExtension):
    target_class = SessionJWTAuthentication
    name = "jwtAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
