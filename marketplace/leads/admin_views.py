"""Wagtail admin: the bad-lead claims queue."""

from __future__ import annotations

from django import forms
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradesetu.decisions import decision_view, require_perm

from . import selectors, services
from .models import BadLeadClaim


class ClaimDecisionForm(forms.Form):
    """The decision offers what approval really does: a lead unlocked with a credit gets the
    credit back; one unlocked by the plan cost nothing, so there is nothing to refund."""

    decision = forms.ChoiceField(widget=forms.RadioSelect)
    reason = forms.CharField(
        label=gettext_lazy("Reason (required when rejecting; sent to the seller)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, refundable: bool, **kwargs):
        super().__init__(*args, **kwargs)
        approve = (
            gettext_lazy("Approve and refund the credit")
            if refundable
            else gettext_lazy("Approve (unlocked by the plan: no credit to refund)")
        )
        self.fields["decision"].choices = [("approve", approve), ("reject", gettext_lazy("Reject"))]


def claims_queue(request):
    require_perm(request, "leads.change_badleadclaim")
    return TemplateResponse(
        request, "leads/admin/claims.html", {"claims": selectors.claims_pending()}
    )


def claim_review(request, pk: int):
    require_perm(request, "leads.change_badleadclaim")
    claim = get_object_or_404(
        BadLeadClaim.objects.select_related("lead__rfq__buyer", "lead__company", "created_by"),
        pk=pk,
    )
    card = selectors.lead_card(claim.lead)
    return decision_view(
        request,
        ClaimDecisionForm(request.POST or None, refundable=card.refundable),
        lambda data: services.claim_decide(
            claim=claim,
            staff=request.user,
            approve=data["decision"] == "approve",
            reason=data["reason"],
            request=request,
        ),
        template="leads/admin/claim_review.html",
        context={"claim": claim, "card": card},
        done="leads_admin:claims",
        message=_("Decision saved; the seller has been told."),
    )
