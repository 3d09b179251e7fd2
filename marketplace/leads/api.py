"""RFQs and leads API (design §15): POST/GET /rfqs, GET /leads, POST /leads/:rfqId/unlock,
claims and outcomes. Locked leads come without any contact field."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django_countries.serializer_fields import CountryField
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from marketplace.catalog.models import Category, Currency, Incoterm
from marketplace.companies.models import CertificationType, Company
from marketplace.companies.selectors import company_for_user
from tradesetu.api import APIView, ListAPIView
from tradesetu.errors import NotFound, PermissionDenied

from . import selectors, services
from .models import RFQ, BadLeadClaim, Lead


class RFQInput(serializers.Serializer):
    title = serializers.CharField(max_length=150)
    category = serializers.PrimaryKeyRelatedField(
        queryset=Category.objects.filter(is_active=True), required=False, allow_null=True
    )
    specs = serializers.DictField(required=False)
    quantity = serializers.DecimalField(max_digits=14, decimal_places=2)
    unit = serializers.CharField(max_length=20)
    target_price = serializers.DecimalField(
        max_digits=14, decimal_places=2, required=False, allow_null=True
    )
    target_currency = serializers.ChoiceField(
        choices=Currency.choices, required=False, allow_blank=True
    )
    destination_country = CountryField()
    destination_port = serializers.CharField(max_length=80, required=False, allow_blank=True)
    incoterm = serializers.ChoiceField(choices=Incoterm.choices, required=False, allow_blank=True)
    required_certifications = serializers.SlugRelatedField(
        slug_field="code", queryset=CertificationType.objects.all(), many=True, required=False
    )
    samples_needed = serializers.BooleanField(required=False)
    needed_by = serializers.DateField(required=False, allow_null=True)
    notes = serializers.CharField(max_length=4000, required=False, allow_blank=True)
    max_sellers = serializers.IntegerField(min_value=1, max_value=10, required=False, default=5)
    attachments = serializers.ListField(child=serializers.FileField(), required=False, max_length=5)


class RFQOutput(serializers.Serializer):
    id = serializers.UUIDField(source="public_id")
    title = serializers.CharField()
    category = serializers.CharField(source="category.slug", allow_null=True, default=None)
    category_suggested = serializers.BooleanField()
    specs = serializers.DictField()
    quantity = serializers.DecimalField(max_digits=14, decimal_places=2)
    unit = serializers.CharField()
    target_price = serializers.DecimalField(max_digits=14, decimal_places=2, allow_null=True)
    target_currency = serializers.CharField()
    destination_country = CountryField()
    destination_port = serializers.CharField()
    incoterm = serializers.CharField()
    needed_by = serializers.DateField(allow_null=True)
    max_sellers = serializers.IntegerField()
    status = serializers.CharField()
    routing_status = serializers.CharField()
    trust_score = serializers.IntegerField()
    awarded_to = serializers.CharField(source="awarded_to.slug", allow_null=True, default=None)
    created_at = serializers.DateTimeField()


class RFQSellerOutput(serializers.Serializer):
    company_id = serializers.IntegerField()
    company_name = serializers.CharField(source="company.name")
    status = serializers.CharField()
    viewed_at = serializers.DateTimeField(allow_null=True)
    unlocked_at = serializers.DateTimeField(allow_null=True)


class RoutingOutput(serializers.Serializer):
    """How many suppliers the RFQ reached of how many the buyer asked for, the widest routing
    step used ("" before routing; ``category``, ``siblings``, ``parent`` or ``words``) and why,
    in the caller's language."""

    status = serializers.CharField()
    reached = serializers.IntegerField()
    asked = serializers.IntegerField()
    step = serializers.CharField()
    explanation = serializers.CharField()
    reason = serializers.CharField(
        help_text=_("Only the why; empty when there is nothing to explain.")
    )


