from django.urls import path

from . import views

app_name = "catalog"

urlpatterns = [
    path("dashboard/seller/products/", views.product_list, name="seller_products"),
    path("dashboard/seller/products/new/", views.product_create, name="seller_product_create"),
    path(
        "dashboard/seller/products/<int:pk>/edit/", views.product_edit, name="seller_product_edit"
    ),
    path(
        "dashboard/seller/products/<int:pk>/images/",
        views.product_images,
        name="seller_product_images",
    ),
    path(
        "dashboard/seller/products/<int:pk>/<str:action>/",
        views.product_action,
        name="seller_product_action",
    ),
    path("dashboard/seller/import/", views.import_view, name="seller_import"),
    path("dashboard/seller/import/<int:pk>/", views.import_detail, name="seller_import_detail"),
    path(
        "dashboard/seller/import/template/<int:category_id>.<str:file_format>",
        views.import_template,
        name="seller_import_template",
    ),
    path(
        "dashboard/seller/import/template/<int:category_id>/",
        views.import_guide,
        name="seller_import_guide",
    ),
    path("categories/", views.category_index, name="categories"),
    path("categories/<slug:slug>/", views.category_detail, name="category"),
    path("products/<slug:slug>/", views.product_detail, name="product"),
    path("suppliers/", views.supplier_directory, name="suppliers"),
]
