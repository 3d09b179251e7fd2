"""Buyer RFQs and the seller lead inbox (thin views over services and selectors)."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketplace.accounts.forms import apply_domain_error
from marketplace.accounts.views import role_required
from marketplace.catalog.forms import ATTR_PREFIX
from marketplace.catalog.models import Category, Product
from marketplace.catalog.selectors import category_suppliers
from marketplace.companies.models import Company
from marketplace.companies.shortcuts import seller_company_or_404
from tradesetu.errors import DomainError

from . import selectors, services
from .forms import ClaimForm, CloseForm, InboxFilterForm, RFQForm, VisitorAccountForm
from .models import Lead

# --------------------------------------------------------------------------- buyers


def _prefill(request) -> tuple[dict, Category | None, Product | None, Company | None]:
    initial: dict = {}
    product = supplier = None
    if request.GET.get("product", "").isdigit():
        product = (
            Product.objects.public()
            .filter(pk=int(request.GET["product"]))
            .select_related("category")
            .first()
        )
    if request.GET.get("supplier"):
        supplier = Company.objects.filter(
            slug=request.GET["supplier"], kind="seller", is_blocked=False
        ).first()
    category = None
    raw_category = request.POST.get("category") or request.GET.get("category")
    if raw_category and str(raw_category).isdigit():
        category = Category.objects.filter(
            pk=int(raw_category), is_active=True, children__isnull=True
        ).first()
    if product is not None:
        category = category or product.category
        initial.update(
            {
                "title": product.title,
                "category": product.category_id,
                "unit": product.moq_unit,
                "quantity": product.moq,
            }
        )
    return initial, category, product, supplier


def rfq_new(request):
    """The RFQ form. A visitor fills in a short buyer account part too: the account is created
    and the RFQ is held until the e-mail address is verified."""
    from marketplace.accounts.services import user_register
    from tradesetu import ratelimit
    from tradesetu.http import client_ip

    user = request.user
    if user.is_authenticated and not user.is_buyer:
        messages.error(request, _("Requests for quotation are sent from buyer accounts."))
        return redirect("accounts:dashboard")
    initial, category, product, supplier = _prefill(request)
    form = RFQForm(request.POST or None, request.FILES or None, initial=initial, category=category)
    account_form = None
    if not user.is_authenticated:
        account_form = VisitorAccountForm(request.POST or None, prefix="account")
    submitted = request.method == "POST" and "refresh" not in request.POST
    # both forms are checked on every submit, so that every error shows at once
    checked = [f.is_valid() for f in (form, account_form) if f is not None] if submitted else []
    if submitted and all(checked):
        data = form.to_service_data()
        data["product"], data["supplier"] = product, supplier
        try:
            buyer = user
            if account_form is not None:
                ratelimit.check("signup", client_ip(request))
                values = account_form.cleaned_data
                buyer = user_register(
                    email=values["email"],
                    password=values["password"],
                    role="buyer",
                    first_name=values["first_name"],
                    company_name=values["company_name"],
                    country=values["country"] or "",
                    language=get_language() or "",
                    accept_terms=values["accept_terms"],
                )
            rfq = services.rfq_create(
                buyer=buyer,
                data=data,
                attachments=form.cleaned_data.get("attachments") or [],
                request=request,
            )
        except DomainError as error:
            apply_domain_error(
                form, error, {f"specs.{a.key}": f"{ATTR_PREFIX}{a.key}" for a in form.schema}
            )
            if account_form is not None:
                for name, errors in error.fields.items():
                    if name in account_form.fields:
                        for message in errors:
                            account_form.add_error(name, message)
        else:
            if account_form is not None:
                request.session["signup_email"] = buyer.email
                messages.info(
                    request,
                    _(
                        "Your request is saved. Open the link we e-mailed you to verify your address; then we send it to suppliers."
                    ),
                )
                return redirect("accounts:signup_done")
            messages.success(
                request, _("Your request is on its way to the best-matching verified suppliers.")
            )
            return redirect("leads:rfq_detail", public_id=rfq.public_id)
    context = {
        "form": form,
        "account_form": account_form,
        "error_summary": _error_summary(form, account_form) if submitted else [],
        "category": category,
        "product": product,
        "supplier": supplier,
    }
    has_errors = form.errors or (account_form is not None and account_form.errors)
    return render(
        request, "leads/rfq_form.html", context, status=400 if submitted and has_errors else 200
    )


def _error_summary(*forms) -> list[tuple[str, str]]:
    """Every error of the submitted forms as (anchor, text) for the summary at the top of the
    page, in the order of the fields; form-wide errors point at the form itself."""
    items = []
    for form in forms:
        if form is None or not form.is_bound:
            continue
        for error in form.non_field_errors():
            items.append(("rfq-form", error))
        for field in form:
            for error in field.errors:
                anchor = field.id_for_label or field.auto_id
                items.append((anchor, f"{field.label}: {error}"))
    return items


@role_required("buyer")
def rfq_list(request):
    rfqs = Paginator(selectors.buyer_rfqs(request.user), 20).get_page(request.GET.get("page"))
    return render(request, "leads/rfq_list.html", {"page_obj": rfqs})


@role_required("buyer")
def rfq_detail(request, public_id):
    rfq = selectors.rfq_for_buyer(request.user, public_id)
    if rfq is None:
        raise Http404
    leads = list(selectors.rfq_leads_for_buyer(rfq))
    context = {
        "rfq": rfq,
        "leads": leads,
        "routing": selectors.rfq_routing_summary(rfq, reached=len(leads)),
        "close_form": CloseForm(),
        "recommended": _other_suppliers(rfq, {lead.company_id for lead in leads}),
    }
    return render(request, "leads/rfq_detail.html", context)


def _other_suppliers(rfq, received: set[int], limit: int = 6) -> list[Company]:
    """Suppliers of the RFQ's category that did not receive it (those that did are listed above)."""
    if not rfq.category_id:
        return []
    wider = category_suppliers(rfq.category, limit=limit + len(received))
    return [company for company in wider if company.pk not in received][:limit]


