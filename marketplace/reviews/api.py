"""Reviews API: create (buyers), edit / delete (authors), public list and rating per company,
moderate (moderators), reply and report (the reviewed company's members). Errors come back in
the shared ``{"error": {"code", "message", "fields"}}`` shape."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from marketplace.companies.selectors import companies_public
from marketplace.leads.models import RFQ
from tradesetu.api import APIView, ListAPIView
from tradesetu.errors import NotFound

from . import selectors, services
from .models import RatingSummary, ReviewReply, ReviewReport

SCORE_HELP = _("Whole stars, 1 to 5.")


class ReviewInput(serializers.Serializer):
    company = serializers.IntegerField(help_text=_("The reviewed seller company's id."))
    rfq = serializers.UUIDField(
        help_text=_("Your RFQ that this company unlocked or won (its public id).")
    )
    rating = serializers.IntegerField(help_text=SCORE_HELP)
    communication = serializers.IntegerField(required=False, allow_null=True, help_text=SCORE_HELP)
    product_quality = serializers.IntegerField(
        required=False, allow_null=True, help_text=SCORE_HELP
    )
    delivery = serializers.IntegerField(required=False, allow_null=True, help_text=SCORE_HELP)
    title = serializers.CharField(max_length=500, help_text=_("Plain text, up to 120 characters."))
    text = serializers.CharField(
        max_length=10000, help_text=_("Plain text, 20 to 4,000 characters; HTML is refused.")
    )
    photos = serializers.ListField(
        child=serializers.ImageField(allow_empty_file=False, use_url=False),
        required=False,
        max_length=10,
        help_text=_("Up to 5 JPEG, PNG or WebP photos (multipart)."),
    )


class ReviewEditInput(serializers.Serializer):
    rating = serializers.IntegerField(required=False, help_text=SCORE_HELP)
    communication = serializers.IntegerField(required=False, allow_null=True, help_text=SCORE_HELP)
    product_quality = serializers.IntegerField(
        required=False, allow_null=True, help_text=SCORE_HELP
    )
    delivery = serializers.IntegerField(required=False, allow_null=True, help_text=SCORE_HELP)
    title = serializers.CharField(required=False, max_length=500)
    text = serializers.CharField(required=False, max_length=10000)
    photos = serializers.ListField(
        child=serializers.ImageField(allow_empty_file=False, use_url=False),
        required=False,
        max_length=10,
    )
    remove_photos = serializers.ListField(child=serializers.IntegerField(), required=False)


class InteractionOutput(serializers.Serializer):
    verified = serializers.BooleanField(default=True)
    category = serializers.SerializerMethodField()
    destination_country = serializers.CharField(source="rfq.destination_country.code")

    def get_category(self, review) -> str | None:
        return review.rfq.category.display_name if review.rfq.category_id else None


class ReplyOutput(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    status = serializers.CharField()
    created_at = serializers.DateTimeField()


class PublicReviewOutput(serializers.Serializer):
    id = serializers.IntegerField()
    company = serializers.IntegerField(source="company_id")
    rating = serializers.IntegerField()
    communication = serializers.IntegerField(allow_null=True)
    product_quality = serializers.IntegerField(allow_null=True)
    delivery = serializers.IntegerField(allow_null=True)
    title = serializers.CharField()
    text = serializers.CharField(help_text=_("Plain text: escape it when rendering HTML."))
    author = serializers.CharField(source="author_display")
    created_at = serializers.DateTimeField()
    interaction = serializers.SerializerMethodField()
    photos = serializers.SerializerMethodField()
    reply = serializers.SerializerMethodField()

    def get_interaction(self, review) -> dict:
        return InteractionOutput(review).data

    def get_photos(self, review) -> list[str]:
        request = self.context.get("request")
        urls = [
            reverse("reviews:photo", kwargs={"file_id": p.file_id})
            for p in review.photos.all()
            if p.file.is_clean
        ]
        return [request.build_absolute_uri(u) if request else u for u in urls]

    def get_reply(self, review) -> dict | None:
        reply = selectors.public_reply(review)
        return ReplyOutput(reply).data if reply else None


class ReviewOutput(PublicReviewOutput):
    """What the author and moderators see: the moderation state too."""

    status = serializers.CharField()
    hold_reasons = serializers.ListField(child=serializers.CharField())
    moderation_reason = serializers.CharField()
    editable_until = serializers.DateTimeField()

    def get_reply(self, review) -> dict | None:
        try:
            reply = review.reply
        except ReviewReply.DoesNotExist:
            return None
        return ReplyOutput(reply).data


class RatingOutput(serializers.Serializer):
    company = serializers.IntegerField(source="company_id")
    average = serializers.DecimalField(max_digits=3, decimal_places=2)
    count = serializers.IntegerField()
    communication = serializers.DecimalField(max_digits=3, decimal_places=2, allow_null=True)
    product_quality = serializers.DecimalField(max_digits=3, decimal_places=2, allow_null=True)
    delivery = serializers.DecimalField(max_digits=3, decimal_places=2, allow_null=True)


class DecisionInput(serializers.Serializer):
    decision = serializers.ChoiceField(choices=["approve", "reject"])
    reason = serializers.CharField(
        required=False, allow_blank=True, max_length=1000, help_text=_("Required to reject.")
    )


class ReportDecisionInput(serializers.Serializer):
    decision = serializers.ChoiceField(choices=["uphold", "dismiss"])
    reason = serializers.CharField(max_length=1000)


class ReplyInput(serializers.Serializer):
    text = serializers.CharField(max_length=5000)


class ReportInput(serializers.Serializer):
    reason = serializers.ChoiceField(choices=ReviewReport.Reason.choices)
    details = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class ReportOutput(serializers.Serializer):
    id = serializers.IntegerField()
    review = serializers.IntegerField(source="review_id")
    reason = serializers.CharField()
    status = serializers.CharField()
    created_at = serializers.DateTimeField()


def _company(company_id: int):
    company = companies_public().filter(pk=company_id).first()
    if company is None:
        raise NotFound(_("No such supplier."))
    return company


def _full(review_id: int):
    return selectors.review_detail(review_id)


class ReviewCreateView(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [JSONParser, MultiPartParser]

    @extend_schema(
        operation_id="reviews_create",
        request={"application/json": ReviewInput, "multipart/form-data": ReviewInput},
        responses={201: ReviewOutput},
        summary=_("Review a supplier that unlocked or won one of your RFQs (once per RFQ)."),
    )
    def post(self, request):
        data = ReviewInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        company = _company(values.pop("company"))
        rfq = RFQ.objects.filter(public_id=values.pop("rfq"), buyer=request.user).first()
        if rfq is None:
            raise NotFound(_("No such RFQ among yours."), code="rfq_not_found")
        photos = values.pop("photos", [])
        review = services.review_create(
            author=request.user,
            company=company,
            rfq=rfq,
            data=values,
            photos=photos,
            request=request,
        )
        return Response(
            ReviewOutput(_full(review.pk), context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )


class ReviewDetailView(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [JSONParser, MultiPartParser]

    @extend_schema(
        operation_id="reviews_update",
        request={"application/json": ReviewEditInput, "multipart/form-data": ReviewEditInput},
        responses={200: ReviewOutput},
        summary=_("Change your review within 48 hours of posting (it is moderated again)."),
    )
    def patch(self, request, pk: int):
        data = ReviewEditInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        photos = values.pop("photos", [])
        remove = values.pop("remove_photos", [])
        review = services.review_edit(
            review=pk,
            author=request.user,
            data=values,
            photos=photos,
            remove_photos=remove,
            request=request,
        )
        return Response(ReviewOutput(_full(review.pk), context={"request": request}).data)

    @extend_schema(
        operation_id="reviews_destroy",
        responses={204: None},
        summary=_("Delete a review (its author, or a moderator)."),
    )
    def delete(self, request, pk: int):
        services.review_delete(review=pk, actor=request.user, request=request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class CompanyReviewListView(ListAPIView):
    """Published reviews of a supplier, newest first (public)."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    serializer_class = PublicReviewOutput

    def get_queryset(self):
        return selectors.company_reviews_public(_company(self.kwargs["company_id"]))

    @extend_schema(operation_id="company_reviews_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class CompanyRatingView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="company_rating",
        responses={200: RatingOutput},
        summary=_("A supplier's average rating and review count (zero when unrated)."),
    )
    def get(self, request, company_id: int):
        company = _company(company_id)
        summary = selectors.rating_for(company) or RatingSummary(company=company)
        return Response(RatingOutput(summary).data)


