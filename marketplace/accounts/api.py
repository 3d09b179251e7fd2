"""`/api/v1/auth/...`: registration, JWT login / refresh / logout, the current user, devices."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries.serializer_fields import CountryField
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from tradesetu import ratelimit
from tradesetu.api import APIView
from tradesetu.http import client_ip

from . import selectors, services


class UserOutput(serializers.Serializer):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    first_name = serializers.CharField()
    last_name = serializers.CharField()
    phone = serializers.CharField()
    roles = serializers.ListField(child=serializers.CharField())
    status = serializers.CharField()
    email_verified = serializers.BooleanField()
    language = serializers.CharField()
    terms_accepted_at = serializers.DateTimeField(allow_null=True)
    terms_version = serializers.CharField()
    date_joined = serializers.DateTimeField()
    last_login = serializers.DateTimeField(allow_null=True)


class TokensOutput(serializers.Serializer):
    access = serializers.CharField()
    refresh = serializers.CharField()


class RefreshInput(serializers.Serializer):
    refresh = serializers.CharField()


class RegisterInput(serializers.Serializer):
    email = serializers.CharField(max_length=254)
    password = serializers.CharField(max_length=128, style={"input_type": "password"})
    role = serializers.ChoiceField(choices=services.ROLES)
    first_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    last_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    phone = serializers.CharField(max_length=32, required=False, allow_blank=True)
    company_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    country = CountryField(required=False, allow_blank=True)
    language = serializers.ChoiceField(choices=settings.LANGUAGES, required=False, allow_blank=True)
    accept_terms = serializers.BooleanField(
        required=False,
        default=False,
        help_text=_("Must be true: the person accepts the terms of use (time and version kept)."),
    )


class RegisterView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="auth_register",
        request=RegisterInput,
        responses={201: UserOutput},
        summary=_("Register a buyer or seller account; a verification link is e-mailed."),
    )
    def post(self, request):
        ratelimit.check("signup", client_ip(request))
        data = RegisterInput(data=request.data)
        data.is_valid(raise_exception=True)
        user = services.user_register(**data.validated_data)
        return Response(selectors.user_to_dict(user), status=status.HTTP_201_CREATED)


class LoginInput(serializers.Serializer):
    email = serializers.CharField(max_length=254)
    password = serializers.CharField(max_length=128, style={"input_type": "password"})
    otp = serializers.CharField(
        max_length=20,
        required=False,
        allow_blank=True,
        help_text=_("Authenticator or recovery code, for accounts with two-factor authentication."),
    )


class LoginView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="auth_login",
        request=LoginInput,
        responses={200: TokensOutput},
        summary=_("Exchange e-mail and password for an access and a refresh token."),
    )
    def post(self, request):
        data = LoginInput(data=request.data)
        data.is_valid(raise_exception=True)
        tokens = services.api_login(request=request, **data.validated_data)
        return Response(tokens)


class RefreshView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="auth_refresh",
        request=RefreshInput,
        responses={200: TokensOutput},
        summary=_("Rotate a refresh token. A used refresh token ends its session."),
    )
    def post(self, request):
        ratelimit.check("token_refresh", client_ip(request))
        data = RefreshInput(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(services.api_refresh(refresh=data.validated_data["refresh"]))


class LogoutView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="auth_logout",
        request=RefreshInput,
        responses={204: None},
        summary=_("End the session of a refresh token; its access tokens stop working too."),
    )
    def post(self, request):
        data = RefreshInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.api_logout(refresh=data.validated_data["refresh"])
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="auth_me", responses={200: UserOutput})
    def get(self, request):
        return Response(selectors.user_to_dict(request.user))


class SessionOutput(serializers.Serializer):
    id = serializers.UUIDField()
    kind = serializers.CharField()
    user_agent = serializers.CharField()
    ip_address = serializers.CharField(allow_null=True)
    created_at = serializers.DateTimeField()
    last_seen_at = serializers.DateTimeField()
    current = serializers.BooleanField()


def _current_session_id(request) -> str:
    token = getattr(request, "auth", None)
    if token is not None and hasattr(token, "get"):
        return str(token.get("sid", ""))
    return str(request.session.get("device_id", "")) if hasattr(request, "session") else ""


class SessionListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="auth_sessions_list", responses={200: SessionOutput(many=True)})
    def get(self, request):
        current = _current_session_id(request)
        sessions = selectors.user_sessions_active(user=request.user)
        return Response(
            [
                {
                    "id": s.id,
                    "kind": s.kind,
                    "user_agent": s.user_agent,
                    "ip_address": s.ip_address,
                    "created_at": s.created_at,
                    "last_seen_at": s.last_seen_at,
                    "current": str(s.id) == current,
                }
                for s in sessions
            ]
        )


class SessionRevokeView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="auth_sessions_revoke",
        responses={
            204: None,
            404: inline_serializer("NotFound", {"error": serializers.DictField()}),
        },
        summary=_("Sign one of your devices out."),
    )
    def delete(self, request, session_id):
        services.session_revoke(user=request.user, session_id=str(session_id))
        return Response(status=status.HTTP_204_NO_CONTENT)
