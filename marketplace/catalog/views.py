"""Seller product management and the public catalog pages (thin views)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from marketplace.accounts.forms import apply_domain_error
from marketplace.accounts.views import role_required
from marketplace.companies.shortcuts import seller_company_or_404
from marketplace.companies.validators import GST_STATE_CHOICES
from tradesetu.errors import DomainError
from tradesetu.pagecache import cache_public_page

from . import imports, selectors, seo, services
from .forms import ATTR_PREFIX, CategoryChoiceForm, ImportForm, ProductForm, ProductImageForm
from .models import Category, ImportJob, Product


def _own_product(request, pk: int) -> Product:
    return get_object_or_404(
        Product.objects.select_related("category", "company"),
        pk=pk,
        company=seller_company_or_404(request),
    )


# --------------------------------------------------------------------------- seller dashboard


@role_required("seller")
def product_list(request):
    from billing.entitlements import entitlement_check

    company = seller_company_or_404(request)
    status = request.GET.get("status", "")
    if status not in ("", *Product.Status.values):
        status = ""
    products = Paginator(selectors.seller_products(company, status=status), 50).get_page(
        request.GET.get("page")
    )
    context = {
        "company": company,
        "products": products,
        "status": status,
        "statuses": Product.Status.choices,
        "limit": entitlement_check(company, "product.create"),
    }
    return render(request, "catalog/seller/product_list.html", context)


@role_required("seller")
def product_create(request):
    company = seller_company_or_404(request)
    category_id = request.GET.get("category") or request.POST.get("category_id")
    if not category_id:
        choose = CategoryChoiceForm(request.GET or None)
        return render(request, "catalog/seller/choose_category.html", {"form": choose})
    category = get_object_or_404(Category, pk=category_id, is_active=True)
    if not category.is_leaf:
        raise Http404
    form = ProductForm(request.POST or None, category=category, company=company)
    if request.method == "POST" and form.is_valid():
        try:
            product = services.product_create(
                company=company,
                actor=request.user,
                data=form.to_service_data(),
                publish="publish" in request.POST,
                request=request,
            )
        except DomainError as error:
            apply_domain_error(
                form, error, {f"attributes.{a.key}": f"{ATTR_PREFIX}{a.key}" for a in form.schema}
            )
        else:
            messages.success(request, _("Product saved. Add photos so buyers can see it."))
            return redirect("catalog:seller_product_images", pk=product.pk)
    return render(
        request,
        "catalog/seller/product_form.html",
        {"form": form, "category": category, "product": None},
        status=400 if form.errors else 200,
    )


@role_required("seller")
def product_edit(request, pk: int):
    product = _own_product(request, pk)
    form = ProductForm(
        request.POST or None,
        category=product.category,
        company=product.company,
        initial=ProductForm.initial_from(product),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.product_update(
                product=product, actor=request.user, data=form.to_service_data(), request=request
            )
            if "publish" in request.POST:
                services.product_publish(product=product, actor=request.user, request=request)
        except DomainError as error:
            apply_domain_error(
                form, error, {f"attributes.{a.key}": f"{ATTR_PREFIX}{a.key}" for a in form.schema}
            )
        else:
            messages.success(request, _("Product saved."))
            return redirect("catalog:seller_products")
    return render(
        request,
        "catalog/seller/product_form.html",
        {"form": form, "category": product.category, "product": product},
        status=400 if form.errors else 200,
    )


@role_required("seller")
def product_images(request, pk: int):
    product = _own_product(request, pk)
    form = ProductImageForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.product_image_add(
                product=product,
                actor=request.user,
                upload=form.cleaned_data["image"],
                alt_text=form.cleaned_data["alt_text"],
                request=request,
            )
        except DomainError as error:
            apply_domain_error(form, error)
        else:
            messages.success(request, _("Photo added."))
            return redirect("catalog:seller_product_images", pk=product.pk)
    return render(
        request,
        "catalog/seller/product_images.html",
        {"form": form, "product": product, "images": product.images.select_related("image")},
        status=400 if form.errors else 200,
    )


ACTIONS = {
    "publish": services.product_publish,
    "unpublish": services.product_unpublish,
    "duplicate": services.product_duplicate,
    "delete": services.product_delete,
}


@role_required("seller")
@require_POST
def product_action(request, pk: int, action: str):
    product = _own_product(request, pk)
    if action not in ACTIONS:
        raise Http404
    try:
        result = ACTIONS[action](product=product, actor=request.user, request=request)
    except DomainError as error:
        messages.error(request, error.message)
        if error.fields.get("how_to_lift"):
            messages.info(request, error.fields["how_to_lift"][0])
    else:
        done = {
            "publish": _("Published."),
            "unpublish": _("Unpublished: buyers no longer see it."),
            "duplicate": _("Copied as a draft."),
            "delete": _("Deleted."),
        }
        messages.success(request, done[action])
        if action == "duplicate":
            return redirect("catalog:seller_product_edit", pk=result.pk)
    return redirect("catalog:seller_products")


@role_required("seller")
def import_view(request):
    company = seller_company_or_404(request)
    form = ImportForm(
        request.POST or None, request.FILES or None, initial=_chosen_category(request)
    )
    if request.method == "POST" and form.is_valid():
        try:
            job = imports.import_start(
                company=company,
                actor=request.user,
                upload=form.cleaned_data["file"],
                category=form.cleaned_data["category"],
                publish=form.cleaned_data["publish"],
                request=request,
            )
        except DomainError as error:
            apply_domain_error(form, error)
        else:
            return redirect("catalog:seller_import_detail", pk=job.pk)
    jobs = ImportJob.objects.filter(company=company).select_related("category")[:20]
    chosen = form["category"].value() if request.method == "POST" else request.GET.get("category")
    category = (
        Category.objects.filter(pk=chosen, is_active=True, children__isnull=True).first()
        if str(chosen or "").isdigit()
        else None
    )
    return render(
        request,
        "catalog/seller/import.html",
        {
            "form": form,
            "jobs": jobs,
            "max_rows": imports.MAX_ROWS,
            "separator": imports.LIST_SEPARATOR,
            "category": category,
        },
        status=400 if form.errors else 200,
    )


def _chosen_category(request) -> dict:
    """``?category=<id>`` (the no-JavaScript "show the template" button) preselects it."""
    value = request.GET.get("category", "")
    return {"category": value} if value.isdigit() else {}


@role_required("seller")
def import_detail(request, pk: int):
    job = get_object_or_404(
        ImportJob.objects.select_related("category"), pk=pk, company=seller_company_or_404(request)
    )
    template = (
        "catalog/seller/_import_status.html"
        if request.htmx
        else "catalog/seller/import_detail.html"
    )
    return render(request, template, {"job": job})


TEMPLATE_FORMATS = {
    "csv": (imports.template_csv, "text/csv; charset=utf-8", "{slug}.csv"),
    "xlsx": (
        imports.template_xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "{slug}.xlsx",
    ),
    "instructions.csv": (imports.guide_csv, "text/csv; charset=utf-8", "{slug}-instructions.csv"),
}


def _leaf_or_404(category_id) -> Category:
    category = get_object_or_404(
        Category.objects.select_related("parent__parent"), pk=category_id, is_active=True
    )
    if not category.is_leaf:
        raise Http404
    return category


@role_required("seller")
def import_template(request, category_id: int, file_format: str):
    category = _leaf_or_404(category_id)
    if file_format not in TEMPLATE_FORMATS:
        raise Http404
    build, content_type, filename = TEMPLATE_FORMATS[file_format]
    response = HttpResponse(build(category), content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="tradesetu-{filename.format(slug=category.slug)}"'
    )
    return response


@role_required("seller")
def import_guide(request, category_id: int):
    """The columns of a category's template, what each takes and its allowed values."""
    category = _leaf_or_404(category_id)
    return render(
        request,
        "catalog/seller/import_guide.html",
        {
            "category": category,
            "guide": imports.template_guide(category),
            "separator": imports.LIST_SEPARATOR,
            "max_rows": imports.MAX_ROWS,
        },
    )


