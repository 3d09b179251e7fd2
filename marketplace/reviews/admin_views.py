"""Wagtail admin views: the review moderation queue and its decisions."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from tradesetu.errors import DomainError

from . import selectors, services
from .forms import DecisionForm, ReportDecisionForm
from .models import ReviewReply, ReviewReport


def _require(request) -> None:
    if not request.user.has_perm(services.MODERATE_PERMISSION):
        raise PermissionDenied


def _apply(form, error: DomainError) -> None:
    for field, errors in error.fields.items():
        for message in errors:
            form.add_error(field if field in form.fields else None, message)
    if not error.fields:
        form.add_error(None, error.message)


def queue(request):
    _require(request)
    return TemplateResponse(
        request, "reviews/admin/queue.html", {"queue": selectors.moderation_queue()}
    )


def review_decide(request, pk: int):
    _require(request)
    review = selectors.review_for_moderation(pk)
    if review is None:
        raise Http404
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.review_moderate(
                review=review,
                moderator=request.user,
                approve=form.cleaned_data["decision"] == "approve",
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except DomainError as error:
            _apply(form, error)
        else:
            messages.success(request, _("Decision saved."))
            return redirect("reviews_admin:queue")
    context = {
        "review": review,
        "form": form,
        "facts": selectors.author_facts(review),
        "photos": list(review.photos.all()),
        "reports": list(review.reports.all()),
    }
    return TemplateResponse(
        request, "reviews/admin/review.html", context, status=400 if form.errors else 200
    )


def reply_decide(request, pk: int):
    _require(request)
    reply = get_object_or_404(
        ReviewReply.objects.select_related("review__company", "review__rfq__category", "author"),
        pk=pk,
    )
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.reply_moderate(
                reply=reply,
                moderator=request.user,
                approve=form.cleaned_data["decision"] == "approve",
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except DomainError as error:
            _apply(form, error)
        else:
            messages.success(request, _("Decision saved."))
            return redirect("reviews_admin:queue")
    return TemplateResponse(
        request,
        "reviews/admin/reply.html",
        {"reply": reply, "review": reply.review, "form": form},
        status=400 if form.errors else 200,
    )


def report_decide(request, pk: int):
    _require(request)
    report = get_object_or_404(
        ReviewReport.objects.select_related("review__rfq__category", "company", "reporter"), pk=pk
    )
    form = ReportDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_decide(
                report=report,
                moderator=request.user,
                uphold=form.cleaned_data["decision"] == "uphold",
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except DomainError as error:
            _apply(form, error)
        else:
            messages.success(request, _("Decision saved."))
            return redirect("reviews_admin:queue")
    return TemplateResponse(
        request,
        "reviews/admin/report.html",
        {"report": report, "review": report.review, "form": form},
        status=400 if form.errors else 200,
    )
