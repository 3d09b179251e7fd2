"""Company use cases: members and permissions, profiles, KYC, certifications, review decisions,
the Verified Supplier rule, blocks and re-verification."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from guardian.shortcuts import assign_perm, remove_perm

from marketplace.accounts.models import User, UserSession, normalize_email
from marketplace.audit.services import audit_record
from marketplace.files.models import StoredFile
from marketplace.files.services import file_rescan, file_store, upload_check
from tradesetu import ratelimit
from tradesetu.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from tradesetu.mail import send_templated
from tradesetu.pagecache import page_cache_clear

from . import validators
from .models import (
    REVIEW_TRANSITIONS,
    Block,
    BuyerProfile,
    Certification,
    CertificationType,
    Company,
    CompanyInvitation,
    CompanyMember,
    KycDocument,
    ReviewStatus,
    SellerProfile,
    VerificationSettings,
)
from .selectors import company_managers
from .signals import company_created

logger = logging.getLogger(__name__)

ROLE_PERMISSIONS = {
    CompanyMember.Role.OWNER: ("view_company", "change_company", "manage_company"),
    CompanyMember.Role.ADMIN: ("view_company", "change_company", "manage_company"),
    CompanyMember.Role.STAFF: ("view_company",),
}
ALL_COMPANY_PERMISSIONS = ("view_company", "change_company", "manage_company")


# --------------------------------------------------------------------------- permissions


def user_can(user, perm: str, company: Company) -> bool:
    """Object permission on a company (django-guardian), or TradeSetu staff for viewing."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if perm == "view_company" and user.has_perm("companies.review_kyc"):
        return True
    return user.has_perm(f"companies.{perm}", company)


def require(user, perm: str, company: Company) -> None:
    if not user_can(user, perm, company):
        raise PermissionDenied(_("You are not allowed to do this for this company."))


def _grant_role(user: User, company: Company, role: str) -> None:
    for perm in ALL_COMPANY_PERMISSIONS:
        remove_perm(f"companies.{perm}", user, company)
    for perm in ROLE_PERMISSIONS[role]:
        assign_perm(f"companies.{perm}", user, company)


# --------------------------------------------------------------------------- companies & members


def _unique_slug(name: str) -> str:
    base = slugify(name)[:200] or "company"
    slug, n = base, 1
    while Company.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def company_create(*, owner: User, name: str, kind: str, country: str, **fields: Any) -> Company:
    """Create a company with ``owner`` as its first member (and a seller profile for sellers)."""
    company = Company.objects.create(
        name=name.strip(), slug=_unique_slug(name), kind=kind, country=country, **fields
    )
    CompanyMember.objects.create(company=company, user=owner, role=CompanyMember.Role.OWNER)
    _grant_role(owner, company, CompanyMember.Role.OWNER)
    if kind == Company.Kind.SELLER:
        SellerProfile.objects.get_or_create(company=company)
    audit_record(action="company.create", entity=company, actor=owner, diff={"kind": kind})
    company_created.send(sender=Company, company=company)
    return company


@transaction.atomic
def company_member_set(
    *, company: Company, user: User, role: str, actor: User | None, request=None
) -> CompanyMember:
    """Add a member or change a member's role; permissions follow the role."""
    if role not in CompanyMember.Role.values:
        raise ValidationFailed.field("role", _("Unknown role."))
    if actor is not None:
        require(actor, "manage_company", company)
    member, created = CompanyMember.objects.select_for_update().get_or_create(
        company=company, user=user, defaults={"role": role}
    )
    old_role = None if created else member.role
    if not created and member.role == CompanyMember.Role.OWNER and role != member.role:
        if not company.members.filter(role=CompanyMember.Role.OWNER).exclude(pk=member.pk).exists():
            raise ValidationFailed.field("role", _("A company keeps at least one owner."))
    member.role = role
    member.save(update_fields=["role"])
    _grant_role(user, company, role)
    if company.kind == Company.Kind.SELLER and not user.is_seller:
        User.objects.filter(pk=user.pk).update(is_seller=True)
    audit_record(
        action="company.member_set",
        entity=company,
        actor=actor,
        diff={"user_id": user.pk, "role": [old_role, role]},
        request=request,
    )
    return member


