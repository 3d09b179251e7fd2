"""Companies API (design §15): companies, seller and buyer profiles, documents, staff actions."""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django_countries.serializer_fields import CountryField
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import AllowAny, BasePermission, IsAuthenticated
from rest_framework.response import Response

from marketplace.accounts.models import User
from marketplace.audit.models import AuditEvent
from marketplace.audit.selectors import audit_events
from tradesetu.api import APIView, ListAPIView
from tradesetu.errors import NotFound, PermissionDenied

from . import selectors, services
from .models import (
    BuyerProfile,
    CertificationType,
    Company,
    EmployeeRange,
    KycDocument,
    PaymentTerm,
    SellerProfile,
    SpendRange,
)
from .validators import GST_STATE_CHOICES


def _staff_with(perm: str) -> type[BasePermission]:
    class StaffPermission(BasePermission):
        message = _("Only TradeSetu staff can do this.")

        def has_permission(self, request, view):
            user = request.user
            return bool(user and user.is_authenticated and user.is_staff and user.has_perm(perm))

    StaffPermission.__name__ = f"Staff({perm})"
    return StaffPermission


# --------------------------------------------------------------------------- serializers


class EvidenceOutput(serializers.Serializer):
    doc_type = serializers.CharField()
    label = serializers.CharField()
    masked_number = serializers.CharField()
    verified_at = serializers.DateTimeField(allow_null=True)