class RFQDetailOutput(RFQOutput):
    sellers = serializers.SerializerMethodField()
    routing = serializers.SerializerMethodField()

    def _leads(self, rfq) -> list[Lead]:
        if getattr(self, "_leads_of", (None,))[0] != rfq.pk:
            self._leads_of = (rfq.pk, list(selectors.rfq_leads_for_buyer(rfq)))
        return self._leads_of[1]

    def get_sellers(self, rfq) -> list[dict]:
        return RFQSellerOutput(self._leads(rfq), many=True).data

    @extend_schema_field(RoutingOutput)
    def get_routing(self, rfq) -> dict:
        summary = selectors.rfq_routing_summary(rfq, reached=len(self._leads(rfq)))
        return RoutingOutput(summary).data


class LeadOutput(serializers.Serializer):
    """Contact fields are null unless the lead is unlocked for the caller's company."""

    id = serializers.IntegerField(source="lead.pk")
    rfq_id = serializers.UUIDField(source="rfq.public_id")
    title = serializers.CharField(source="rfq.title")
    category = serializers.CharField(source="rfq.category.slug", default=None)
    quantity = serializers.DecimalField(source="rfq.quantity", max_digits=14, decimal_places=2)
    unit = serializers.CharField(source="rfq.unit")
    destination_country = CountryField(source="rfq.destination_country")
    incoterm = serializers.CharField(source="rfq.incoterm")
    needed_by = serializers.DateField(source="rfq.needed_by", allow_null=True)
    specs = serializers.SerializerMethodField()
    notes = serializers.CharField()
    trust_score = serializers.IntegerField()
    buyer_country = serializers.CharField()
    status = serializers.CharField(source="lead.status")
    unlocked = serializers.BooleanField()
    unlocked_count = serializers.IntegerField()
    shared_count = serializers.IntegerField()
    expires_at = serializers.DateTimeField(source="lead.expires_at")
    buyer_name = serializers.CharField(allow_null=True)
    buyer_email = serializers.CharField(allow_null=True)
    buyer_phone = serializers.CharField(allow_null=True)
    buyer_company = serializers.CharField(
        source="buyer_company.name", allow_null=True, default=None
    )

    def get_specs(self, card) -> dict:
        return {label: value for label, value, _unit in card.specs}


class LeadListOutput(serializers.Serializer):
    """One lead of the inbox: a row of ``selectors.InboxRows`` (a dict of INBOX_ROW_FIELDS)."""

    id = serializers.IntegerField(source="pk")
    rfq_id = serializers.UUIDField(source="rfq__public_id")
    title = serializers.CharField(source="rfq__title")
    quantity = serializers.DecimalField(source="rfq__quantity", max_digits=14, decimal_places=2)
    unit = serializers.CharField(source="rfq__unit")
    destination_country = CountryField(source="rfq__destination_country")
    trust_score = serializers.IntegerField(source="rfq__trust_score")
    status = serializers.CharField()
    unlocked_count = serializers.IntegerField()
    shared_count = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField()


class InboxFilterInput(serializers.Serializer):
    status = serializers.ChoiceField(choices=Lead.Status.choices, required=False)
    category = serializers.IntegerField(required=False, min_value=1)
    country = CountryField(required=False)
    quantity_min = serializers.DecimalField(
        max_digits=14, decimal_places=2, required=False, min_value=0
    )
    quantity_max = serializers.DecimalField(
        max_digits=14, decimal_places=2, required=False, min_value=0
    )
    since = serializers.DateField(required=False)
    until = serializers.DateField(required=False)
    trust_min = serializers.IntegerField(required=False, min_value=0, max_value=100)


class ClaimInput(serializers.Serializer):
    reason = serializers.ChoiceField(choices=BadLeadClaim.Reason.choices)
    evidence = serializers.CharField(max_length=2000)


class ClaimOutput(serializers.Serializer):
    id = serializers.IntegerField()
    lead_id = serializers.IntegerField()
    reason = serializers.CharField()
    status = serializers.CharField()
    created_at = serializers.DateTimeField()


class AwardInput(serializers.Serializer):
    company = serializers.PrimaryKeyRelatedField(queryset=Company.objects.filter(kind="seller"))


