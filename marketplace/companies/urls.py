from django.urls import path

from . import views

app_name = "companies"

urlpatterns = [
    path("dashboard/seller/onboarding/", views.onboarding, name="onboarding"),
    path("dashboard/seller/company/", views.company_profile, name="profile"),
    path("dashboard/seller/documents/", views.documents, name="documents"),
    path("dashboard/seller/certifications/", views.certifications, name="certifications"),
    path("dashboard/seller/onboarding/submit/", views.submit_for_review, name="submit"),
    path("dashboard/seller/team/", views.team, name="team"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    path("suppliers/<slug:slug>/", views.supplier_detail, name="supplier"),
]