class CompanyPublicOutput(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    kind = serializers.CharField()
    about = serializers.CharField()
    country = CountryField()
    state = serializers.CharField(source="state_name")
    city = serializers.CharField()
    website = serializers.URLField()
    year_founded = serializers.IntegerField(allow_null=True)
    employee_count = serializers.CharField()
    is_verified = serializers.BooleanField()
    verified_at = serializers.DateTimeField(allow_null=True)
    evidence = serializers.SerializerMethodField()

    def get_evidence(self, company) -> list[dict]:
        if not company.is_verified:
            return []
        return EvidenceOutput(selectors.verification_evidence(company), many=True).data


class CompanyPrivateOutput(CompanyPublicOutput):
    """What members and staff see: identifiers in full, contact details, block state."""

    legal_name = serializers.CharField()
    gst_state_code = serializers.CharField()
    address = serializers.CharField()
    postal_code = serializers.CharField()
    email = serializers.EmailField()
    phone = serializers.CharField()
    gstin = serializers.CharField()
    cin = serializers.CharField()
    pan = serializers.CharField()
    iec = serializers.CharField()
    is_blocked = serializers.BooleanField()
    submitted_for_review_at = serializers.DateTimeField(allow_null=True)


class CompanyInput(serializers.Serializer):
    name = serializers.CharField(max_length=200, required=False)
    legal_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    about = serializers.CharField(max_length=5000, required=False, allow_blank=True)
    country = CountryField(required=False)
    gst_state_code = serializers.ChoiceField(
        choices=GST_STATE_CHOICES, required=False, allow_blank=True
    )
    state = serializers.CharField(max_length=100, required=False, allow_blank=True)
    city = serializers.CharField(max_length=100, required=False, allow_blank=True)
    address = serializers.CharField(max_length=500, required=False, allow_blank=True)
    postal_code = serializers.CharField(max_length=20, required=False, allow_blank=True)
    website = serializers.URLField(required=False, allow_blank=True)
    email = serializers.EmailField(required=False, allow_blank=True)
    phone = serializers.CharField(max_length=32, required=False, allow_blank=True)
    gstin = serializers.CharField(max_length=20, required=False, allow_blank=True)
    cin = serializers.CharField(max_length=25, required=False, allow_blank=True)
    pan = serializers.CharField(max_length=12, required=False, allow_blank=True)
    iec = serializers.CharField(max_length=12, required=False, allow_blank=True)
    year_founded = serializers.IntegerField(
        required=False, allow_null=True, min_value=0, max_value=9999
    )
    employee_count = serializers.ChoiceField(
        choices=EmployeeRange.choices, required=False, allow_blank=True
    )


class SellerProfileOutput(serializers.Serializer):
    id = serializers.IntegerField()
    company_id = serializers.IntegerField()
    export_markets = serializers.SerializerMethodField()
    negative_countries = serializers.SerializerMethodField()
    logistics_partners = serializers.ListField(child=serializers.CharField())
    payment_terms = serializers.ListField(child=serializers.CharField())
    supply_capacity = serializers.CharField()

    def get_export_markets(self, profile) -> list[str]:
        return [c.code for c in profile.export_markets]

    def get_negative_countries(self, profile) -> list[str]:
        return [c.code for c in profile.negative_countries]


class SellerProfileInput(serializers.Serializer):
    export_markets = serializers.ListField(child=CountryField(), required=False, max_length=250)
    negative_countries = serializers.ListField(child=CountryField(), required=False, max_length=250)
    logistics_partners = serializers.ListField(
        child=serializers.CharField(max_length=100), required=False, max_length=20
    )
    payment_terms = serializers.ListField(
        child=serializers.ChoiceField(choices=PaymentTerm.choices), required=False
    )
    supply_capacity = serializers.CharField(max_length=120, required=False, allow_blank=True)


class BuyerProfileOutput(serializers.Serializer):
    id = serializers.IntegerField()
    user_id = serializers.IntegerField()
    company_id = serializers.IntegerField(allow_null=True)
    preferred_markets = serializers.SerializerMethodField()
    languages = serializers.ListField(child=serializers.CharField())
    annual_spend_range = serializers.CharField()

    def get_preferred_markets(self, profile) -> list[str]:
        return [c.code for c in profile.preferred_markets]


class BuyerProfileInput(serializers.Serializer):
    preferred_markets = serializers.ListField(child=CountryField(), required=False, max_length=250)
    languages = serializers.ListField(
        child=serializers.ChoiceField(choices=settings.LANGUAGES), required=False
    )
    annual_spend_range = serializers.ChoiceField(
        choices=SpendRange.choices, required=False, allow_blank=True
    )


class DocumentOutput(serializers.Serializer):
    id = serializers.IntegerField()
    doc_type = serializers.CharField()
    number = serializers.CharField()
    status = serializers.CharField()
    valid_until = serializers.DateField(allow_null=True)
    decision_reason = serializers.CharField()
    uploaded_at = serializers.DateTimeField()
    file_url = serializers.SerializerMethodField()

    def get_file_url(self, document) -> str:
        return f"/files/{document.file_id}/"


class DocumentInput(serializers.Serializer):
    doc_type = serializers.ChoiceField(choices=KycDocument.Type.choices)
    number = serializers.CharField(max_length=30, required=False, allow_blank=True)
    valid_until = serializers.DateField(required=False, allow_null=True)
    file = serializers.FileField()


class CertificationOutput(serializers.Serializer):
    id = serializers.IntegerField()
    cert_type = serializers.CharField(source="cert_type.code")
    number = serializers.CharField()
    issuer = serializers.CharField()
    valid_from = serializers.DateField()
    valid_to = serializers.DateField(allow_null=True)
    status = serializers.CharField()


class CertificationInput(serializers.Serializer):
    cert_type = serializers.SlugRelatedField(
        slug_field="code", queryset=CertificationType.objects.all()
    )
    number = serializers.CharField(max_length=60)
    issuer = serializers.CharField(max_length=200)
    valid_from = serializers.DateField()
    valid_to = serializers.DateField(required=False, allow_null=True)
    files = serializers.ListField(child=serializers.FileField(), min_length=1, max_length=5)


class VerificationOutput(serializers.Serializer):
    company_id = serializers.IntegerField()
    is_verified = serializers.BooleanField()
    missing = serializers.ListField(child=serializers.CharField())
    evidence = EvidenceOutput(many=True)


class ReasonInput(serializers.Serializer):
    reason = serializers.CharField(max_length=1000)


class OptionalReasonInput(serializers.Serializer):
    reason = serializers.CharField(max_length=1000, required=False, allow_blank=True)


class AuditOutput(serializers.ModelSerializer):
    actor_email = serializers.EmailField(source="actor.email", default=None)

    class Meta:
        model = AuditEvent
        fields = [
            "id",
            "at",
            "actor_id",
            "actor_email",
            "action",
            "entity_type",
            "entity_id",
            "diff",
            "ip",
            "user_agent",
        ]


# --------------------------------------------------------------------------- views


def _company_visible(user, company: Company) -> bool:
    if services.user_can(user, "view_company", company):
        return True
    return company.kind == Company.Kind.SELLER and not company.is_blocked


class CompanyDetailView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(operation_id="companies_retrieve", responses={200: CompanyPrivateOutput})
    def get(self, request, company_id: int):
        company = Company.objects.filter(pk=company_id).first()
        if company is None or not _company_visible(request.user, company):
            raise NotFound(_("No such company."))
        if services.user_can(request.user, "view_company", company):
            return Response(CompanyPrivateOutput(company).data)
        return Response(CompanyPublicOutput(company).data)

    @extend_schema(
        operation_id="companies_update", request=CompanyInput, responses={200: CompanyPrivateOutput}
    )
    def put(self, request, company_id: int):
        if not request.user.is_authenticated:
            raise PermissionDenied(_("Log in to edit a company."))
        company = Company.objects.filter(pk=company_id).first()
        if company is None or not _company_visible(request.user, company):
            raise NotFound(_("No such company."))
        data = CompanyInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        company = services.company_update(
            company=company, actor=request.user, data=data.validated_data, request=request
        )
        return Response(CompanyPrivateOutput(company).data)


class SellerProfileView(APIView):
    permission_classes = [AllowAny]

    def _profile(self, request, profile_id: int) -> SellerProfile:
        profile = SellerProfile.objects.select_related("company").filter(pk=profile_id).first()
        if profile is None or not _company_visible(request.user, profile.company):
            raise NotFound(_("No such seller profile."))
        return profile

    @extend_schema(operation_id="seller_profiles_retrieve", responses={200: SellerProfileOutput})
    def get(self, request, profile_id: int):
        return Response(SellerProfileOutput(self._profile(request, profile_id)).data)

    @extend_schema(
        operation_id="seller_profiles_update",
        request=SellerProfileInput,
        responses={200: SellerProfileOutput},
    )
    def put(self, request, profile_id: int):
        if not request.user.is_authenticated:
            raise PermissionDenied(_("Log in to edit a profile."))
        profile = self._profile(request, profile_id)
        data = SellerProfileInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        profile = services.seller_profile_update(
            profile=profile, actor=request.user, data=data.validated_data, request=request
        )
        return Response(SellerProfileOutput(profile).data)


class BuyerProfileView(APIView):
    permission_classes = [IsAuthenticated]

    def _profile(self, request, profile_id: int) -> BuyerProfile:
        profile = BuyerProfile.objects.filter(pk=profile_id).first()
        allowed = profile is not None and (
            profile.user_id == request.user.pk or request.user.has_perm("companies.review_kyc")
        )
        if not allowed:
            raise NotFound(_("No such buyer profile."))
        return profile

    @extend_schema(operation_id="buyer_profiles_retrieve", responses={200: BuyerProfileOutput})
    def get(self, request, profile_id: int):
        return Response(BuyerProfileOutput(self._profile(request, profile_id)).data)

    @extend_schema(
        operation_id="buyer_profiles_update",
        request=BuyerProfileInput,
        responses={200: BuyerProfileOutput},
    )
    def put(self, request, profile_id: int):
        profile = self._profile(request, profile_id)
        data = BuyerProfileInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        profile = services.buyer_profile_update(
            profile=profile, actor=request.user, data=data.validated_data, request=request
        )
        return Response(BuyerProfileOutput(profile).data)


class MyBuyerProfileView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="buyer_profiles_me", responses={200: BuyerProfileOutput})
    def get(self, request):
        if not request.user.is_buyer:
            raise NotFound(_("You do not have a buyer profile."))
        return Response(BuyerProfileOutput(services.buyer_profile_for(request.user)).data)


