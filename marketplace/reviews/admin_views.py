"""Wagtail admin views: the review moderation queue and its decisions."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from tradesetu.decisions import decision_view, require_perm

from . import selectors, services
from .forms import DecisionForm, ReportDecisionForm
from .models import ReviewReply, ReviewReport


def _require(request) -> None:
    require_perm(request, services.MODERATE_PERMISSION)


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
    return decision_view(
        request,
        DecisionForm(request.POST or None),
        lambda data: services.review_moderate(
            review=review,
            moderator=request.user,
            approve=data["decision"] == "approve",
            reason=data["reason"],
            request=request,
        ),
        template="reviews/admin/review.html",
        context={
            "review": review,
            "facts": selectors.author_facts(review),
            "photos": list(review.photos.all()),
            "reports": list(review.reports.all()),
        },
        done="reviews_admin:queue",
    )


def reply_decide(request, pk: int):
    _require(request)
    reply = get_object_or_404(
        ReviewReply.objects.select_related("review__company", "review__rfq__category", "author"),
        pk=pk,
    )
    return decision_view(
        request,
        DecisionForm(request.POST or None),
        lambda data: services.reply_moderate(
            reply=reply,
            moderator=request.user,
            approve=data["decision"] == "approve",
            reason=data["reason"],
            request=request,
        ),
        template="reviews/admin/reply.html",
        context={"reply": reply, "review": reply.review},
        done="reviews_admin:queue",
    )


def report_decide(request, pk: int):
    _require(request)
    report = get_object_or_404(
        ReviewReport.objects.select_related("review__rfq__category", "company", "reporter"), pk=pk
    )
    return decision_view(
        request,
        ReportDecisionForm(request.POST or None),
        lambda data: services.report_decide(
            report=report,
            moderator=request.user,
            uphold=data["decision"] == "uphold",
            reason=data["reason"],
            request=request,
        ),
        template="reviews/admin/report.html",
        context={"report": report, "review": report.review},
        done="reviews_admin:queue",
    )