@transaction.atomic
def company_member_remove(*, company: Company, user: User, actor: User, request=None) -> None:
    require(actor, "manage_company", company)
    member = CompanyMember.objects.filter(company=company, user=user).first()
    if member is None:
        raise NotFound(_("This person is not a member of the company."))
    if (
        member.role == CompanyMember.Role.OWNER
        and company.members.filter(role=CompanyMember.Role.OWNER).count() == 1
    ):
        raise ValidationFailed.field("role", _("A company keeps at least one owner."))
    member.delete()
    for perm in ALL_COMPANY_PERMISSIONS:
        remove_perm(f"companies.{perm}", user, company)
    audit_record(
        action="company.member_remove",
        entity=company,
        actor=actor,
        diff={"user_id": user.pk},
        request=request,
    )


_INVITE_SALT = "companies.invitation"


@transaction.atomic
def company_invite(
    *, company: Company, email: str, role: str, actor: User, request=None
) -> CompanyInvitation:
    """Invite someone by e-mail; the link works once, for that address."""
    require(actor, "manage_company", company)
    email = normalize_email(email)
    try:
        from django.core.validators import validate_email

        validate_email(email)
    except DjangoValidationError:
        raise ValidationFailed.field("email", _("Enter a valid e-mail address.")) from None
    if role not in (CompanyMember.Role.ADMIN, CompanyMember.Role.STAFF):
        raise ValidationFailed.field("role", _("Invite people as administrators or staff."))
    if CompanyMember.objects.filter(company=company, user__email__iexact=email).exists():
        raise ValidationFailed.field("email", _("This person is already a member."))
    ratelimit.check("company_invite", str(company.pk), limit=30, window=86400)
    try:
        with transaction.atomic():
            invitation = CompanyInvitation.objects.create(
                company=company, email=email, role=role, invited_by=actor
            )
    except IntegrityError:
        raise Conflict(_("An invitation to this address is already open.")) from None
    token = signing.dumps({"i": invitation.pk}, salt=_INVITE_SALT)
    send_templated(
        to=email,
        template="company_invitation",
        context={
            "company": company,
            "inviter": actor,
            "link": settings.SITE_URL + reverse("companies:invitation", kwargs={"token": token}),
        },
        language=actor.language,
    )
    audit_record(
        action="company.invite",
        entity=company,
        actor=actor,
        diff={"invitation_id": invitation.pk, "role": role},
        request=request,
    )
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, user: User, request=None) -> CompanyMember:
    try:
        data = signing.loads(token, salt=_INVITE_SALT, max_age=14 * 86400)
    except signing.SignatureExpired:
        raise ValidationFailed(_("This invitation has expired."), code="token_expired") from None
    except signing.BadSignature:
        raise ValidationFailed(
            _("This invitation link is not valid."), code="token_invalid"
        ) from None
    invitation = (
        CompanyInvitation.objects.select_for_update()
        .select_related("company")
        .filter(pk=data["i"])
        .first()
    )
    if invitation is None or invitation.accepted_at or invitation.revoked_at:
        raise ValidationFailed(
            _("This invitation has already been used or withdrawn."), code="token_used"
        )
    if normalize_email(user.email) != invitation.email:
        raise PermissionDenied(
            _("This invitation was sent to another e-mail address. Log in with that address.")
        )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return company_member_set(
        company=invitation.company, user=user, role=invitation.role, actor=None, request=request
    )


# --------------------------------------------------------------------------- profiles

COMPANY_EDITABLE = (
    "name",
    "legal_name",
    "about",
    "country",
    "gst_state_code",
    "state",
    "city",
    "address",
    "postal_code",
    "website",
    "email",
    "phone",
    "gstin",
    "cin",
    "pan",
    "iec",
    "year_founded",
    "employee_count",
)