def _member_company(request, company_id: int, perm: str = "view_company") -> Company:
    company = Company.objects.filter(pk=company_id).first()
    if company is None or not services.user_can(request.user, perm, company):
        raise NotFound(_("No such company."))
    return company


class DocumentListView(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="company_documents_list", responses={200: DocumentOutput(many=True)}
    )
    def get(self, request, company_id: int):
        company = _member_company(request, company_id)
        return Response(DocumentOutput(company.kyc_documents.all(), many=True).data)

    @extend_schema(
        operation_id="company_documents_create",
        request=DocumentInput,
        responses={201: DocumentOutput},
    )
    def post(self, request, company_id: int):
        company = _member_company(request, company_id)
        data = DocumentInput(data=request.data)
        data.is_valid(raise_exception=True)
        document = services.kyc_document_submit(
            company=company,
            actor=request.user,
            doc_type=data.validated_data["doc_type"],
            number=data.validated_data.get("number", ""),
            valid_until=data.validated_data.get("valid_until"),
            upload=data.validated_data["file"],
            request=request,
        )
        return Response(DocumentOutput(document).data, status=status.HTTP_201_CREATED)


class CertificationListView(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="company_certifications_list", responses={200: CertificationOutput(many=True)}
    )
    def get(self, request, company_id: int):
        company = _member_company(request, company_id)
        return Response(
            CertificationOutput(company.certifications.select_related("cert_type"), many=True).data
        )

    @extend_schema(
        operation_id="company_certifications_create",
        request=CertificationInput,
        responses={201: CertificationOutput},
    )
    def post(self, request, company_id: int):
        company = _member_company(request, company_id)
        data = CertificationInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        certification = services.certification_submit(
            company=company,
            actor=request.user,
            cert_type=values["cert_type"],
            number=values["number"],
            issuer=values["issuer"],
            valid_from=values["valid_from"],
            valid_to=values.get("valid_to"),
            uploads=values["files"],
            request=request,
        )
        return Response(CertificationOutput(certification).data, status=status.HTTP_201_CREATED)


