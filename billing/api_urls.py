from django.urls import path

from . import api

urlpatterns = [
    path("plans", api.PlanListView.as_view(), name="api-plans"),
    path("admin/plans", api.AdminPlanCreateView.as_view(), name="api-admin-plans"),
    path("subscriptions/checkout", api.CheckoutView.as_view(), name="api-checkout"),
    path("subscriptions/me", api.SubscriptionMeView.as_view(), name="api-subscription-me"),
    path("credits/ledger", api.CreditLedgerView.as_view(), name="api-credits-ledger"),
    path("invoices", api.InvoiceListView.as_view(), name="api-invoices"),
    path("invoices/<int:pk>/pdf", api.InvoicePdfView.as_view(), name="api-invoice-pdf"),
    path(
        "webhooks/payments/<str:provider>",
        api.PaymentWebhookView.as_view(),
        name="api-webhook-payments",
    ),
]
