"""Catalog API (design §15): products, bulk import jobs and the category tree with schemas."""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from marketplace.companies.models import Certification, Company, PaymentTerm
from marketplace.companies.selectors import company_for_user
from tradesetu.api import APIView, ListAPIView
from tradesetu.errors import NotFound, PermissionDenied

from . import imports, selectors, services
from .models import Category, Currency, ImportJob, Incoterm, Product


class CategoryOutput(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField(source="display_name")
    parent_id = serializers.IntegerField(allow_null=True)
    depth = serializers.IntegerField()
    hs_code_from = serializers.CharField()
    hs_code_to = serializers.CharField()


class AttributeOutput(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    type = serializers.CharField()
    unit = serializers.CharField()
    required = serializers.BooleanField()
    choices = serializers.ListField(child=serializers.CharField())


class ProductOutput(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    url = serializers.SerializerMethodField()
    title = serializers.CharField()
    sku = serializers.CharField()
    status = serializers.CharField()
    description = serializers.CharField()
    category = CategoryOutput()
    attributes = serializers.DictField()
    price_min = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    price_max = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    currency = serializers.CharField()
    price_unit = serializers.CharField()
    moq = serializers.DecimalField(max_digits=14, decimal_places=2)
    moq_unit = serializers.CharField()
    hs_code = serializers.CharField()
    lead_time_days = serializers.IntegerField(allow_null=True)
    supply_capacity = serializers.CharField()
    payment_terms = serializers.ListField(child=serializers.CharField())
    incoterms = serializers.ListField(child=serializers.CharField())
    port_of_loading = serializers.CharField()
    samples_available = serializers.BooleanField()
    company_id = serializers.IntegerField()
    company_name = serializers.CharField(source="company.name")
    company_verified = serializers.BooleanField(source="company.is_verified")

    def get_url(self, product) -> str:
        return reverse("catalog:product", kwargs={"slug": product.slug})


class ProductInput(serializers.Serializer):
    title = serializers.CharField(max_length=150)
    sku = serializers.CharField(max_length=64, required=False, allow_blank=True)
    description = serializers.CharField(max_length=20000, required=False, allow_blank=True)
    category = serializers.PrimaryKeyRelatedField(queryset=Category.objects.filter(is_active=True))
    attributes = serializers.DictField(required=False)
    price_min = serializers.DecimalField(
        max_digits=14, decimal_places=2, required=False, allow_null=True
    )
    price_max = serializers.DecimalField(
        max_digits=14, decimal_places=2, required=False, allow_null=True
    )
    currency = serializers.ChoiceField(choices=Currency.choices)
    price_unit = serializers.CharField(max_length=20, required=False)
    moq = serializers.DecimalField(max_digits=14, decimal_places=2)
    moq_unit = serializers.CharField(max_length=20, required=False)
    hs_code = serializers.CharField(max_length=10, required=False, allow_blank=True)
    lead_time_days = serializers.IntegerField(
        required=False, allow_null=True, min_value=0, max_value=365
    )
    supply_capacity = serializers.CharField(max_length=120, required=False, allow_blank=True)
    payment_terms = serializers.ListField(
        child=serializers.ChoiceField(choices=PaymentTerm.choices), required=False
    )
    incoterms = serializers.ListField(
        child=serializers.ChoiceField(choices=Incoterm.choices), required=False
    )
    port_of_loading = serializers.CharField(max_length=80, required=False, allow_blank=True)
    samples_available = serializers.BooleanField(required=False)
    certifications = serializers.PrimaryKeyRelatedField(
        queryset=Certification.objects.all(), many=True, required=False
    )
    publish = serializers.BooleanField(required=False, default=False)


class ProductFilter(serializers.Serializer):
    query = serializers.CharField(required=False, max_length=200, allow_blank=True)
    category = serializers.SlugField(required=False)
    company = serializers.IntegerField(required=False, min_value=1)
    verified = serializers.BooleanField(required=False)
    price_min = serializers.DecimalField(
        max_digits=14, decimal_places=2, required=False, min_value=0
    )
    price_max = serializers.DecimalField(
        max_digits=14, decimal_places=2, required=False, min_value=0
    )
    mine = serializers.BooleanField(required=False, help_text=_("Your own products, any status."))

    def validate(self, data):
        if data.get("price_min") is not None and data.get("price_max") is not None:
            if data["price_min"] > data["price_max"]:
                raise serializers.ValidationError(
                    {"price_max": _("The upper price is below the lower price.")}
                )
        return data


def _seller_company(request) -> Company:
    company = company_for_user(request.user, kind=Company.Kind.SELLER)
    if company is None:
        raise PermissionDenied(_("Only sellers manage products."))
    return company


class ProductListView(ListAPIView):
    permission_classes = [AllowAny]
    serializer_class = ProductOutput
    parser_classes = [JSONParser]

    @extend_schema(operation_id="products_list", parameters=[ProductFilter])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        data = ProductFilter(data=self.request.query_params)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        if values.get("mine"):
            if not self.request.user.is_authenticated:
                raise PermissionDenied(_("Log in to see your products."))
            qs = selectors.seller_products(_seller_company(self.request)).select_related("company")
        else:
            qs = selectors.products_public()
        if values.get("query"):
            q = values["query"]
            qs = qs.filter(
                Q(title__icontains=q)
                | Q(company__name__icontains=q)
                | Q(category__name__icontains=q)
            )
        if values.get("category"):
            category = selectors.category_by_slug(values["category"])
            if category is None:
                raise serializers.ValidationError({"category": [_("Unknown category.")]})
            qs = qs.filter(category_id__in=category.descendant_ids())
        if values.get("company"):
            qs = qs.filter(company_id=values["company"])
        if values.get("verified"):
            qs = qs.filter(company__is_verified=True)
        if values.get("price_min") is not None:
            qs = qs.filter(price_max__gte=values["price_min"])
        if values.get("price_max") is not None:
            qs = qs.filter(price_min__lte=values["price_max"])
        return qs.order_by("-published_at", "-pk")

    @extend_schema(
        operation_id="products_create", request=ProductInput, responses={201: ProductOutput}
    )
    def post(self, request):
        if not request.user.is_authenticated:
            raise PermissionDenied(_("Log in as a seller to add products."))
        company = _seller_company(request)
        data = ProductInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        publish = values.pop("publish", False)
        product = services.product_create(
            company=company, actor=request.user, data=values, publish=publish, request=request
        )
        return Response(ProductOutput(product).data, status=status.HTTP_201_CREATED)


class ProductDetailView(APIView):
    permission_classes = [AllowAny]

    def _own(self, request, pk: int) -> Product:
        if not request.user.is_authenticated:
            raise PermissionDenied(_("Log in as a seller to change products."))
        company = company_for_user(request.user, kind=Company.Kind.SELLER)
        product = (
            Product.objects.filter(pk=pk, company=company)
            .select_related("company", "category")
            .first()
        )
        if product is None or company is None:
            raise NotFound(_("No such product."))
        return product

    @extend_schema(operation_id="products_retrieve", responses={200: ProductOutput})
    def get(self, request, pk: int):
        product = selectors.products_public().filter(pk=pk).first()
        if product is None and request.user.is_authenticated:
            product = Product.objects.filter(
                pk=pk, company=company_for_user(request.user, kind="seller")
            ).first()
        if product is None:
            raise NotFound(_("No such product."))
        return Response(ProductOutput(product).data)

    @extend_schema(
        operation_id="products_update", request=ProductInput, responses={200: ProductOutput}
    )
    def put(self, request, pk: int):
        product = self._own(request, pk)
        data = ProductInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        publish = values.pop("publish", None)
        product = services.product_update(
            product=product, actor=request.user, data=values, request=request
        )
        if publish:
            product = services.product_publish(product=product, actor=request.user, request=request)
        elif publish is False and "publish" in request.data:
            product = services.product_unpublish(
                product=product, actor=request.user, request=request
            )
        return Response(ProductOutput(product).data)

    @extend_schema(operation_id="products_destroy", responses={204: None})
    def delete(self, request, pk: int):
        services.product_delete(product=self._own(request, pk), actor=request.user, request=request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ImportInput(serializers.Serializer):
    category = serializers.PrimaryKeyRelatedField(queryset=Category.objects.filter(is_active=True))
    file = serializers.FileField()
    publish = serializers.BooleanField(required=False, default=False)


class ImportOutput(serializers.Serializer):
    job_id = serializers.IntegerField(source="pk")
    status = serializers.CharField()
    status_url = serializers.SerializerMethodField()
    total_rows = serializers.IntegerField()
    processed_rows = serializers.IntegerField()
    accepted_rows = serializers.IntegerField()
    rejected_rows = serializers.IntegerField()
    progress = serializers.IntegerField()
    created = serializers.IntegerField(source="created_count")
    updated = serializers.IntegerField(source="updated_count")
    rejected = serializers.ListField(child=serializers.DictField())
    error = serializers.CharField()

    def get_status_url(self, job) -> str:
        return reverse("api-product-import", kwargs={"pk": job.pk})


class BulkImportView(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="products_bulk_import", request=ImportInput, responses={202: ImportOutput}
    )
    def post(self, request):
        company = _seller_company(request)
        data = ImportInput(data=request.data)
        data.is_valid(raise_exception=True)
        job = imports.import_start(
            company=company,
            actor=request.user,
            upload=data.validated_data["file"],
            category=data.validated_data["category"],
            publish=data.validated_data["publish"],
            request=request,
        )
        return Response(ImportOutput(job).data, status=status.HTTP_202_ACCEPTED)


class ImportStatusView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="products_import_status", responses={200: ImportOutput})
    def get(self, request, pk: int):
        job = ImportJob.objects.filter(
            pk=pk, company=company_for_user(request.user, kind="seller")
        ).first()
        if job is None:
            raise NotFound(_("No such import."))
        return Response(ImportOutput(job).data)


class CategoryListView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(operation_id="categories_list", responses={200: CategoryOutput(many=True)})
    def get(self, request):
        categories = Category.objects.filter(is_active=True).order_by("depth", "sort_order", "name")
        return Response(CategoryOutput(categories, many=True).data)


class CategorySchemaView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(operation_id="categories_schema", responses={200: AttributeOutput(many=True)})
    def get(self, request, slug: str):
        category = selectors.category_by_slug(slug)
        if category is None:
            raise NotFound(_("No such category."))
        return Response(AttributeOutput(category.schema(), many=True).data)