class ReviewModerateView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="reviews_moderate",
        request=DecisionInput,
        responses={200: ReviewOutput},
        summary=_("Approve or reject a review (moderators; a rejection needs a reason)."),
    )
    def post(self, request, pk: int):
        data = DecisionInput(data=request.data)
        data.is_valid(raise_exception=True)
        review = services.review_moderate(
            review=pk,
            moderator=request.user,
            approve=data.validated_data["decision"] == "approve",
            reason=data.validated_data.get("reason", ""),
            request=request,
        )
        return Response(ReviewOutput(_full(review.pk), context={"request": request}).data)


class ReviewReplyView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="reviews_reply",
        request=ReplyInput,
        responses={201: ReplyOutput},
        summary=_("The reviewed company's one public reply (moderated before it shows)."),
    )
    def post(self, request, pk: int):
        data = ReplyInput(data=request.data)
        data.is_valid(raise_exception=True)
        reply = services.reply_create(
            review=pk, actor=request.user, text=data.validated_data["text"], request=request
        )
        return Response(ReplyOutput(reply).data, status=status.HTTP_201_CREATED)


class ReviewReportView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="reviews_report",
        request=ReportInput,
        responses={201: ReportOutput},
        summary=_("Report a review of your company to the moderators (once per review)."),
    )
    def post(self, request, pk: int):
        data = ReportInput(data=request.data)
        data.is_valid(raise_exception=True)
        report = services.report_create(
            review=pk, actor=request.user, request=request, **data.validated_data
        )
        return Response(ReportOutput(report).data, status=status.HTTP_201_CREATED)


class ReplyModerateView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="review_replies_moderate",
        request=DecisionInput,
        responses={200: ReplyOutput},
        summary=_("Approve or reject a seller's reply (moderators)."),
    )
    def post(self, request, pk: int):
        data = DecisionInput(data=request.data)
        data.is_valid(raise_exception=True)
        reply = services.reply_moderate(
            reply=pk,
            moderator=request.user,
            approve=data.validated_data["decision"] == "approve",
            reason=data.validated_data.get("reason", ""),
            request=request,
        )
        return Response(ReplyOutput(reply).data)


class ReportDecideView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="review_reports_decide",
        request=ReportDecisionInput,
        responses={
            200: inline_serializer(
                "ReviewReportDecision",
                {"id": serializers.IntegerField(), "status": serializers.CharField()},
            )
        },
        summary=_("Uphold (take the review down) or dismiss a supplier's report (moderators)."),
    )
    def post(self, request, pk: int):
        data = ReportDecisionInput(data=request.data)
        data.is_valid(raise_exception=True)
        report = services.report_decide(
            report=pk,
            moderator=request.user,
            uphold=data.validated_data["decision"] == "uphold",
            reason=data.validated_data["reason"],
            request=request,
        )
        return Response({"id": report.pk, "status": report.status})
