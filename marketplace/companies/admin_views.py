"""Wagtail admin views: the verification review queue, blocks and the audit log."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from marketplace.accounts.models import User
from marketplace.audit.selectors import audit_events
from tradesetu.decisions import decision_view, require_perm
from tradesetu.errors import DomainError

from . import selectors, services
from .forms import ReasonForm
from .models import Certification, Company, KycDocument


def review_queue(request):
    require_perm(request, "companies.review_kyc")
    documents, certifications = selectors.review_queue()
    return TemplateResponse(
        request,
        "companies/admin/review_queue.html",
        {"documents": documents, "certifications": certifications},
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=gettext_lazy("Decision"),
        choices=[
            ("", "—"),
            ("approve", gettext_lazy("Approve")),
            ("reject", gettext_lazy("Reject")),
        ],
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason (required when rejecting; sent to the seller)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def _rescan(request, record):
    """Staff "Scan again" on one file of the record, then back to the same screen and outcome."""
    try:
        stored = services.evidence_file_rescan(
            record=record, file_id=request.POST["rescan"], reviewer=request.user, request=request
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        if stored.is_infected:
            messages.error(
                request,
                _(
                    "The file contains malware; its content was deleted and the refusal "
                    "recorded. Reject the document and ask the seller for a clean copy."
                ),
            )
        else:
            messages.success(request, _("Scanned again: the file is clean and can be opened."))
    return redirect(request.get_full_path())


def _decide(request, record, review_fn, template: str, **kwargs):
    if request.method == "POST" and "rescan" in request.POST:
        return _rescan(request, record)
    return decision_view(
        request,
        DecisionForm(request.POST or None),
        lambda data: review_fn(
            reviewer=request.user,
            approve=data["decision"] == "approve",
            reason=data["reason"],
            request=request,
            **kwargs,
        ),
        template=template,
        context={
            "record": record,
            "company": record.company,
            "evidence": selectors.verification_evidence(record.company),
            "profile_missing": selectors.onboarding_progress(record.company).steps[0].missing,
        },
        done="companies_admin:review_queue",
        message=_("Decision saved; the seller has been told."),
    )


def document_review(request, pk: int):
    require_perm(request, "companies.review_kyc")
    document = get_object_or_404(KycDocument.objects.select_related("company", "file"), pk=pk)
    return _decide(
        request,
        document,
        services.kyc_document_review,
        "companies/admin/document_review.html",
        document=document,
    )


def certification_review(request, pk: int):
    require_perm(request, "companies.review_kyc")
    certification = get_object_or_404(
        Certification.objects.select_related("company", "cert_type").prefetch_related("files"),
        pk=pk,
    )
    return _decide(
        request,
        certification,
        services.certification_review,
        "companies/admin/certification_review.html",
        certification=certification,
    )


def _block_view(request, *, target, is_blocked: bool, block_fn, unblock_fn, kind: str, listing):
    """Block (a reason is required) or unblock a user or company, then back to where staff
    came from (``?next=``, else the listing). The services check the permission and audit."""
    require_perm(request, "companies.add_block")
    back = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = ""
    back = back or reverse(listing)
    if is_blocked:
        message = _("%(target)s is unblocked.") % {"target": target}
    else:
        message = _("%(target)s is blocked.") % {"target": target}
    return decision_view(
        request,
        ReasonForm(request.POST or None),
        lambda data: (unblock_fn if is_blocked else block_fn)(
            **{kind: target}, reason=data["reason"], actor=request.user, request=request
        ),
        template="companies/admin/block.html",
        context={
            "target": target,
            "is_blocked": is_blocked,
            "active_block": target.blocks.filter(lifted_at__isnull=True).first(),
            "next": back,
        },
        done=back,
        message=message,
    )


def company_block(request, pk: int):
    company = get_object_or_404(Company, pk=pk)
    return _block_view(
        request,
        target=company,
        is_blocked=company.is_blocked,
        block_fn=services.company_block,
        unblock_fn=services.company_unblock,
        kind="company",
        listing="wagtailsnippets_companies_company:list",
    )


def user_block(request, pk: int):
    user = get_object_or_404(User, pk=pk)
    return _block_view(
        request,
        target=user,
        is_blocked=not user.is_active,
        block_fn=services.user_block,
        unblock_fn=services.user_unblock,
        kind="user",
        listing="wagtailusers_users:index",
    )


class AuditFilterForm(forms.Form):
    action = forms.CharField(
        label=gettext_lazy("Action starts with"), required=False, max_length=80
    )
    entity_type = forms.CharField(label=gettext_lazy("Entity type"), required=False, max_length=80)
    entity_id = forms.CharField(label=gettext_lazy("Entity id"), required=False, max_length=64)
    actor = forms.IntegerField(label=gettext_lazy("Actor id"), required=False, min_value=1)
    since = forms.DateTimeField(label=gettext_lazy("Since"), required=False)
    until = forms.DateTimeField(label=gettext_lazy("Until"), required=False)


def audit_log(request):
    require_perm(request, "audit.view_auditevent")
    form = AuditFilterForm(request.GET or None)
    values = form.cleaned_data if form.is_valid() else {}
    events = audit_events(
        action=values.get("action") or "",
        entity_type=values.get("entity_type") or "",
        entity_id=values.get("entity_id") or "",
        actor_id=values.get("actor"),
        since=values.get("since"),
        until=values.get("until"),
    )
    page = Paginator(events, 50).get_page(request.GET.get("p"))
    return TemplateResponse(request, "companies/admin/audit_log.html", {"form": form, "page": page})
