"""Notification preferences and the one-click unsubscribe endpoint: thin wrappers around
``services``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from marketplace.accounts.forms import apply_domain_error
from tradesetu.errors import DomainError

from . import services
from .forms import PreferencesForm


@login_required
def preferences(request):
    pref = services.preference_for(request.user)
    form = PreferencesForm.for_preference(pref, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.preference_update(
                user=request.user,
                lead_alerts=data["lead_alerts"],
                quiet_hours_start=data["quiet_hours_start"],
                quiet_hours_end=data["quiet_hours_end"],
                timezone_name=data["timezone"],
                whatsapp_opt_in=data["whatsapp_opt_in"],
                whatsapp_number=data["whatsapp_number"],
                email_subscribed=data["email_subscribed"],
                request=request,
            )
        except DomainError as error:
            apply_domain_error(form, error)
        else:
            messages.success(request, _("Your notification settings are saved."))
            return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form, "preference": pref})


@csrf_exempt  # mail clients POST here without a session (RFC 8058); the signed token is the proof
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """GET: a confirmation page with a button. POST: unsubscribe (one click, idempotent)."""
    user = services.unsubscribe_user(token)
    if user is None:
        return render(request, "notifications/unsubscribe.html", {"invalid": True}, status=400)
    done = False
    if request.method == "POST":
        services.email_unsubscribe(user=user, request=request)
        done = True
    return render(
        request,
        "notifications/unsubscribe.html",
        {"done": done, "already": not done and not services.preference_for(user).email_subscribed},
    )
