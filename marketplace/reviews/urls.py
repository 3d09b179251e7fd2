from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("suppliers/<slug:slug>/review/", views.review_new, name="review_new"),
    path("dashboard/buyer/reviews/", views.buyer_list, name="buyer_list"),
    path("dashboard/buyer/reviews/<int:pk>/edit/", views.review_edit, name="review_edit"),
    path("dashboard/buyer/reviews/<int:pk>/delete/", views.review_delete, name="review_delete"),
    path("dashboard/seller/reviews/", views.seller_list, name="seller_list"),
    path("dashboard/seller/reviews/<int:pk>/reply/", views.reply, name="reply"),
    path("dashboard/seller/reviews/<int:pk>/report/", views.report, name="report"),
    path("reviews/photos/<uuid:file_id>/", views.photo, name="photo"),
]
