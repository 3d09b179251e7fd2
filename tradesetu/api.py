"""API plumbing shared by every app: one error shape, pagination."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions as drf_exceptions
from rest_framework import pagination, status
from rest_framework.response import Response
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
