"""`/api/v1/`: plans, checkout, the current subscription, credits ledger, invoices, the payment
webhooks and plan management for super admins. Thin: parse, call a service or selector."""

from __future__ import annotations

from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from marketplace.companies.models import Company
from marketplace.companies.selectors import company_for_user
from tradesetu.api import APIView, Pagination
from tradesetu.errors import NotFound

from . import providers, selectors, services
from .models import Currency, PriorityRank, Provider, SupportLevel
from .pdf import invoice_pdf


def _seller_company(request) -> Company:
    company = company_for_user(request.user, kind=Company.Kind.SELLER)
    if company is None:
        raise NotFound(_("Your account has no seller company."), code="company_not_found")
    return company


# --------------------------------------------------------------------------- plans


class PriceOutput(serializers.Serializer):
    currency = serializers.CharField()
    amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    amount_with_gst = serializers.DecimalField(max_digits=12, decimal_places=2)


class PlanOutput(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    tagline = serializers.CharField()
    period_months = serializers.IntegerField()
    max_products = serializers.IntegerField(allow_null=True, help_text=_("null: unlimited"))
    lead_credits_per_month = serializers.IntegerField(
        allow_null=True, help_text=_("null: unlimited")
    )
    auto_unlock = serializers.BooleanField()
    priority_rank = serializers.IntegerField()
    support_level = serializers.CharField()
    badge = serializers.CharField()
    is_default = serializers.BooleanField()
    price = PriceOutput(allow_null=True, help_text=_("In the requested currency."))


def _plan_dict(offer) -> dict:
    plan = offer.plan
    return {
        "slug": plan.slug,
        "name": plan.name,
        "tagline": plan.tagline,
        "period_months": plan.period_months,
        "max_products": plan.max_products,
        "lead_credits_per_month": plan.lead_credits_per_month,
        "auto_unlock": plan.auto_unlock,
        "priority_rank": plan.priority_rank,
        "support_level": plan.support_level,
        "badge": plan.badge,
        "is_default": plan.is_default,
        "price": None
        if offer.price is None
        else {
            "currency": offer.currency,
            "amount": offer.price,
            "amount_with_gst": offer.price_with_gst,
        },
    }


class PlanListView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="plans_list",
        parameters=[OpenApiParameter("currency", str, enum=Currency.values)],
        responses={200: PlanOutput(many=True)},
        summary=_("Public membership plans with prices (before and including GST)."),
    )
    def get(self, request):
        currency = selectors.visitor_currency(request)
        offers = selectors.plan_list_public(currency=currency)
        return Response(PlanOutput([_plan_dict(o) for o in offers], many=True).data)


class PlanPriceInput(serializers.Serializer):
    currency = serializers.ChoiceField(choices=Currency.choices)
    amount = serializers.DecimalField(max_digits=12, decimal_places=2, min_value=0)


class PlanCreateInput(serializers.Serializer):
    name = serializers.CharField(max_length=60)
    slug = serializers.SlugField(max_length=60)
    tagline = serializers.CharField(max_length=160, required=False, allow_blank=True)
    period_months = serializers.IntegerField(min_value=1, max_value=36, default=1)
    max_products = serializers.IntegerField(min_value=0, allow_null=True, required=False)
    lead_credits_per_month = serializers.IntegerField(min_value=0, allow_null=True, required=False)
    auto_unlock = serializers.BooleanField(default=False)
    priority_rank = serializers.ChoiceField(choices=PriorityRank.values, default=PriorityRank.LOW)
    support_level = serializers.ChoiceField(
        choices=SupportLevel.values, default=SupportLevel.COMMUNITY
    )
    badge = serializers.CharField(max_length=40, required=False, allow_blank=True)
    is_default = serializers.BooleanField(default=False)
    is_public = serializers.BooleanField(default=True)
    is_active = serializers.BooleanField(default=True)
    sort_order = serializers.IntegerField(min_value=0, default=0)
    prices = PlanPriceInput(many=True)