class CloseInput(serializers.Serializer):
    reason = serializers.CharField(max_length=200, required=False, allow_blank=True)
    converted = serializers.BooleanField(required=False, default=False)


def _seller_company(request) -> Company:
    company = company_for_user(request.user, kind=Company.Kind.SELLER)
    if company is None:
        raise PermissionDenied(_("Only sellers have leads."))
    return company


class RFQListView(ListAPIView):
    permission_classes = [IsAuthenticated]
    serializer_class = RFQOutput
    parser_classes = [JSONParser, MultiPartParser]

    def get_queryset(self):
        return selectors.buyer_rfqs(self.request.user)

    @extend_schema(operation_id="rfqs_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(operation_id="rfqs_create", request=RFQInput, responses={201: RFQOutput})
    def post(self, request):
        data = RFQInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        attachments = values.pop("attachments", [])
        rfq = services.rfq_create(
            buyer=request.user, data=values, attachments=attachments, request=request
        )
        return Response(RFQOutput(rfq).data, status=status.HTTP_201_CREATED)


def _own_rfq(request, rfq_id) -> RFQ:
    rfq = selectors.rfq_for_buyer(request.user, rfq_id)
    if rfq is None:
        raise NotFound(_("No such RFQ."))
    return rfq


class RFQDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="rfqs_retrieve", responses={200: RFQDetailOutput})
    def get(self, request, rfq_id):
        return Response(RFQDetailOutput(_own_rfq(request, rfq_id)).data)


class RFQCloseView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="rfqs_close", request=CloseInput, responses={200: RFQOutput})
    def post(self, request, rfq_id):
        data = CloseInput(data=request.data)
        data.is_valid(raise_exception=True)
        rfq = services.rfq_close(
            rfq=_own_rfq(request, rfq_id),
            buyer=request.user,
            request=request,
            **data.validated_data,
        )
        return Response(RFQOutput(rfq).data)


class RFQAwardView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="rfqs_award", request=AwardInput, responses={200: RFQOutput})
    def post(self, request, rfq_id):
        data = AwardInput(data=request.data)
        data.is_valid(raise_exception=True)
        rfq = services.rfq_award(
            rfq=_own_rfq(request, rfq_id),
            buyer=request.user,
            company=data.validated_data["company"],
            request=request,
        )
        return Response(RFQOutput(rfq).data)


class LeadListView(ListAPIView):
    permission_classes = [IsAuthenticated]
    serializer_class = LeadListOutput

    @extend_schema(operation_id="leads_list", parameters=[InboxFilterInput])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        company = _seller_company(self.request)
        data = InboxFilterInput(data=self.request.query_params)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        filters = selectors.InboxFilters(
            status=values.get("status", ""),
            category_id=values.get("category"),
            country=values.get("country", ""),
            quantity_min=values.get("quantity_min"),
            quantity_max=values.get("quantity_max"),
            since=values.get("since"),
            until=values.get("until"),
            trust_min=values.get("trust_min"),
        )
        return selectors.InboxRows(company, filters)


class LeadDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="leads_retrieve", responses={200: LeadOutput})
    def get(self, request, pk: int):
        lead = services.lead_view(lead=pk, actor=request.user, request=request)
        return Response(LeadOutput(selectors.lead_card(lead)).data)


class LeadUnlockView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="leads_unlock",
        request=None,
        responses={200: LeadOutput},
        summary=_("Unlock your company's lead for this RFQ (by plan or one credit; idempotent)."),
    )
    def post(self, request, rfq_id):
        lead = services.lead_unlock_by_rfq(
            rfq_public_id=rfq_id, actor=request.user, request=request
        )
        return Response(LeadOutput(selectors.lead_card(lead)).data)


class LeadClaimView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="leads_claim", request=ClaimInput, responses={201: ClaimOutput})
    def post(self, request, pk: int):
        data = ClaimInput(data=request.data)
        data.is_valid(raise_exception=True)
        claim = services.claim_create(
            lead=pk, actor=request.user, request=request, **data.validated_data
        )
        return Response(ClaimOutput(claim).data, status=status.HTTP_201_CREATED)
