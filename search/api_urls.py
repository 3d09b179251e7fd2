from django.urls import path

from . import api

urlpatterns = [
    path("search/products", api.ProductSearchView.as_view(), name="api-search-products"),
    path("search/suppliers", api.SupplierSearchView.as_view(), name="api-search-suppliers"),
    path("search/autocomplete", api.AutocompleteView.as_view(), name="api-search-autocomplete"),
    path("compare", api.CompareView.as_view(), name="api-compare"),
]
