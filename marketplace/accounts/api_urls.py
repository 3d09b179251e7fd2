from django.urls import path

from . import api

urlpatterns = [
    path("auth/register", api.RegisterView.as_view(), name="api-auth-register"),
    path("auth/login", api.LoginView.as_view(), name="api-auth-login"),
    path("auth/refresh", api.RefreshView.as_view(), name="api-auth-refresh"),
    path("auth/logout", api.LogoutView.as_view(), name="api-auth-logout"),
    path("auth/me", api.MeView.as_view(), name="api-auth-me"),
    path("auth/sessions", api.SessionListView.as_view(), name="api-auth-sessions"),
    path(
        "auth/sessions/<uuid:session_id>",
        api.SessionRevokeView.as_view(),
        name="api-auth-session-revoke",
    ),
]
