from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from tradesetu.compiled import CompiledQuery

from .models import Certification, Company, CompanyMember, KycDocument, ReviewStatus


def company_for_user(user, *, kind: str | None = None) -> Company | None:
    """The company the user works for (the oldest membership), optionally of one kind."""
    if not getattr(user, "is_authenticated", False):
        return None
    if kind:
        return _COMPANY_OF_KIND_FOR_USER.first(user_id=user.pk, kind=kind)
    return _COMPANY_FOR_USER.first(user_id=user.pk)


def _company_for_user(user_id: int, kind: str = "") -> QuerySet[Company]:
    qs = Company.objects.filter(members__user_id=user_id)
    if kind:
        qs = qs.filter(kind=kind)
    return qs.order_by("members__joined_at")[:1]


# compiled once per process: every dashboard page asks
_COMPANY_FOR_USER = CompiledQuery(_company_for_user, user_id=-7_654_321)
_COMPANY_OF_KIND_FOR_USER = CompiledQuery(
    _company_for_user, user_id=-7_654_321, kind="kind-sentinel-7654321"
)


def company_managers(company: Company, *, or_everyone: bool = False) -> list:
    """The active owners and administrators of a company: who hears about its leads, reviews,
    billing and verification. ``or_everyone``: a company of staff members only gets them all."""
    members = list(company.members.select_related("user").filter(user__is_active=True))
    managers = [
        m.user for m in members if m.role in (CompanyMember.Role.OWNER, CompanyMember.Role.ADMIN)
    ]
    return managers or ([m.user for m in members] if or_everyone else [])


def companies_public() -> QuerySet[Company]:
    """Seller companies anyone may see: not blocked."""
    return Company.objects.filter(kind=Company.Kind.SELLER, is_blocked=False)


def company_public_by_slug(slug: str) -> Company | None:
    return (
        companies_public()
        .select_related("seller_profile")
        .prefetch_related(
            Prefetch(
                "certifications",
                queryset=Certification.objects.filter(status=ReviewStatus.APPROVED).select_related(
                    "cert_type"
                ),
                to_attr="approved_certifications",
            )
        )
        .filter(slug=slug)
        .first()
    )


def mask_identifier(value: str) -> str:
    """Show enough of a registration number to recognise it, not enough to copy it."""
    if len(value) <= 5:
        return "•" * len(value)
    keep_start = 2 if len(value) >= 10 else 1
    return value[:keep_start] + "•" * (len(value) - keep_start - 3) + value[-3:]


@dataclass(frozen=True)
class Evidence:
    doc_type: str
    label: str
    masked_number: str
    verified_at: datetime | None


def verification_evidence(company: Company) -> list[Evidence]:
    """Approved, unexpired KYC documents: what the public profile shows next to the badge."""
    today = timezone.localdate()
    documents = company.kyc_documents.filter(status=ReviewStatus.APPROVED).order_by("doc_type")
    return [
        Evidence(
            doc_type=doc.doc_type,
            label=doc.get_doc_type_display(),
            masked_number=mask_identifier(doc.number) if doc.number else "",
            verified_at=doc.reviewed_at,
        )
        for doc in documents
        if doc.valid_until is None or doc.valid_until >= today
    ]


@dataclass
class OnboardingStep:
    key: str
    title: str
    done: bool
    required: bool = True
    missing: list[str] = field(default_factory=list)


@dataclass
class OnboardingProgress:
    steps: list[OnboardingStep]
    submitted: bool

    @property
    def percent(self) -> int:
        required = [s for s in self.steps if s.required]
        return round(100 * sum(s.done for s in required) / max(1, len(required)))

    @property
    def complete(self) -> bool:
        return all(s.done for s in self.steps if s.required)


def onboarding_progress(company: Company) -> OnboardingProgress:
    """Seller onboarding: profile → documents → certifications → submit, naming what is missing."""
    from .services import required_document_types

    profile_missing = []
    labels = {
        "legal_name": _("legal name"),
        "gst_state_code": _("state"),
        "city": _("city"),
        "address": _("address"),
        "gstin": _("GSTIN"),
        "pan": _("PAN"),
        "iec": _("IEC"),
        "year_founded": _("year founded"),
        "about": _("a short description"),
    }
    for name, label in labels.items():
        if not getattr(company, name):
            profile_missing.append(_("Company profile: %(field)s") % {"field": label})
    type_labels = dict(KycDocument.Type.choices)
    uploaded = set(
        company.kyc_documents.filter(
            status__in=[ReviewStatus.PENDING, ReviewStatus.APPROVED]
        ).values_list("doc_type", flat=True)
    )
    documents_missing = [
        _("Document: %(document)s") % {"document": type_labels[doc_type]}
        for doc_type in required_document_types()
        if doc_type not in uploaded
    ]
    has_certificates = company.certifications.exclude(
        status__in=[ReviewStatus.REJECTED, ReviewStatus.EXPIRED, ReviewStatus.SUPERSEDED]
    ).exists()
    steps = [
        OnboardingStep(
            "profile", _("Company profile"), not profile_missing, missing=profile_missing
        ),
        OnboardingStep(
            "documents", _("KYC documents"), not documents_missing, missing=documents_missing
        ),
        OnboardingStep(
            "certifications",
            _("Certifications (optional)"),
            has_certificates,
            required=False,
        ),
    ]
    submitted = company.submitted_for_review_at is not None
    steps.append(
        OnboardingStep(
            "submit",
            _("Submit for review"),
            submitted,
            required=False,
            missing=[] if submitted else [_("Submit your profile for review.")],
        )
    )
    return OnboardingProgress(steps=steps, submitted=submitted)


def review_queue() -> tuple[QuerySet[KycDocument], QuerySet[Certification]]:
    documents = (
        KycDocument.objects.filter(status=ReviewStatus.PENDING)
        .select_related("company", "file", "uploaded_by")
        .order_by("uploaded_at")
    )
    certifications = (
        Certification.objects.filter(status=ReviewStatus.PENDING)
        .select_related("company", "cert_type", "uploaded_by")
        .prefetch_related("files")
        .order_by("uploaded_at")
    )
    return documents, certifications


def review_queue_size() -> int:
    documents, certifications = review_queue()
    return documents.count() + certifications.count()
