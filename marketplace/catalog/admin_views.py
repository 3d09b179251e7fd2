from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from marketplace.companies.forms import ReasonForm
from tradesetu.errors import DomainError

from . import services
from .models import Product


def product_suspend(request, pk: int):
    """Staff take a product off the site with a reason (audited)."""
    if not request.user.has_perm("catalog.change_product"):
        raise PermissionDenied
    product = get_object_or_404(Product.objects.select_related("company"), pk=pk)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.product_suspend(
                product=product,
                actor=request.user,
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The product is suspended."))
            return redirect("wagtailsnippets_catalog_product:list")
    return TemplateResponse(
        request,
        "companies/admin/block.html",
        {"target": product, "is_blocked": False, "form": form, "heading": _("Suspend")},
        status=400 if form.errors else 200,
    )