@role_required("buyer")
@require_POST
def rfq_close(request, public_id):
    rfq = selectors.rfq_for_buyer(request.user, public_id)
    if rfq is None:
        raise Http404
    form = CloseForm(request.POST)
    form.is_valid()
    try:
        services.rfq_close(
            rfq=rfq,
            buyer=request.user,
            reason=form.cleaned_data.get("reason", ""),
            converted=form.cleaned_data.get("converted", False),
            request=request,
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your request is closed. Suppliers can no longer unlock it."))
    return redirect("leads:rfq_detail", public_id=rfq.public_id)


@role_required("buyer")
def rfq_award(request, public_id):
    """Award the RFQ to one of the suppliers it reached, after a confirmation page (no script
    needed): the buttons on the RFQ page ask (GET), the confirmation page's form awards (POST
    with ``confirm``)."""
    rfq = selectors.rfq_for_buyer(request.user, public_id)
    if rfq is None:
        raise Http404
    raw = request.POST.get("company") or request.GET.get("company") or ""
    lead = (
        rfq.leads.select_related("company").filter(company_id=int(raw)).first()
        if raw.isdigit()
        else None
    )
    if lead is None:
        messages.error(request, _("Choose one of the suppliers this RFQ was shared with."))
        return redirect("leads:rfq_detail", public_id=rfq.public_id)
    company = lead.company
    if request.method != "POST" or not request.POST.get("confirm"):
        return render(request, "leads/rfq_award_confirm.html", {"rfq": rfq, "lead": lead})
    try:
        services.rfq_award(rfq=rfq, buyer=request.user, company=company, request=request)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _(
                "Marked as awarded to %(company)s. The supplier has been told, and so have the "
                "other suppliers who unlocked your contact details."
            )
            % {"company": company.name},
        )
    return redirect("leads:rfq_detail", public_id=rfq.public_id)


# --------------------------------------------------------------------------- sellers


