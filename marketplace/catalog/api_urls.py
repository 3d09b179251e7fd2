from django.urls import path

from . import api

urlpatterns = [
    path("products", api.ProductListView.as_view(), name="api-products"),
    path("products/bulk-import", api.BulkImportView.as_view(), name="api-products-bulk-import"),
    path("products/imports/<int:pk>", api.ImportStatusView.as_view(), name="api-product-import"),
    path("products/<int:pk>", api.ProductDetailView.as_view(), name="api-product"),
    path("categories", api.CategoryListView.as_view(), name="api-categories"),
    path(
        "categories/<slug:slug>/schema",
        api.CategorySchemaView.as_view(),
        name="api-category-schema",
    ),
]
