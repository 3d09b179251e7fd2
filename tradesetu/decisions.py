"""One flow for the staff decision screens of the Wagtail admin (verification documents and
certifications, blocks, bad-lead claims, review moderation): a form with the decision and its
reason, a service that may refuse with a ``DomainError``, a confirmation and back to the queue.
The service does the work, the audit entry and the notification; this only wires the screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from tradesetu.errors import DomainError


def require_perm(request: HttpRequest, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def show_refusal(form: forms.Form, error: DomainError) -> None:
    """The service's refusal on the form: field messages on their fields, the rest above it."""
    for field, errors in error.fields.items():
        for message in errors:
            form.add_error(field if field in form.fields else None, message)
    if not error.fields:
        form.add_error(None, error.message)


def decision_view(
    request: HttpRequest,
    form: forms.Form,
    decide: Callable[[dict[str, Any]], object],
    *,
    template: str,
    context: dict[str, Any],
    done: str,
    message: str | None = None,
) -> HttpResponse:
    """GET shows the screen; a valid POST calls ``decide(cleaned_data)`` and redirects to
    ``done`` (a URL name); a refusal or an invalid form shows the screen again with a 400."""
    if request.method == "POST" and form.is_valid():
        try:
            decide(form.cleaned_data)
        except DomainError as error:
            show_refusal(form, error)
        else:
            messages.success(request, message or _("Decision saved."))
            return redirect(done)
    return TemplateResponse(
        request, template, {**context, "form": form}, status=400 if form.errors else 200
    )
