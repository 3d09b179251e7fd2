from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/signup/done/", views.signup_done, name="signup_done"),
    path("accounts/verify/resend/", views.verify_resend, name="verify_resend"),
    path("accounts/verify/<str:token>/", views.verify, name="verify"),
    path("accounts/login/", views.login_view, name="login"),
    path("accounts/logout/", views.logout_view, name="logout"),
    path("accounts/settings/", views.account_settings, name="settings"),
    path("accounts/2fa/verify/", views.twofactor_verify, name="2fa_verify"),
    path("accounts/2fa/setup/", views.twofactor_setup, name="2fa_setup"),
    path("accounts/2fa/disable/", views.twofactor_disable, name="2fa_disable"),
    path(
        "accounts/sessions/<uuid:session_id>/revoke/", views.session_revoke, name="session_revoke"
    ),
    path("accounts/password/change/", views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password/reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/password/reset/sent/",
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/complete/",
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/seller/", views.seller_dashboard, name="seller_dashboard"),
    path("dashboard/buyer/", views.buyer_dashboard, name="buyer_dashboard"),
]
