"""Wagtail admin views: the verification review queue, blocks and the audit log."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from marketplace.accounts.models import User
from marketplace.audit.selectors import audit_events
from tradesetu.errors import DomainError

from . import selectors, services
from .forms import ReasonForm
from .models import Certification, Company, KycDocument


def _require(request, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def review_queue(request):
    _require(request, "companies.review_kyc")
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


def _decide(request, record, review_fn, template: str, **kwargs):
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            review_fn(
                reviewer=request.user,
                approve=form.cleaned_data["decision"] == "approve",
                reason=form.cleaned_data["reason"],
                request=request,
                **kwargs,
            )
        except DomainError as error:
            for field, errors in error.fields.items():
                for message in errors:
                    form.add_error(field if field in form.fields else None, message)
            if not error.fields:
                form.add_error(None, error.message)
        else:
            messages.success(request, _("Decision saved; the seller has been told."))
            return redirect("companies_admin:review_queue")
    return TemplateResponse(
        request,
        template,
        {
            "record": record,
            "form": form,
            "company": record.company,
            "evidence": selectors.verification_evidence(record.company),
            "profile_missing": selectors.onboarding_progress(record.company).steps[0].missing,
        },
        status=400 if form.errors else 200,
    )


def document_review(request, pk: int):
    _require(request, "companies.review_kyc")
    document = get_object_or_404(KycDocument.objects.select_related("company", "file"), pk=pk)
    return _decide(
        request,
        document,
        services.kyc_document_review,
        "companies/admin/document_review.html",
        document=document,
    )


def certification_review(request, pk: int):
    _require(request, "companies.review_kyc")
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


def _block_view(request, *, target, is_blocked: bool, block_fn, unblock_fn, kind: str):
    _require(request, "companies.add_block")
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fn = unblock_fn if is_blocked else block_fn
        try:
            fn(
                **{kind: target},
                reason=form.cleaned_data["reason"],
                actor=request.user,
                request=request,
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Saved."))
            return redirect("wagtailadmin_home")
    return TemplateResponse(
        request,
        "companies/admin/block.html",
        {"target": target, "is_blocked": is_blocked, "form": form},
        status=400 if form.errors else 200,
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
    _require(request, "audit.view_auditevent")
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