def _validate_identifiers(company: Company) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    checks = {
        "gstin": validators.validate_gstin,
        "pan": validators.validate_pan,
        "cin": validators.validate_cin,
        "iec": validators.validate_iec,
    }
    for field, check in checks.items():
        value = getattr(company, field)
        if value:
            try:
                setattr(company, field, check(value))
            except DjangoValidationError as exc:
                errors[field] = list(exc.messages)
    if company.year_founded is not None:
        try:
            validators.validate_year_founded(company.year_founded)
        except DjangoValidationError as exc:
            errors["year_founded"] = list(exc.messages)
    if company.gstin and "gstin" not in errors:
        if not company.is_indian:
            errors["gstin"] = [_("Only companies registered in India have a GSTIN.")]
        for field, message in validators.gstin_consistency_errors(
            gstin=company.gstin,
            pan=company.pan if "pan" not in errors else "",
            state_code=company.gst_state_code,
        ).items():
            errors.setdefault(field, []).append(message)
        clash = Company.objects.filter(gstin=company.gstin).exclude(pk=company.pk).exists()
        if clash:
            errors.setdefault("gstin", []).append(
                _("Another company on TradeSetu is registered with this GSTIN.")
            )
    if company.is_indian and company.gst_state_code:
        company.state = validators.GST_STATES[company.gst_state_code]
    if company.gst_state_code and not company.is_indian:
        errors["gst_state_code"] = [_("Indian states apply only to companies in India.")]
    return errors


@transaction.atomic
def company_update(*, company: Company, actor: User, data: dict[str, Any], request=None) -> Company:
    """Edit a company's profile; identifiers are checked for format, checksum and agreement."""
    require(actor, "change_company", company)
    company = Company.objects.select_for_update().get(pk=company.pk)
    unknown = set(data) - set(COMPANY_EDITABLE)
    if unknown:
        raise ValidationFailed(
            _("Unknown fields."), fields={f: [_("This field cannot be changed.")] for f in unknown}
        )
    before = {field: getattr(company, field) for field in data}
    for field, value in data.items():
        setattr(company, field, value if value is not None else getattr(company, field))
    if company.kind == Company.Kind.SELLER and company.country != "IN":
        raise ValidationFailed.field("country", _("Sellers are companies registered in India."))
    errors = _validate_identifiers(company)
    try:
        company.full_clean(exclude=["slug", "created_at"])
    except DjangoValidationError as exc:
        for field, messages in exc.message_dict.items():
            errors.setdefault(field, []).extend(messages)
    if errors:
        raise ValidationFailed(_("Please correct the errors below."), fields=errors)
    company.save()
    changed = {
        field: [str(before[field]), str(getattr(company, field))]
        for field in data
        if str(before[field]) != str(getattr(company, field))
    }
    if changed:
        audit_record(
            action="company.update", entity=company, actor=actor, diff=changed, request=request
        )
    return company


SELLER_PROFILE_EDITABLE = (
    "export_markets",
    "negative_countries",
    "logistics_partners",
    "payment_terms",
    "supply_capacity",
)


@transaction.atomic
def seller_profile_update(
    *, profile: SellerProfile, actor: User, data: dict[str, Any], request=None
) -> SellerProfile:
    require(actor, "change_company", profile.company)
    unknown = set(data) - set(SELLER_PROFILE_EDITABLE)
    if unknown:
        raise ValidationFailed(
            _("Unknown fields."), fields={f: [_("This field cannot be changed.")] for f in unknown}
        )
    for field, value in data.items():
        setattr(profile, field, value)
    profile.logistics_partners = [p.strip() for p in profile.logistics_partners if p.strip()][:20]
    errors: dict[str, list[str]] = {}
    overlap = {c.code for c in profile.export_markets} & {
        c.code for c in profile.negative_countries
    }
    if overlap:
        errors["negative_countries"] = [
            _("A country cannot be both an export market and a country you do not serve.")
        ]
    try:
        profile.full_clean(exclude=["company"])
    except DjangoValidationError as exc:
        errors.update({k: list(v) for k, v in exc.message_dict.items()})
    if errors:
        raise ValidationFailed(_("Please correct the errors below."), fields=errors)
    profile.save()
    audit_record(
        action="seller_profile.update",
        entity=profile.company,
        actor=actor,
        diff={"fields": sorted(data)},
        request=request,
    )
    return profile


BUYER_PROFILE_EDITABLE = ("preferred_markets", "languages", "annual_spend_range")


