from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("search/", views.search_view, name="search"),
    path("search/suggest/", views.suggest, name="suggest"),
    path("compare/", views.compare_view, name="compare"),
]