@role_required("seller")
def inbox(request):
    from billing.entitlements import entitlement_check

    company = seller_company_or_404(request)
    counts = selectors.inbox_counts(company)
    categories, countries = selectors.inbox_filter_choices(company, counts)
    form = InboxFilterForm(request.GET or None, categories=categories, countries=countries)
    # the rendered filter form is cached: it depends on the choices and on what was asked
    asked = [(name, value) for name in form.fields for value in request.GET.getlist(name)]
    filters_key = f"{selectors.inbox_version(company, counts)}?{urlencode(asked)}"
    values = form.cleaned_data if form.is_valid() else {}
    filters = selectors.InboxFilters(
        status=values.get("status") or "",
        category_id=values.get("category"),
        country=values.get("country") or "",
        quantity_min=values.get("quantity_min"),
        quantity_max=values.get("quantity_max"),
        since=values.get("since"),
        until=values.get("until"),
        trust_min=values.get("trust_min"),
    )
    paginator = Paginator(selectors.InboxRows(company, filters, counts), 25)
    page = paginator.get_page(request.GET.get("page"))
    unlock = entitlement_check(company, "lead.unlock")
    context = {
        "form": form,
        "filters_key": filters_key,
        "page_obj": page,
        "category_names": dict(categories),
        "counts": counts,
        "status_tabs": _status_tabs(request, counts, filters.status),
        "balance": unlock.remaining or 0,  # the credit balance, unless the plan unlocks
        "unlock": unlock,
    }
    return render(request, "leads/inbox.html", context)


def _status_tabs(request, counts: dict[str, int], current: str) -> list[dict]:
    """The inbox's per-status counts as filter tabs ("All 12", "New 4"…), keeping the other
    filters of the page."""
    kept = [
        (k, v) for k in request.GET if k not in ("status", "page") for v in request.GET.getlist(k)
    ]
    tabs = [("", _("All"), sum(counts.values()))]
    tabs += [(value, label, counts.get(value, 0)) for value, label in Lead.Status.choices]
    return [
        {
            "label": label,
            "count": count,
            "current": value == current,
            "query": urlencode([*kept, ("status", value)] if value else kept),
        }
        for value, label, count in tabs
    ]


@role_required("seller")
def lead_detail(request, pk: int):
    from billing.entitlements import entitlement_check

    try:
        lead = services.lead_view(lead=pk, actor=request.user, request=request)
    except DomainError as error:
        if error.status == 404:
            raise Http404 from None
        messages.error(request, error.message)
        lead = get_object_or_404(Lead, pk=pk, company=seller_company_or_404(request))
    card = selectors.lead_card(lead)
    unlock = entitlement_check(lead.company, "lead.unlock")
    context = {
        "card": card,
        "balance": unlock.remaining or 0,  # the credit balance, unless the plan unlocks
        "unlock": unlock,
        "claim_form": ClaimForm(),
    }
    return render(request, "leads/lead_detail.html", context)


@role_required("seller")
@require_POST
def lead_unlock(request, pk: int):
    try:
        services.lead_unlock(lead=pk, actor=request.user, request=request)
    except DomainError as error:
        if error.status == 404:
            raise Http404 from None
        messages.error(request, error.message)
        for hint in error.fields.get("how_to_lift", []):
            messages.info(request, hint)
    else:
        messages.success(request, _("Unlocked. The buyer's contact details are below."))
    return redirect("leads:lead_detail", pk=pk)


@role_required("seller")
@require_POST
def lead_claim(request, pk: int):
    form = ClaimForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("leads:lead_detail", pk=pk)
    try:
        claim = services.claim_create(
            lead=pk,
            actor=request.user,
            reason=form.cleaned_data["reason"],
            evidence=form.cleaned_data["evidence"],
            uploads=form.cleaned_data.get("files") or [],
            request=request,
        )
    except DomainError as error:
        if error.status == 404:
            raise Http404 from None
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Thank you. Our team will review the report; an approved report refunds the credit.")
            if claim.lead.unlock_via == Lead.Via.CREDIT
            else _(
                "Thank you. Our team will review the report. Your plan unlocked this lead, so there is no credit to refund."
            ),
        )
    return redirect("leads:lead_detail", pk=pk)
