from django.urls import path

from . import api

urlpatterns = [
    path("companies/<int:company_id>", api.CompanyDetailView.as_view(), name="api-company"),
    path(
        "companies/<int:company_id>/documents",
        api.DocumentListView.as_view(),
        name="api-company-documents",
    ),
    path(
        "companies/<int:company_id>/certifications",
        api.CertificationListView.as_view(),
        name="api-company-certifications",
    ),
    path(
        "seller-profiles/<int:profile_id>",
        api.SellerProfileView.as_view(),
        name="api-seller-profile",
    ),
    path(
        "seller-profiles/<int:profile_id>/verify",
        api.SellerVerifyView.as_view(),
        name="api-seller-profile-verify",
    ),
    path("buyer-profiles/me", api.MyBuyerProfileView.as_view(), name="api-buyer-profile-me"),
    path(
        "buyer-profiles/<int:profile_id>", api.BuyerProfileView.as_view(), name="api-buyer-profile"
    ),
    path(
        "admin/sellers/<int:company_id>/approve",
        api.SellerApproveView.as_view(),
        name="api-admin-seller-approve",
    ),
    path(
        "admin/users/<int:user_id>/block", api.UserBlockView.as_view(), name="api-admin-user-block"
    ),
    path(
        "admin/users/<int:user_id>/unblock",
        api.UserUnblockView.as_view(),
        name="api-admin-user-unblock",
    ),
    path(
        "admin/companies/<int:company_id>/block",
        api.CompanyBlockView.as_view(),
        name="api-admin-company-block",
    ),
    path(
        "admin/companies/<int:company_id>/unblock",
        api.CompanyUnblockView.as_view(),
        name="api-admin-company-unblock",
    ),
    path("admin/audits", api.AuditListView.as_view(), name="api-admin-audits"),
]
