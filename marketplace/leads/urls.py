from django.urls import path

from . import views

app_name = "leads"

urlpatterns = [
    path("rfqs/new/", views.rfq_new, name="rfq_new"),
    path("dashboard/buyer/rfqs/", views.rfq_list, name="rfq_list"),
    path("dashboard/buyer/rfqs/<uuid:public_id>/", views.rfq_detail, name="rfq_detail"),
    path("dashboard/buyer/rfqs/<uuid:public_id>/close/", views.rfq_close, name="rfq_close"),
    path("dashboard/buyer/rfqs/<uuid:public_id>/award/", views.rfq_award, name="rfq_award"),
    path("dashboard/seller/leads/", views.inbox, name="inbox"),
    path("dashboard/seller/leads/<int:pk>/", views.lead_detail, name="lead_detail"),
    path("dashboard/seller/leads/<int:pk>/unlock/", views.lead_unlock, name="lead_unlock"),
    path("dashboard/seller/leads/<int:pk>/claim/", views.lead_claim, name="lead_claim"),
]
