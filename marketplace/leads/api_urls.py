from django.urls import path

from . import api

urlpatterns = [
    path("rfqs", api.RFQListView.as_view(), name="api-rfqs"),
    path("rfqs/<uuid:rfq_id>", api.RFQDetailView.as_view(), name="api-rfq"),
    path("rfqs/<uuid:rfq_id>/close", api.RFQCloseView.as_view(), name="api-rfq-close"),
    path("rfqs/<uuid:rfq_id>/award", api.RFQAwardView.as_view(), name="api-rfq-award"),
    path("leads", api.LeadListView.as_view(), name="api-leads"),
    path("leads/<int:pk>", api.LeadDetailView.as_view(), name="api-lead"),
    path("leads/<int:pk>/claim", api.LeadClaimView.as_view(), name="api-lead-claim"),
    path("leads/<uuid:rfq_id>/unlock", api.LeadUnlockView.as_view(), name="api-lead-unlock"),
]
