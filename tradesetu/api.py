"""API plumbing shared by every app: base views with the API's defaults, one error shape, pagination.

The API's choices (JSON only, JWT or session authentication, signed-in by default, our error shape
and pagination) live on the base views below, not in ``REST_FRAMEWORK``: those global defaults also
reach the REST framework views that Wagtail and wagtail-localize ship, and a JSON-only parser list
broke the translation editor's saves (415). Every view under ``/api/v1/`` derives from these.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions as drf_exceptions
from rest_framework import generics, pagination, parsers, permissions, renderers, status, views
from rest_framework.response import Response
from rest_framework.settings import perform_import
from rest_framework.views import exception_handler as drf_exception_handler

from tradesetu.errors import DomainError, RateLimited, ValidationFailed


def error_response(error: DomainError) -> Response:
    response = Response({"error": error.as_dict()}, status=error.status)
    if isinstance(error, RateLimited):
        response["Retry-After"] = str(error.retry_after)
    return response


def _fields_from_drf(detail) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        fields: dict[str, list[str]] = {}
        for key, value in detail.items():
            if isinstance(value, dict):  # nested serializer: flatten to dotted names
                for sub, messages in _fields_from_drf(value).items():
                    fields[f"{key}.{sub}"] = messages
            else:
                values = value if isinstance(value, list) else [value]
                fields[key] = [str(v) for v in values]
        return fields
    values = detail if isinstance(detail, list) else [detail]
    return {"non_field_errors": [str(v) for v in values]}


_DRF_CODES = {
    drf_exceptions.NotAuthenticated: "not_authenticated",
    drf_exceptions.AuthenticationFailed: "authentication_failed",
    drf_exceptions.PermissionDenied: "permission_denied",
    drf_exceptions.NotFound: "not_found",
    drf_exceptions.MethodNotAllowed: "method_not_allowed",
    drf_exceptions.NotAcceptable: "not_acceptable",
    drf_exceptions.UnsupportedMediaType: "unsupported_media_type",
    drf_exceptions.ParseError: "parse_error",
    drf_exceptions.Throttled: "rate_limited",
}


def exception_handler(exc, context):
    """Every API error becomes ``{"error": {"code", "message", "fields"}}``."""
    if isinstance(exc, DomainError):
        return error_response(exc)
    if isinstance(exc, DjangoValidationError):
        return error_response(ValidationFailed.from_django(exc))
    if isinstance(exc, Http404):
        exc = drf_exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = drf_exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a real bug: let Django log it and answer 500
    if isinstance(exc, drf_exceptions.ValidationError):
        body = {
            "code": "validation_error",
            "message": _("Please correct the errors below."),
            "fields": _fields_from_drf(exc.detail),
        }
    else:
        detail = getattr(exc, "detail", "")
        code = next((c for cls, c in _DRF_CODES.items() if isinstance(exc, cls)), None)
        if code is None:
            code = getattr(detail, "code", None) or "error"
        body = {"code": code, "message": str(detail), "fields": {}}
        if isinstance(detail, dict):  # simplejwt puts {"detail", "code", "messages"} here
            body["message"] = str(detail.get("detail", ""))
            body["code"] = str(detail.get("code", code))
    response.data = {"error": body}
    return response


class Pagination(pagination.PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.page.paginator.count,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )


def created(data) -> Response:
    return Response(data, status=status.HTTP_201_CREATED)


def public_api_only(endpoints):
    """drf-spectacular hook: document our `/api/v1/` surface, not Wagtail's internal admin API."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]


class APIView(views.APIView):
    """Base of every ``/api/v1/`` view: the API's defaults, scoped to our own views."""

    authentication_classes = perform_import(
        settings.API_AUTHENTICATION_CLASSES, "API_AUTHENTICATION_CLASSES"
    )
    permission_classes = [permissions.IsAuthenticated]
    parser_classes = [parsers.JSONParser]
    renderer_classes = [renderers.JSONRenderer]
    pagination_class = Pagination

    def get_exception_handler(self):
        return exception_handler


class ListAPIView(APIView, generics.ListAPIView):
    """A paginated list with the API's defaults."""