@transaction.atomic
def buyer_profile_update(
    *, profile: BuyerProfile, actor: User, data: dict[str, Any], request=None
) -> BuyerProfile:
    if actor.pk != profile.user_id and not actor.is_superuser:
        raise PermissionDenied(_("You can only edit your own buyer profile."))
    unknown = set(data) - set(BUYER_PROFILE_EDITABLE)
    if unknown:
        raise ValidationFailed(
            _("Unknown fields."), fields={f: [_("This field cannot be changed.")] for f in unknown}
        )
    for field, value in data.items():
        setattr(profile, field, value)
    try:
        profile.full_clean(exclude=["user", "company"])
    except DjangoValidationError as exc:
        raise ValidationFailed.from_django(exc) from None
    profile.save()
    return profile


def buyer_profile_for(user: User) -> BuyerProfile:
    from .selectors import company_for_user

    profile, _created = BuyerProfile.objects.get_or_create(
        user=user, defaults={"company": company_for_user(user, kind=Company.Kind.BUYER)}
    )
    return profile


# --------------------------------------------------------------------------- KYC & certifications

NUMBER_VALIDATORS = {
    KycDocument.Type.GST: validators.validate_gstin,
    KycDocument.Type.PAN: validators.validate_pan,
    KycDocument.Type.CIN: validators.validate_cin,
    KycDocument.Type.IEC: validators.validate_iec,
}
COMPANY_NUMBER_FIELD = {
    KycDocument.Type.GST: "gstin",
    KycDocument.Type.PAN: "pan",
    KycDocument.Type.CIN: "cin",
    KycDocument.Type.IEC: "iec",
}


def _kyc_number(company: Company, doc_type: str, number: str) -> str:
    """Check a document's number: format, checksum, and agreement with the company profile."""
    check = NUMBER_VALIDATORS.get(doc_type)
    if check is None:
        return ""
    if not number:
        raise ValidationFailed.field("number", _("Enter the number shown on the document."))
    try:
        number = check(number)
    except DjangoValidationError as exc:
        raise ValidationFailed.field("number", exc.messages[0]) from None
    if doc_type == KycDocument.Type.GST:
        errors = validators.gstin_consistency_errors(
            gstin=number, pan=company.pan, state_code=company.gst_state_code
        )
        if errors:
            raise ValidationFailed(
                _("The GSTIN does not agree with the company profile."),
                fields={"number": list(errors.values())},
            )
        if Company.objects.filter(gstin=number).exclude(pk=company.pk).exists():
            raise ValidationFailed.field(
                "number", _("Another company on TradeSetu is registered with this GSTIN.")
            )
    if doc_type == KycDocument.Type.PAN and company.gstin and company.gstin[2:12] != number:
        raise ValidationFailed.field(
            "number", _("This PAN does not match the PAN inside the company's GSTIN.")
        )
    profile_value = getattr(company, COMPANY_NUMBER_FIELD[doc_type])
    if profile_value and profile_value != number:
        raise ValidationFailed.field(
            "number",
            _("This number differs from the one in your company profile (%(value)s).")
            % {"value": profile_value},
        )
    return number


