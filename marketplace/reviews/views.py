"""Buyers write and manage reviews; sellers read, answer and report them; review photos are
served (thin views over services and selectors)."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from marketplace.accounts.forms import apply_domain_error
from marketplace.accounts.views import role_required
from marketplace.companies.selectors import company_public_by_slug
from marketplace.companies.shortcuts import seller_company_or_404
from tradesetu.errors import DomainError

from . import selectors, services
from .forms import ReplyForm, ReportForm, ReviewForm
from .models import ReviewPhoto

# --------------------------------------------------------------------------- buyers


@role_required("buyer")
def review_new(request, slug: str):
    company = company_public_by_slug(slug)
    if company is None:
        raise Http404
    interactions = selectors.review_interactions(request.user, company)
    if not interactions:
        already = selectors.buyer_reviews(request.user).filter(company=company).exists()
        return render(
            request,
            "reviews/review_refused.html",
            {"company": company, "already": already},
            status=403,
        )
    form = ReviewForm(request.POST or None, request.FILES or None, interactions=interactions)
    if request.method == "POST" and form.is_valid():
        chosen = next(
            i for i in interactions if str(i.rfq.public_id) == form.cleaned_data["interaction"]
        )
        try:
            services.review_create(
                author=request.user,
                company=company,
                rfq=chosen.rfq,
                data=form.service_data(),
                photos=form.cleaned_data.get("photos") or [],
                request=request,
            )
        except DomainError as error:
            apply_domain_error(form, error)
        else:
            messages.success(
                request,
                _("Thank you. Your review of %(company)s will appear after moderation.")
                % {"company": company.name},
            )
            return redirect("reviews:buyer_list")
    return render(
        request,
        "reviews/review_form.html",
        {"form": form, "company": company},
        status=400 if form.errors else 200,
    )


@role_required("buyer")
def buyer_list(request):
    context = {
        "reviews": selectors.buyer_reviews(request.user),
        "interactions": selectors.review_interactions(request.user),
    }
    return render(request, "reviews/buyer_reviews.html", context)


@role_required("buyer")
def review_edit(request, pk: int):
    review = selectors.review_for_author(request.user, pk)
    if review is None:
        raise Http404
    if not review.is_editable:
        messages.error(
            request, _("Reviews can be changed for 48 hours after posting; this one is now final.")
        )
        return redirect("reviews:buyer_list")
    photos = list(review.photos.all())
    initial = {
        "rating": str(review.rating),
        "title": review.title,
        "text": review.text,
        "communication": str(review.communication or ""),
        "product_quality": str(review.product_quality or ""),
        "delivery": str(review.delivery or ""),
    }
    form = ReviewForm(request.POST or None, request.FILES or None, initial=initial, photos=photos)
    if request.method == "POST" and form.is_valid():
        try:
            services.review_edit(
                review=review,
                author=request.user,
                data=form.service_data(),
                photos=form.cleaned_data.get("photos") or [],
                remove_photos=form.cleaned_data.get("remove_photos") or [],
                request=request,
            )
        except DomainError as error:
            apply_domain_error(form, error)
        else:
            messages.success(request, _("Review updated. It will appear again after moderation."))
            return redirect("reviews:buyer_list")
    return render(
        request,
        "reviews/review_form.html",
        {"form": form, "company": review.company, "review": review},
        status=400 if form.errors else 200,
    )


@role_required("buyer")
@require_POST
def review_delete(request, pk: int):
    try:
        services.review_delete(review=pk, actor=request.user, request=request)
    except DomainError as error:
        if error.status == 404:
            raise Http404 from None
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your review has been deleted."))
    return redirect("reviews:buyer_list")


# --------------------------------------------------------------------------- sellers


@role_required("seller")
def seller_list(request):
    company = seller_company_or_404(request)
    reviews = list(selectors.seller_reviews(company))
    for review in reviews:  # one form per review, with ids of its own
        review.reply_form = ReplyForm(prefix=f"reply-{review.pk}")
        review.report_form = ReportForm(prefix=f"report-{review.pk}")
    context = {"company": company, "rating": selectors.rating_for(company), "reviews": reviews}
    return render(request, "reviews/seller_reviews.html", context)


@role_required("seller")
@require_POST
def reply(request, pk: int):
    form = ReplyForm(request.POST, prefix=f"reply-{pk}")
    if form.is_valid():
        try:
            services.reply_create(
                review=pk, actor=request.user, text=form.cleaned_data["text"], request=request
            )
        except DomainError as error:
            if error.status == 404:
                raise Http404 from None
            messages.error(request, error.message)
        else:
            messages.success(request, _("Reply sent. It will appear after moderation."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("reviews:seller_list")


@role_required("seller")
@require_POST
def report(request, pk: int):
    form = ReportForm(request.POST, prefix=f"report-{pk}")
    if form.is_valid():
        try:
            services.report_create(
                review=pk, actor=request.user, request=request, **form.cleaned_data
            )
        except DomainError as error:
            if error.status == 404:
                raise Http404 from None
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you. Our moderators will look at this review."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("reviews:seller_list")


# --------------------------------------------------------------------------- photos


@require_GET
def photo(request, file_id):
    """A review photo: public once its review is published, else for its author and moderators."""
    item = get_object_or_404(ReviewPhoto.objects.select_related("review", "file"), file_id=file_id)
    if not selectors.photo_visible(item, request.user):
        raise Http404
    response = FileResponse(item.file.file.open("rb"), content_type=item.file.mime)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    public = item.review.status == "approved"
    response["Cache-Control"] = "public, max-age=600" if public else "private, no-store"
    return response