def _verification_payload(company: Company) -> dict:
    _verified, missing = services.verified_supplier_rule(company)
    return {
        "company_id": company.pk,
        "is_verified": company.is_verified,
        "missing": missing,
        "evidence": EvidenceOutput(selectors.verification_evidence(company), many=True).data,
    }


class SellerVerifyView(APIView):
    permission_classes = [_staff_with("companies.review_kyc")]

    @extend_schema(
        operation_id="seller_profiles_verify",
        request=None,
        responses={200: VerificationOutput},
        summary=_("Recompute the Verified Supplier badge from the approved evidence."),
    )
    def post(self, request, profile_id: int):
        profile = get_object_or_404(SellerProfile.objects.select_related("company"), pk=profile_id)
        company = services.company_verification_refresh(company=profile.company, actor=request.user)
        return Response(_verification_payload(company))


class SellerApproveView(APIView):
    permission_classes = [_staff_with("companies.review_kyc")]

    @extend_schema(
        operation_id="admin_sellers_approve",
        request=OptionalReasonInput,
        responses={200: VerificationOutput},
        summary=_("Approve every pending document and certification of a seller company."),
    )
    def post(self, request, company_id: int):
        company = get_object_or_404(Company, pk=company_id, kind=Company.Kind.SELLER)
        data = OptionalReasonInput(data=request.data)
        data.is_valid(raise_exception=True)
        company = services.seller_approve(
            company=company,
            reviewer=request.user,
            reason=data.validated_data.get("reason", ""),
            request=request,
        )
        return Response(_verification_payload(company))


class _BlockActionView(APIView):
    """Staff block or unblock a user or a company, with a reason (audited by the service)."""

    permission_classes = [_staff_with("companies.add_block")]
    model: type = Company
    target = "company"
    block_fn = staticmethod(services.company_block)

    @extend_schema(request=ReasonInput, responses={204: None})
    def post(self, request, **kwargs):
        instance = get_object_or_404(self.model, pk=kwargs[f"{self.target}_id"])
        data = ReasonInput(data=request.data)
        data.is_valid(raise_exception=True)
        self.block_fn(
            **{self.target: instance},
            reason=data.validated_data["reason"],
            actor=request.user,
            request=request,
        )
        return Response(status=status.HTTP_204_NO_CONTENT)


class UserBlockView(_BlockActionView):
    model, target, block_fn = User, "user", staticmethod(services.user_block)


class UserUnblockView(_BlockActionView):
    model, target, block_fn = User, "user", staticmethod(services.user_unblock)


class CompanyBlockView(_BlockActionView):
    block_fn = staticmethod(services.company_block)


class CompanyUnblockView(_BlockActionView):
    block_fn = staticmethod(services.company_unblock)


class AuditFilter(serializers.Serializer):
    action = serializers.CharField(required=False, max_length=80)
    entity_type = serializers.CharField(required=False, max_length=80)
    entity_id = serializers.CharField(required=False, max_length=64)
    actor = serializers.IntegerField(required=False, min_value=1)
    since = serializers.DateTimeField(required=False)
    until = serializers.DateTimeField(required=False)


class AuditListView(ListAPIView):
    permission_classes = [_staff_with("audit.view_auditevent")]
    serializer_class = AuditOutput

    @extend_schema(operation_id="admin_audits_list", parameters=[AuditFilter])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        data = AuditFilter(data=self.request.query_params)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        return audit_events(
            action=values.get("action", ""),
            entity_type=values.get("entity_type", ""),
            entity_id=values.get("entity_id", ""),
            actor_id=values.get("actor"),
            since=values.get("since"),
            until=values.get("until"),
        )