def kyc_document_submit(
    *,
    company: Company,
    actor: User,
    doc_type: str,
    upload: UploadedFile,
    number: str = "",
    valid_until: date | None = None,
    request=None,
) -> KycDocument:
    """Upload a KYC document for review. The file is checked and virus-scanned first; a newer
    upload replaces a pending one of the same type."""
    require(actor, "manage_company", company)
    if company.kind != Company.Kind.SELLER:
        raise ValidationFailed.field("doc_type", _("Only seller companies submit KYC documents."))
    if doc_type not in KycDocument.Type.values:
        raise ValidationFailed.field("doc_type", _("Unknown document type."))
    number = _kyc_number(company, doc_type, (number or "").strip())
    if valid_until is not None and valid_until <= timezone.localdate():
        raise ValidationFailed.field("valid_until", _("This document has already expired."))
    ratelimit.check("kyc_upload", str(company.pk), limit=50, window=86400)
    checked = upload_check(
        upload=upload, usage=StoredFile.Usage.KYC, uploaded_by=actor, request=request
    )
    with transaction.atomic():
        Company.objects.select_for_update().get(pk=company.pk)
        for old in KycDocument.objects.filter(
            company=company, doc_type=doc_type, status=ReviewStatus.PENDING
        ):
            _transition(old, ReviewStatus.SUPERSEDED)
            old.save(update_fields=["status"])
        stored = file_store(checked=checked, usage=StoredFile.Usage.KYC, uploaded_by=actor)
        document = KycDocument.objects.create(
            company=company,
            doc_type=doc_type,
            number=number,
            file=stored,
            valid_until=valid_until,
            uploaded_by=actor,
        )
        field = COMPANY_NUMBER_FIELD.get(doc_type)
        if field and not getattr(company, field):
            Company.objects.filter(pk=company.pk).update(**{field: number})
        audit_record(
            action="kyc.submit",
            entity=document,
            actor=actor,
            diff={"company_id": company.pk, "doc_type": doc_type, "file": str(stored.pk)},
            request=request,
        )
    return document


def certification_submit(
    *,
    company: Company,
    actor: User,
    cert_type: CertificationType,
    number: str,
    issuer: str,
    valid_from: date,
    valid_to: date | None,
    uploads: list[UploadedFile],
    request=None,
) -> Certification:
    require(actor, "manage_company", company)
    errors: dict[str, list[str]] = {}
    if not number.strip():
        errors["number"] = [_("Enter the certificate number.")]
    if not issuer.strip():
        errors["issuer"] = [_("Enter who issued the certificate.")]
    if valid_to is not None and valid_to < valid_from:
        errors["valid_to"] = [_("The end date is before the start date.")]
    elif valid_to is not None and valid_to <= timezone.localdate():
        errors["valid_to"] = [_("This certificate has already expired.")]
    if valid_from > timezone.localdate():
        errors["valid_from"] = [_("The certificate is not valid yet.")]
    if not uploads:
        errors["files"] = [_("Attach the certificate (PDF or image).")]
    if len(uploads) > 5:
        errors["files"] = [_("Attach at most 5 files.")]
    if errors:
        raise ValidationFailed(_("Please correct the errors below."), fields=errors)
    checked = [
        upload_check(
            upload=upload,
            usage=StoredFile.Usage.CERTIFICATION,
            uploaded_by=actor,
            request=request,
        )
        for upload in uploads
    ]
    with transaction.atomic():
        certification = Certification.objects.create(
            company=company,
            cert_type=cert_type,
            number=number.strip()[:60],
            issuer=issuer.strip()[:200],
            valid_from=valid_from,
            valid_to=valid_to,
            uploaded_by=actor,
        )
        certification.files.set(
            [
                file_store(checked=c, usage=StoredFile.Usage.CERTIFICATION, uploaded_by=actor)
                for c in checked
            ]
        )
        audit_record(
            action="certification.submit",
            entity=certification,
            actor=actor,
            diff={"company_id": company.pk, "type": cert_type.code},
            request=request,
        )
    return certification


def _transition(record: KycDocument | Certification, status: str) -> None:
    if status not in REVIEW_TRANSITIONS[record.status]:
        raise Conflict(
            _("This cannot change from “%(old)s” to “%(new)s”.")
            % {"old": record.get_status_display(), "new": ReviewStatus(status).label},
            code="invalid_transition",
        )
    record.status = status


