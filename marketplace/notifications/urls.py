from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("dashboard/notifications/", views.preferences, name="preferences"),
    path("notifications/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
