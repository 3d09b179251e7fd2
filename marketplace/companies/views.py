"""Seller onboarding, team, invitations and the public supplier profile (thin views)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketplace.accounts.forms import apply_domain_error
from marketplace.accounts.views import role_required
from tradesetu.errors import DomainError
from tradesetu.pagecache import cache_public_page

from . import selectors, services
from .forms import (
    CertificationForm,
    CompanyProfileForm,
    InviteForm,
    KycUploadForm,
    SellerProfileForm,
)
from .models import Block, Company, ReviewStatus, SellerProfile
from .shortcuts import seller_company_or_404


def _active_block(company: Company) -> Block | None:
    return company.blocks.filter(lifted_at__isnull=True).first()


@role_required("seller")
def onboarding(request):
    company = seller_company_or_404(request)
    context = {
        "company": company,
        "progress": selectors.onboarding_progress(company),
        "evidence": selectors.verification_evidence(company),
        # not "block": inside {% block %} Django's BlockNode puts itself in the context as
        # ``block``, so a context variable of that name is always the template block (truthy)
        "active_block": _active_block(company),
        "can_manage": services.user_can(request.user, "manage_company", company),
    }
    return render(request, "companies/onboarding.html", context)


@role_required("seller")
def company_profile(request):
    company = seller_company_or_404(request)
    profile, _created = SellerProfile.objects.get_or_create(company=company)
    form = CompanyProfileForm(request.POST or None, instance=company, prefix="company")
    initial = {
        "export_markets": [c.code for c in profile.export_markets],
        "negative_countries": [c.code for c in profile.negative_countries],
        "payment_terms": profile.payment_terms,
        "logistics_partners": ", ".join(profile.logistics_partners),
        "supply_capacity": profile.supply_capacity,
    }
    seller_form = SellerProfileForm(request.POST or None, initial=initial, prefix="seller")
    if request.method == "POST" and form.is_valid() and seller_form.is_valid():
        company_data = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            services.company_update(
                company=company, actor=request.user, data=company_data, request=request
            )
            services.seller_profile_update(
                profile=profile, actor=request.user, data=seller_form.cleaned_data, request=request
            )
        except DomainError as error:
            apply_domain_error(form, error)
        else:
            messages.success(request, _("Company profile saved."))
            return redirect("companies:onboarding")
    company.refresh_from_db()
    status = 400 if form.errors or seller_form.errors else 200
    return render(
        request,
        "companies/profile_form.html",
        {"form": form, "seller_form": seller_form, "company": company},
        status=status,
    )


@role_required("seller")
def documents(request):
    company = seller_company_or_404(request)
    form = KycUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.kyc_document_submit(
                company=company,
                actor=request.user,
                doc_type=form.cleaned_data["doc_type"],
                number=form.cleaned_data["number"],
                valid_until=form.cleaned_data["valid_until"],
                upload=form.cleaned_data["file"],
                request=request,
            )
        except DomainError as error:
            apply_domain_error(form, error)
        else:
            messages.success(request, _("Document uploaded. We will review it shortly."))
            return redirect("companies:documents")
    context = {
        "company": company,
        "form": form,
        "documents": company.kyc_documents.select_related("file").exclude(
            status=ReviewStatus.SUPERSEDED
        ),
        "required": services.required_document_types(),
    }
    return render(request, "companies/documents.html", context, status=400 if form.errors else 200)


@role_required("seller")
def certifications(request):
    company = seller_company_or_404(request)
    form = CertificationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.certification_submit(
                company=company,
                actor=request.user,
                cert_type=data["cert_type"],
                number=data["number"],
                issuer=data["issuer"],
                valid_from=data["valid_from"],
                valid_to=data["valid_to"],
                uploads=[data["file"]],
                request=request,
            )
        except DomainError as error:
            apply_domain_error(form, error, {"files": "file"})
        else:
            messages.success(request, _("Certification added. We will review it shortly."))
            return redirect("companies:certifications")
    context = {
        "company": company,
        "form": form,
        "certifications": company.certifications.select_related("cert_type").prefetch_related(
            "files"
        ),
    }
    return render(
        request, "companies/certifications.html", context, status=400 if form.errors else 200
    )


@role_required("seller")
@require_POST
def submit_for_review(request):
    company = seller_company_or_404(request)
    try:
        services.company_submit_for_review(company=company, actor=request.user, request=request)
    except DomainError as error:
        for message in error.fields.get("non_field_errors", [error.message]):
            messages.error(request, message)
    else:
        messages.success(request, _("Thank you. Our team will review your documents."))
    return redirect("companies:onboarding")


@role_required("seller")
def team(request):
    company = seller_company_or_404(request)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.company_invite(
                company=company,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                actor=request.user,
                request=request,
            )
        except DomainError as error:
            apply_domain_error(form, error)
        else:
            messages.success(request, _("Invitation sent."))
            return redirect("companies:team")
    context = {
        "company": company,
        "form": form,
        "members": company.members.select_related("user"),
        "invitations": company.invitations.filter(
            accepted_at__isnull=True, revoked_at__isnull=True
        ),
        "can_manage": services.user_can(request.user, "manage_company", company),
    }
    return render(request, "companies/team.html", context, status=400 if form.errors else 200)


@login_required
def invitation(request, token: str):
    if request.method == "POST":
        try:
            member = services.invitation_accept(token=token, user=request.user, request=request)
        except DomainError as error:
            return render(
                request, "companies/invitation.html", {"error": error}, status=error.status
            )
        messages.success(request, _("You joined %(company)s.") % {"company": member.company.name})
        return redirect("accounts:dashboard")
    return render(request, "companies/invitation.html", {})


@cache_public_page(query_keys=("reviews",))
def supplier_detail(request, slug: str):
    """The public supplier profile; a blocked company is simply not found."""
    from billing.selectors import plan_effective
    from marketplace.catalog import selectors as catalog_selectors
    from marketplace.catalog import seo
    from marketplace.reviews import selectors as review_selectors

    company = selectors.company_public_by_slug(slug)
    if company is None:
        raise Http404
    rating = review_selectors.rating_for(company)
    context = {
        "products": catalog_selectors.supplier_products(company, limit=12),
        "membership_badge": plan_effective(company).display_badge,
        "success_stories": company.success_stories.live().public().specific()[:4],
        "structured_data": [
            seo.organization_document(request, company)
            | review_selectors.aggregate_rating_ld(rating)
        ],
        "rating": rating,
        "reviews": Paginator(review_selectors.company_reviews_public(company), 10).get_page(
            request.GET.get("reviews")
        ),
        "company": company,
        "profile": getattr(company, "seller_profile", None),
        "evidence": selectors.verification_evidence(company) if company.is_verified else [],
        "certifications": company.approved_certifications,
        "canonical_url": request.build_absolute_uri(
            reverse("companies:supplier", kwargs={"slug": company.slug})
        ),
    }
    return render(request, "companies/supplier_detail.html", context)