def _review(
    record: KycDocument | Certification,
    *,
    reviewer: User,
    approve: bool,
    reason: str,
    request=None,
) -> None:
    if not reviewer.has_perm("companies.review_kyc"):
        raise PermissionDenied(_("Only reviewers can decide on documents."))
    reason = (reason or "").strip()
    if not approve and not reason:
        raise ValidationFailed.field("reason", _("Tell the seller why it was rejected."))
    if any(f.is_quarantined for f in _files_of(record)):
        raise Conflict(
            _("The file has not been scanned for viruses yet; it cannot be reviewed."),
            code="file_quarantined",
        )
    if approve and any(f.is_infected for f in _files_of(record)):
        raise Conflict(
            _("The file contained malware and was deleted; it can only be rejected."),
            code="file_infected",
        )
    new_status = ReviewStatus.APPROVED if approve else ReviewStatus.REJECTED
    _transition(record, new_status)
    if approve and isinstance(record, KycDocument):
        for older in KycDocument.objects.select_for_update().filter(
            company=record.company, doc_type=record.doc_type, status=ReviewStatus.APPROVED
        ):
            _transition(older, ReviewStatus.SUPERSEDED)
            older.save(update_fields=["status"])
    record.reviewed_by = reviewer
    record.reviewed_at = timezone.now()
    record.decision_reason = reason
    record.save(update_fields=["status", "reviewed_by", "reviewed_at", "decision_reason"])
    kind = "kyc" if isinstance(record, KycDocument) else "certification"
    audit_record(
        action=f"{kind}.{'approve' if approve else 'reject'}",
        entity=record,
        actor=reviewer,
        diff={"company_id": record.company_id, "reason": reason},
        request=request,
    )
    company_verification_refresh(company=record.company, actor=reviewer)
    _notify_members(
        record.company,
        template="verification_decision",
        context={"record": record, "approved": approve, "reason": reason},
    )


def _files_of(record: KycDocument | Certification) -> list[StoredFile]:
    if isinstance(record, KycDocument):
        return [record.file]
    return list(record.files.all())


@transaction.atomic
def kyc_document_review(
    *, document: KycDocument, reviewer: User, approve: bool, reason: str = "", request=None
) -> KycDocument:
    document = (
        KycDocument.objects.select_for_update()
        .select_related("company", "file")
        .get(pk=document.pk)
    )
    _review(document, reviewer=reviewer, approve=approve, reason=reason, request=request)
    return document


@transaction.atomic
def certification_review(
    *, certification: Certification, reviewer: User, approve: bool, reason: str = "", request=None
) -> Certification:
    certification = (
        Certification.objects.select_for_update().select_related("company").get(pk=certification.pk)
    )
    _review(certification, reviewer=reviewer, approve=approve, reason=reason, request=request)
    return certification


def evidence_file_rescan(
    *, record: KycDocument | Certification, file_id, reviewer: User, request=None
) -> StoredFile:
    """Staff "Scan again" on one file of a KYC document or certification (for uploads stored
    while no scanner answered); ``files.services.file_rescan`` scans and audits."""
    if not reviewer.has_perm("companies.review_kyc"):
        raise PermissionDenied(_("Only reviewers can decide on documents."))
    stored = next((f for f in _files_of(record) if str(f.pk) == str(file_id)), None)
    if stored is None:
        raise NotFound(_("This file does not belong to the document."))
    return file_rescan(stored=stored, actor=reviewer, request=request)


@transaction.atomic
def seller_approve(*, company: Company, reviewer: User, reason: str = "", request=None) -> Company:
    """Approve every pending document and certification of a seller in one decision."""
    for document in company.kyc_documents.filter(status=ReviewStatus.PENDING):
        kyc_document_review(
            document=document, reviewer=reviewer, approve=True, reason=reason, request=request
        )
    for certification in company.certifications.filter(status=ReviewStatus.PENDING):
        certification_review(
            certification=certification,
            reviewer=reviewer,
            approve=True,
            reason=reason,
            request=request,
        )
    company.refresh_from_db()
    return company


def company_submit_for_review(*, company: Company, actor: User, request=None) -> Company:
    """The seller says onboarding is complete; refuses with what is still missing."""
    from .selectors import onboarding_progress

    require(actor, "manage_company", company)
    progress = onboarding_progress(company)
    missing = [item for step in progress.steps for item in step.missing if step.required]
    if missing:
        raise ValidationFailed(
            _("Some steps are not complete yet."), fields={"non_field_errors": missing}
        )
    with transaction.atomic():
        Company.objects.filter(pk=company.pk).update(submitted_for_review_at=timezone.now())
        audit_record(
            action="company.submit_for_review", entity=company, actor=actor, request=request
        )
    company.refresh_from_db()
    return company


# --------------------------------------------------------------------------- the badge rule


def required_document_types() -> list[str]:
    return VerificationSettings.load().required_types()


