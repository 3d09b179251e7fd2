"""Seller billing pages (plan, checkout, credits, invoices) and the local test provider's hosted
checkout. Thin: parse, call a service or selector, render."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketplace.accounts.views import role_required
from marketplace.companies.shortcuts import seller_company_or_404
from tradesetu.errors import DomainError

from . import providers, selectors, services
from .models import Currency, Payment
from .pdf import invoice_pdf


@role_required("seller")
def plan(request):
    company = seller_company_or_404(request)
    currency = selectors.visitor_currency(request)
    context = {
        "company": company,
        "summary": selectors.billing_summary(company),
        "offers": selectors.plan_list_public(currency=currency),
        "currency": currency,
        "currencies": Currency.values,
        "providers": [p for p in providers.enabled() if currency in p.currencies],
        "idempotency_key": uuid.uuid4().hex,
        "subscriptions": selectors.subscriptions_of(company)[:10],
        "gst_rate": selectors.gst_rate(),
    }
    return render(request, "billing/plan.html", context)


@require_POST
@role_required("seller")
def checkout(request):
    company = seller_company_or_404(request)
    try:
        payment = services.checkout_start(
            user=request.user,
            company=company,
            plan=request.POST.get("plan", ""),
            provider=request.POST.get("provider", ""),
            currency=request.POST.get("currency", ""),
            idempotency_key=request.POST.get("idempotency_key", ""),
            request=request,
        )
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("billing:plan")
    return redirect(payment.checkout_url)


@role_required("seller")
def payment_status(request, reference):
    company = seller_company_or_404(request)
    payment = selectors.payment_for_company(company, reference)
    if payment is None:
        raise Http404
    services.payment_return(payment=payment, params=request.GET)
    payment.refresh_from_db()
    context = {
        "payment": payment,
        "summary": selectors.billing_summary(company),
        "invoice": payment.invoices.filter(kind="invoice").first(),
        # only a pending payment can still change by itself: that page refreshes; a failed one
        # says what to do next instead
        "waiting": payment.status == Payment.Status.PENDING,
    }
    return render(request, "billing/payment_status.html", context)


@role_required("seller")
def razorpay_checkout(request, reference):
    company = seller_company_or_404(request)
    payment = selectors.payment_for_company(company, reference)
    if payment is None or payment.provider != "razorpay":
        raise Http404
    return render(
        request,
        "billing/razorpay_checkout.html",
        {"payment": payment, "options": payment.meta.get("client", {})},
    )


@login_required
def local_checkout(request, reference):
    """The local test provider's hosted checkout page (no money moves)."""
    try:
        providers.get("local")
    except DomainError:
        raise Http404 from None
    company = seller_company_or_404(request)
    payment = selectors.payment_for_company(company, reference)
    if payment is None or payment.provider != "local":
        raise Http404
    if request.method == "POST":
        outcome = request.POST.get("outcome", "")
        if outcome not in ("pay", "fail", "cancel"):
            return HttpResponse(status=400)
        try:
            services.local_checkout_complete(payment=payment, outcome=outcome, user=request.user)
        except DomainError as error:
            messages.error(request, error.message)
        if outcome == "cancel":
            messages.info(request, _("Payment canceled. You have not been charged."))
            return redirect("billing:plan")
        return redirect("billing:payment_status", reference=payment.reference)
    return render(request, "billing/local_checkout.html", {"payment": payment})


@role_required("seller")
def credits(request):
    company = seller_company_or_404(request)
    page = Paginator(selectors.credit_ledger(company).select_related("lot"), 25).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "billing/credits.html",
        {"company": company, "summary": selectors.billing_summary(company), "page": page},
    )


@role_required("seller")
def invoices(request):
    company = seller_company_or_404(request)
    return render(
        request,
        "billing/invoices.html",
        {"company": company, "invoices": selectors.invoices_of(company)},
    )


@role_required("seller")
def invoice_download(request, pk: int):
    company = seller_company_or_404(request)
    invoice = selectors.invoice_for_company(company, pk)
    if invoice is None:
        raise Http404
    response = HttpResponse(invoice_pdf(invoice), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{invoice.filename}"'
    return response
