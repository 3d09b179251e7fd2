from django.urls import path

from . import views

app_name = "billing"

urlpatterns = [
    path("dashboard/seller/plan/", views.plan, name="plan"),
    path("dashboard/seller/plan/checkout/", views.checkout, name="checkout"),
    path(
        "dashboard/seller/payments/<uuid:reference>/", views.payment_status, name="payment_status"
    ),
    path(
        "dashboard/seller/payments/<uuid:reference>/razorpay/",
        views.razorpay_checkout,
        name="razorpay_checkout",
    ),
    path("dashboard/seller/credits/", views.credits, name="credits"),
    path("dashboard/seller/invoices/", views.invoices, name="invoices"),
    path("dashboard/seller/invoices/<int:pk>/pdf/", views.invoice_download, name="invoice_pdf"),
    path("billing/test-checkout/<uuid:reference>/", views.local_checkout, name="local_checkout"),
]