def verified_supplier_rule(company: Company) -> tuple[bool, list[str]]:
    """THE rule for "Verified Supplier": a seller company, every required KYC document approved
    and unexpired, and no active block. Returns (verified, missing document types)."""
    today = timezone.localdate()
    approved = {
        doc.doc_type
        for doc in company.kyc_documents.filter(status=ReviewStatus.APPROVED)
        if doc.valid_until is None or doc.valid_until >= today
    }
    missing = [doc_type for doc_type in required_document_types() if doc_type not in approved]
    blocked = company.blocks.filter(lifted_at__isnull=True).exists()
    verified = company.kind == Company.Kind.SELLER and not missing and not blocked
    return verified, missing


@transaction.atomic
def company_verification_refresh(*, company: Company, actor: User | None = None) -> Company:
    """Recompute the badge from evidence and store the cached flags when they change."""
    company = Company.objects.select_for_update().get(pk=company.pk)
    verified, missing = verified_supplier_rule(company)
    blocked = company.blocks.filter(lifted_at__isnull=True).exists()
    changes: dict[str, Any] = {}
    if verified != company.is_verified:
        changes["is_verified"] = verified
        changes["verified_at"] = timezone.now() if verified else None
    if blocked != company.is_blocked:
        changes["is_blocked"] = blocked
    if changes:
        Company.objects.filter(pk=company.pk).update(**changes)
        # update() sends no post_save: public pages show the badge and hide blocked companies,
        # so their cached copies go now (catalog.signals does this for saves)
        transaction.on_commit(page_cache_clear)
        if "is_verified" in changes:
            audit_record(
                action="company.verified" if verified else "company.unverified",
                entity=company,
                actor=actor,
                diff={"missing": missing, "blocked": blocked},
            )
        company.refresh_from_db()
    return company


# --------------------------------------------------------------------------- blocks


def _require_staff(actor: User) -> None:
    if not (actor.is_staff and actor.has_perm("companies.add_block")):
        raise PermissionDenied(_("Only staff can block or unblock."))


@transaction.atomic
def user_block(*, user: User, reason: str, actor: User, request=None) -> Block:
    """Block an account: it cannot log in, its sessions and API tokens end at once."""
    _require_staff(actor)
    if not reason.strip():
        raise ValidationFailed.field("reason", _("Give a reason for the block."))
    if user.pk == actor.pk:
        raise ValidationFailed.field("user", _("You cannot block yourself."))
    if Block.objects.filter(user=user, lifted_at__isnull=True).exists():
        raise Conflict(_("This account is already blocked."), code="already_blocked")
    block = Block.objects.create(user=user, reason=reason.strip(), created_by=actor)
    User.objects.filter(pk=user.pk).update(is_active=False)
    sessions = UserSession.objects.filter(user=user, revoked_at__isnull=True)
    session_keys = list(sessions.exclude(session_key="").values_list("session_key", flat=True))
    sessions.update(revoked_at=timezone.now())
    transaction.on_commit(lambda: _delete_web_sessions(session_keys))
    audit_record(
        action="user.block", entity=user, actor=actor, diff={"reason": reason}, request=request
    )
    return block


def _delete_web_sessions(session_keys: list[str]) -> None:
    from django.utils.module_loading import import_string

    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")
    for key in session_keys:
        store(session_key=key).delete()


@transaction.atomic
def user_unblock(*, user: User, reason: str, actor: User, request=None) -> None:
    _require_staff(actor)
    block = Block.objects.select_for_update().filter(user=user, lifted_at__isnull=True).first()
    if block is None:
        raise Conflict(_("This account is not blocked."), code="not_blocked")
    block.lifted_at, block.lifted_by, block.lift_reason = timezone.now(), actor, reason.strip()
    block.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
    User.objects.filter(pk=user.pk).update(is_active=True)
    audit_record(
        action="user.unblock", entity=user, actor=actor, diff={"reason": reason}, request=request
    )


