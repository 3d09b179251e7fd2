"""Wagtail admin views of billing: staff refunds through the payment's provider."""

from __future__ import annotations

from django import forms
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tradesetu.decisions import decision_view, require_perm

from . import selectors, services
from .models import Payment


class RefundForm(forms.Form):
    amount = forms.DecimalField(
        label=gettext_lazy("Amount to refund"),
        max_digits=12,
        decimal_places=2,
        help_text=gettext_lazy("Tax included, in the payment's currency."),
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Recorded in the audit log and sent to the provider; PayPal shows it to the payer."
        ),
    )


def payment_refund(request, pk: int):
    """The refund form of one payment: the amount (the refundable rest by default) and a reason;
    the provider is asked, its webhook applies the refund."""
    require_perm(request, services.REFUND_PERMISSION)
    payment = get_object_or_404(Payment.objects.select_related("company", "plan"), pk=pk)
    refundable = selectors.payment_refundable(payment)
    form = RefundForm(request.POST or None, initial={"amount": refundable})
    return decision_view(
        request,
        form,
        lambda data: services.payment_refund_request(
            payment=payment,
            amount=data["amount"],
            staff=request.user,
            reason=data["reason"],
            request=request,
        ),
        template="billing/admin/payment_refund.html",
        context={
            "payment": payment,
            "refundable": refundable,
            "reserved": selectors.payment_refund_reserved(payment),
            "refund_requests": selectors.payment_refund_requests(payment),
        },
        done=reverse("billing_payment_refund", args=[payment.pk]),
        message=_(
            "Refund requested from %(provider)s; it is applied when the provider confirms it."
        )
        % {"provider": payment.get_provider_display()},
    )
