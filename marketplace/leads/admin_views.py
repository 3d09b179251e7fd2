"""Wagtail admin: the bad-lead claims queue."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradesetu.errors import DomainError

from . import selectors, services
from .models import BadLeadClaim


class ClaimDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[
            ("approve", gettext_lazy("Approve and refund the credit")),
            ("reject", gettext_lazy("Reject")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason (required when rejecting; sent to the seller)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def claims_queue(request):
    if not request.user.has_perm("leads.change_badleadclaim"):
        raise PermissionDenied
    return TemplateResponse(
        request, "leads/admin/claims.html", {"claims": selectors.claims_pending()}
    )


def claim_review(request, pk: int):
    if not request.user.has_perm("leads.change_badleadclaim"):
        raise PermissionDenied
    claim = get_object_or_404(
        BadLeadClaim.objects.select_related("lead__rfq__buyer", "lead__company", "created_by"),
        pk=pk,
    )
    form = ClaimDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.claim_decide(
                claim=claim,
                staff=request.user,
                approve=form.cleaned_data["decision"] == "approve",
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except DomainError as error:
            form.add_error(None, error.fields.get("reason", [error.message])[0])
        else:
            messages.success(request, _("Decision saved; the seller has been told."))
            return redirect("leads_admin:claims")
    context = {"claim": claim, "card": selectors.lead_card(claim.lead), "form": form}
    return TemplateResponse(
        request, "leads/admin/claim_review.html", context, status=400 if form.errors else 200
    )