@transaction.atomic
def company_block(*, company: Company, reason: str, actor: User, request=None) -> Block:
    """Block a company: it leaves public pages and search and gets no new leads; its members
    can still log in and see why."""
    _require_staff(actor)
    if not reason.strip():
        raise ValidationFailed.field("reason", _("Give a reason for the block."))
    Company.objects.select_for_update().get(pk=company.pk)
    if Block.objects.filter(company=company, lifted_at__isnull=True).exists():
        raise Conflict(_("This company is already blocked."), code="already_blocked")
    block = Block.objects.create(company=company, reason=reason.strip(), created_by=actor)
    audit_record(
        action="company.block",
        entity=company,
        actor=actor,
        diff={"reason": reason},
        request=request,
    )
    company_verification_refresh(company=company, actor=actor)
    # the e-mail invites a reply to contest the decision: answers reach support
    _notify_members(
        company,
        template="company_blocked",
        context={"reason": reason},
        reply_to=[settings.CONTACT_EMAIL],
    )
    return block


@transaction.atomic
def company_unblock(*, company: Company, reason: str, actor: User, request=None) -> None:
    _require_staff(actor)
    block = (
        Block.objects.select_for_update().filter(company=company, lifted_at__isnull=True).first()
    )
    if block is None:
        raise Conflict(_("This company is not blocked."), code="not_blocked")
    block.lifted_at, block.lifted_by, block.lift_reason = timezone.now(), actor, reason.strip()
    block.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
    audit_record(
        action="company.unblock",
        entity=company,
        actor=actor,
        diff={"reason": reason},
        request=request,
    )
    company_verification_refresh(company=company, actor=actor)
    _notify_members(company, template="company_unblocked", context={"reason": reason})


# --------------------------------------------------------------------------- re-verification

WARNING_DAYS = (30, 7)


def verification_expiry_sweep(*, today: date | None = None) -> dict[str, int]:
    """Warn 30 and 7 days before an approved document or certification expires; mark it expired
    (and withdraw the badge where it was required) once it has lapsed. Safe to run repeatedly."""
    today = today or timezone.localdate()
    counts = {"warned": 0, "expired": 0}
    horizon = today + timedelta(days=max(WARNING_DAYS))
    for model, date_field in ((KycDocument, "valid_until"), (Certification, "valid_to")):
        due = model.objects.filter(
            status=ReviewStatus.APPROVED,
            **{f"{date_field}__isnull": False, f"{date_field}__lte": horizon},
        ).select_related("company")
        for record in due:
            with transaction.atomic():
                record = (
                    model.objects.select_for_update().select_related("company").get(pk=record.pk)
                )
                if record.status != ReviewStatus.APPROVED:
                    continue
                ends = getattr(record, date_field)
                if ends < today:
                    _transition(record, ReviewStatus.EXPIRED)
                    record.save(update_fields=["status"])
                    audit_record(
                        action=f"{'kyc' if model is KycDocument else 'certification'}.expire",
                        entity=record,
                        diff={"company_id": record.company_id, "ended": ends.isoformat()},
                    )
                    company_verification_refresh(company=record.company)
                    _notify_members(
                        record.company, template="verification_expired", context={"record": record}
                    )
                    counts["expired"] += 1
                    continue
                days_left = (ends - today).days
                threshold = next(
                    (
                        d
                        for d in sorted(WARNING_DAYS)
                        if days_left <= d and d not in record.expiry_warnings_sent
                    ),
                    None,
                )
                if threshold is None:
                    continue
                record.expiry_warnings_sent = sorted(
                    {*record.expiry_warnings_sent, *(d for d in WARNING_DAYS if d >= threshold)}
                )
                record.save(update_fields=["expiry_warnings_sent"])
                _notify_members(
                    record.company,
                    template="verification_expiring",
                    context={"record": record, "days_left": days_left, "ends": ends},
                )
                counts["warned"] += 1
    return counts


# --------------------------------------------------------------------------- notifications


def _notify_members(
    company: Company, *, template: str, context: dict[str, Any], reply_to: list[str] | None = None
) -> None:
    """E-mail the company's owners and administrators (after commit)."""
    for user in company_managers(company):
        send_templated(
            to=user.email,
            template=template,
            language=user.language,
            context={"company": company, "user": user, **context},
            reply_to=reply_to,
        )