class AdminPlanCreateView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="admin_plans_create",
        request=PlanCreateInput,
        responses={201: PlanOutput},
        summary=_("Create a membership plan (super admins)."),
    )
    def post(self, request):
        data = PlanCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        prices = values.pop("prices")
        plan = services.plan_create(actor=request.user, data=values, prices=prices, request=request)
        offer = next(
            (o for o in selectors.plan_list_public(currency="INR") if o.plan.pk == plan.pk), None
        )
        body = PlanOutput(_plan_dict(offer)).data if offer else {"slug": plan.slug}
        return Response(body, status=status.HTTP_201_CREATED)


# --------------------------------------------------------------------------- subscriptions


class CheckoutInput(serializers.Serializer):
    plan = serializers.CharField(max_length=60, help_text=_("The plan's slug."))
    provider = serializers.ChoiceField(choices=Provider.values)
    currency = serializers.ChoiceField(choices=Currency.choices)
    company = serializers.IntegerField(
        required=False, help_text=_("Your seller company's id (default: your company).")
    )
    idempotency_key = serializers.CharField(max_length=80, required=False, allow_blank=True)


class CheckoutOutput(serializers.Serializer):
    reference = serializers.UUIDField()
    status = serializers.CharField()
    provider = serializers.CharField()
    plan = serializers.CharField()
    currency = serializers.CharField()
    base_amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    tax_amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    provider_order_id = serializers.CharField()
    checkout_url = serializers.URLField()
    client = serializers.DictField(help_text=_("Options for the provider's browser checkout."))


def _payment_dict(payment) -> dict:
    return {
        "reference": payment.reference,
        "status": payment.status,
        "provider": payment.provider,
        "plan": payment.plan.slug,
        "currency": payment.currency,
        "base_amount": payment.base_amount,
        "tax_amount": payment.tax_amount,
        "amount": payment.amount,
        "provider_order_id": payment.provider_order_id,
        "checkout_url": payment.checkout_url,
        "client": payment.meta.get("client", {}),
    }


class CheckoutView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="subscriptions_checkout",
        request=CheckoutInput,
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                str,
                location=OpenApiParameter.HEADER,
                required=False,
                description=_("Repeat it to get the same pending payment back."),
            )
        ],
        responses={201: CheckoutOutput, 200: CheckoutOutput},
        summary=_("Start paying for a plan: a pending payment and the provider's checkout."),
    )
    def post(self, request):
        data = CheckoutInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        if "company" in values:
            company = Company.objects.filter(pk=values["company"]).first()
        else:
            company = _seller_company(request)
        key = request.headers.get("Idempotency-Key", "") or values.get("idempotency_key", "")
        existing_ids = set()
        if company is not None and key:
            existing_ids = set(
                company.payments.filter(idempotency_key=key).values_list("pk", flat=True)
            )
        payment = services.checkout_start(
            user=request.user,
            company=company,
            plan=values["plan"],
            provider=values["provider"],
            currency=values["currency"],
            idempotency_key=key,
            request=request,
        )
        code = status.HTTP_200_OK if payment.pk in existing_ids else status.HTTP_201_CREATED
        return Response(CheckoutOutput(_payment_dict(payment)).data, status=code)


class SubscriptionOutput(serializers.Serializer):
    plan = PlanOutput()
    status = serializers.CharField()
    starts_at = serializers.DateTimeField(allow_null=True)
    ends_at = serializers.DateTimeField(allow_null=True)
    upcoming_plan = serializers.CharField(allow_null=True)
    credit_balance = serializers.IntegerField()
    credits_expiring_soon = serializers.IntegerField()
    products_used = serializers.IntegerField()
    products_left = serializers.IntegerField(allow_null=True)