# --------------------------------------------------------------------------- public pages


def _decimal(value: str) -> Decimal | None:
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return number if number.is_finite() and number >= 0 else None


@cache_public_page()
def category_index(request):
    return render(request, "catalog/category_index.html", {"tree": selectors.category_tree()})


@cache_public_page(query_keys=("page", "price_min", "price_max", "verified", "state", "a_*"))
def category_detail(request, slug: str):
    category = selectors.category_by_slug(slug)
    if category is None:
        raise Http404
    schema = [a for a in category.schema() if a.filterable and a.type in ("choice", "boolean")]
    attribute_filters = tuple(
        (a.key, request.GET[f"a_{a.key}"])
        for a in schema
        if request.GET.get(f"a_{a.key}")
        and (a.type == "boolean" or request.GET[f"a_{a.key}"] in a.choices)
    )
    price_min, price_max = (
        _decimal(request.GET.get("price_min", "")),
        _decimal(request.GET.get("price_max", "")),
    )
    if price_min is not None and price_max is not None and price_min > price_max:
        price_min, price_max = price_max, price_min
    state = request.GET.get("state", "")
    filters = selectors.ListingFilters(
        price_min=price_min,
        price_max=price_max,
        verified=request.GET.get("verified") == "1",
        state=state if state in dict(GST_STATE_CHOICES) else "",
        attributes=attribute_filters,
    )
    page = Paginator(selectors.category_products(category, filters), selectors.PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    featured_products, featured_companies = selectors.featured("category", category=category)
    breadcrumbs = [*category.ancestors(), category]
    context = {
        "category": category,
        "children": category.children.filter(is_active=True),
        "page_obj": page,
        "suppliers": selectors.category_suppliers(category),
        "schema": schema,
        "filters": filters,
        "selected": dict(attribute_filters),
        "states": GST_STATE_CHOICES,
        "featured_products": featured_products,
        "featured_companies": featured_companies,
        "breadcrumbs": breadcrumbs,
        "canonical_url": request.build_absolute_uri(
            reverse("catalog:category", kwargs={"slug": category.slug})
        ),
        "structured_data": [seo.breadcrumb_list(request, breadcrumbs)],
    }
    return render(request, "catalog/category_detail.html", context)


@cache_public_page(query_keys=())
def product_detail(request, slug: str):
    product = selectors.product_public(slug)
    if product is None:
        raise Http404
    breadcrumbs = [*product.category.ancestors(), product.category]
    schema = {a.key: a for a in product.category.schema()}
    specifications = [
        (schema[key].display_label, value, schema[key].display_unit)
        for key, value in product.attributes.items()
        if key in schema
    ]
    context = {
        "product": product,
        "company": product.company,
        "images": list(product.images.all()),
        "specifications": specifications,
        "breadcrumbs": breadcrumbs,
        "more_from_supplier": selectors.supplier_products(
            product.company, limit=6, exclude=product
        ),
        "canonical_url": request.build_absolute_uri(
            reverse("catalog:product", kwargs={"slug": product.slug})
        ),
        "structured_data": [
            seo.product_document(request, product),
            seo.breadcrumb_list(
                request,
                breadcrumbs,
                last=(product.title, reverse("catalog:product", kwargs={"slug": product.slug})),
            ),
        ],
    }
    return render(request, "catalog/product_detail.html", context)


@cache_public_page(query_keys=("page", "letter", "category", "state"))
def supplier_directory(request):
    letter = request.GET.get("letter", "").upper()[:3]
    if letter not in ("", "0-9") and not (len(letter) == 1 and letter.isalpha()):
        letter = ""
    category = (
        selectors.category_by_slug(request.GET.get("category", ""))
        if request.GET.get("category")
        else None
    )
    state = request.GET.get("state", "")
    state = state if state in dict(GST_STATE_CHOICES) else ""
    companies = selectors.supplier_directory(letter=letter, category=category, state=state)
    page = Paginator(companies, 48).get_page(request.GET.get("page"))
    page.object_list = selectors.with_product_counts(page.object_list)
    context = {
        "page_obj": page,
        "letters": [*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0-9"],
        "letter": letter,
        "category": category,
        "state": state,
        "states": GST_STATE_CHOICES,
        "tree": selectors.category_tree(),
        "canonical_url": request.build_absolute_uri(reverse("catalog:suppliers")),
    }
    return render(request, "catalog/supplier_directory.html", context)
