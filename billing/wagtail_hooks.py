"""Billing in the Wagtail admin: plans (with prices) for super admins; payments, subscriptions,
invoices, credits and webhook events to inspect; a form for staff credit adjustments; refunds of
payments for staff with the refund permission."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies.base import ModelPermissionPolicy

from marketplace.companies.models import Company
from tradesetu.errors import DomainError

from . import admin_views, services
from .models import CreditEntry, Invoice, Payment, Plan, Subscription, WebhookEvent


class SuperuserOnlyPolicy(ModelPermissionPolicy):
    """Plans are managed by super admins only, whatever group permissions say."""

    read_only = False

    def user_has_permission(self, user, action):
        if not (user.is_active and user.is_superuser):
            return False
        return not (self.read_only and action in ("add", "change", "delete", "copy"))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


class ReadOnlyPolicy(SuperuserOnlyPolicy):
    read_only = True


class PlanViewSet(ModelViewSet):
    model = Plan
    icon = "pick"
    menu_label = _("Plans")
    list_display = [
        "name",
        "slug",
        "max_products",
        "lead_credits_per_month",
        "is_default",
        "is_active",
    ]
    search_fields = ["name", "slug"]
    copy_view_enabled = False
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return SuperuserOnlyPolicy(self.model)


class ReadOnlyViewSet(ModelViewSet):
    copy_view_enabled = False
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return ReadOnlyPolicy(self.model)


class PaymentPolicy(ReadOnlyPolicy):
    """Payments: super admins, and staff who refund, may look at them."""

    def user_has_permission(self, user, action):
        if action == "view" and user.is_active and user.has_perm(services.REFUND_PERMISSION):
            return True
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        users = super().users_with_any_permission(actions)
        if "view" not in actions:
            return users
        refunders = get_user_model().objects.with_perm(services.REFUND_PERMISSION)
        return get_user_model().objects.filter(
            Q(pk__in=users.values("pk")) | Q(pk__in=refunders.values("pk"))
        )


def _refund_url(user, payment: Payment) -> str:
    if payment.status != Payment.Status.PAID or not user.has_perm(services.REFUND_PERMISSION):
        return ""
    return reverse("billing_payment_refund", args=[payment.pk])


class PaymentIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if url := _refund_url(self.request.user, instance):
            buttons.append(ListingMenuItem(_("Refund"), url=url, icon_name="undo", priority=40))
        return buttons


class PaymentInspectView(InspectView):
    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if url := _refund_url(self.request.user, self.object):
            buttons.append(Button(_("Refund"), url=url, icon_name="undo", priority=30))
        return buttons


class PaymentViewSet(ReadOnlyViewSet):
    model = Payment
    index_view_class = PaymentIndexView
    inspect_view_class = PaymentInspectView
    icon = "form"
    menu_label = _("Payments")
    list_display = [
        "reference",
        "company",
        "plan",
        "provider",
        "currency",
        "amount",
        "status",
        "created_at",
    ]
    list_filter = ["status", "provider", "currency"]
    search_fields = ["provider_order_id", "provider_payment_id"]
    form_fields = []

    @property
    def permission_policy(self):
        return PaymentPolicy(self.model)


class SubscriptionViewSet(ReadOnlyViewSet):
    model = Subscription
    icon = "date"
    menu_label = _("Subscriptions")
    list_display = ["company", "plan", "status", "starts_at", "ends_at"]
    list_filter = ["status", "plan"]
    form_fields = []


class InvoiceViewSet(ReadOnlyViewSet):
    model = Invoice
    icon = "doc-full"
    menu_label = _("Invoices")
    list_display = ["number", "kind", "recipient_name", "currency", "total", "issued_at"]
    list_filter = ["kind", "financial_year", "currency"]
    search_fields = ["number", "recipient_name", "recipient_gstin"]
    form_fields = []


class CreditEntryViewSet(ReadOnlyViewSet):
    model = CreditEntry
    icon = "list-ul"
    menu_label = _("Credit ledger")
    list_display = ["company", "kind", "amount", "expires_at", "reason", "created_at"]
    list_filter = ["kind"]
    form_fields = []


class WebhookEventViewSet(ReadOnlyViewSet):
    model = WebhookEvent
    icon = "warning"
    menu_label = _("Webhook events")
    list_display = ["provider", "event_type", "event_id", "status", "outcome", "received_at"]
    list_filter = ["provider", "status"]
    search_fields = ["event_id"]
    form_fields = []


class BillingGroup(ModelViewSetGroup):
    menu_label = _("Billing")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (
        PlanViewSet("billing_plans"),
        PaymentViewSet("billing_payments"),
        SubscriptionViewSet("billing_subscriptions"),
        InvoiceViewSet("billing_invoices"),
        CreditEntryViewSet("billing_credits"),
        WebhookEventViewSet("billing_webhook_events"),
    )


@hooks.register("register_admin_viewset")
def register_billing_viewsets():
    return BillingGroup()


class CreditAdjustForm(forms.Form):
    company = forms.ModelChoiceField(
        queryset=Company.objects.filter(kind=Company.Kind.SELLER), label=_("Seller company")
    )
    amount = forms.IntegerField(
        label=_("Credits"), help_text=_("Positive to add credits, negative to take them away.")
    )
    reason = forms.CharField(label=_("Reason"), max_length=300)


def credit_adjust_view(request):
    if not request.user.is_staff:
        raise PermissionDenied
    form = CreditAdjustForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.credits_adjust(
                company=form.cleaned_data["company"],
                amount=form.cleaned_data["amount"],
                reason=form.cleaned_data["reason"],
                actor=request.user,
                request=request,
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Credits adjusted."))
            return redirect("billing_credit_adjust")
    return render(request, "billing/admin/credit_adjust.html", {"form": form})


@hooks.register("register_admin_urls")
def register_credit_adjust_url():
    return [
        path("billing/credits/adjust/", credit_adjust_view, name="billing_credit_adjust"),
        path(
            "billing/payments/<int:pk>/refund/",
            admin_views.payment_refund,
            name="billing_payment_refund",
        ),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_admin_menu_item")
def register_credit_adjust_menu_item():
    return StaffMenuItem(
        _("Adjust credits"), reverse("billing_credit_adjust"), icon_name="plus", order=260
    )