class SubscriptionMeView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="subscriptions_me", responses={200: SubscriptionOutput})
    def get(self, request):
        company = _seller_company(request)
        summary = selectors.billing_summary(company)
        subscription = summary.subscription
        offer = selectors.PlanOffer(
            plan=summary.plan, currency="INR", price=None, price_with_gst=None, symbol=""
        )
        return Response(
            SubscriptionOutput(
                {
                    "plan": _plan_dict(offer),
                    "status": subscription.status if subscription else "free",
                    "starts_at": subscription.starts_at if subscription else None,
                    "ends_at": subscription.ends_at if subscription else None,
                    "upcoming_plan": summary.upcoming.plan.slug if summary.upcoming else None,
                    "credit_balance": summary.balance,
                    "credits_expiring_soon": summary.expiring,
                    "products_used": summary.products_used,
                    "products_left": summary.products_left,
                }
            ).data
        )


# --------------------------------------------------------------------------- credits & invoices


class CreditEntryOutput(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    amount = serializers.IntegerField()
    expires_at = serializers.DateTimeField(allow_null=True)
    lot = serializers.IntegerField(allow_null=True, source="lot_id")
    reason = serializers.CharField()
    reference = serializers.CharField()
    created_at = serializers.DateTimeField()


class CreditLedgerView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="credits_ledger",
        responses={200: CreditEntryOutput(many=True)},
        summary=_(
            "The company's credit ledger, newest first (the balance is in /subscriptions/me)."
        ),
    )
    def get(self, request):
        company = _seller_company(request)
        paginator = Pagination()
        page = paginator.paginate_queryset(selectors.credit_ledger(company), request, view=self)
        return paginator.get_paginated_response(CreditEntryOutput(page, many=True).data)


class InvoiceOutput(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField()
    number = serializers.CharField()
    issued_at = serializers.DateTimeField()
    currency = serializers.CharField()
    taxable_amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    cgst_amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    sgst_amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    igst_amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    total = serializers.DecimalField(max_digits=12, decimal_places=2)
    original = serializers.CharField(source="original.number", allow_null=True, default=None)


class InvoiceListView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="invoices_list", responses={200: InvoiceOutput(many=True)})
    def get(self, request):
        company = _seller_company(request)
        paginator = Pagination()
        invoices = selectors.invoices_of(company).select_related("original")
        page = paginator.paginate_queryset(invoices, request, view=self)
        return paginator.get_paginated_response(InvoiceOutput(page, many=True).data)


class InvoicePdfView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="invoices_pdf",
        responses={(200, "application/pdf"): OpenApiTypes.BINARY},
    )
    def get(self, request, pk: int):
        invoice = selectors.invoice_for_company(_seller_company(request), pk)
        if invoice is None:
            raise NotFound(_("No such invoice."))
        response = HttpResponse(invoice_pdf(invoice), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{invoice.filename}"'
        return response


# --------------------------------------------------------------------------- webhooks


class PaymentWebhookView(APIView):
    """Provider callbacks. No session or token: the provider's signature on the raw body is the
    authentication. Answers quickly; the event is applied by a Celery task."""

    permission_classes = [AllowAny]
    authentication_classes: list = []

    @extend_schema(
        operation_id="webhooks_payments",
        request=OpenApiTypes.OBJECT,
        responses={
            200: inline_serializer(
                "WebhookAccepted",
                {"status": serializers.CharField(), "event": serializers.CharField()},
            ),
        },
        summary=_(
            "Payment provider webhooks (razorpay, stripe, paypal, local), signed by the provider. "
            "Also served at /webhooks/payments/{provider}."
        ),
    )
    def post(self, request, provider: str):
        body = request.body  # the raw bytes the signature covers; read before any parsing
        row, created = services.webhook_receive(
            provider=provider, body=body, headers=request.headers
        )
        return Response({"status": "accepted" if created else "duplicate", "event": row.event_id})


def providers_enabled() -> list[str]:
    return providers.enabled_names()
