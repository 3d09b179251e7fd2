"""File access policies for company evidence (registered in CompaniesConfig.ready)."""

from __future__ import annotations

from marketplace.files import access
from marketplace.files.models import StoredFile

from .models import Certification, CompanyMember, KycDocument


def _member_or_reviewer(user, company_ids: set[int]) -> bool:
    if user.has_perm("companies.review_kyc"):
        return True
    return CompanyMember.objects.filter(user=user, company_id__in=company_ids).exists()


def kyc_file_policy(user, stored: StoredFile) -> bool:
    """KYC files: the company's members and reviewers; never public."""
    company_ids = set(KycDocument.objects.filter(file=stored).values_list("company_id", flat=True))
    return bool(company_ids) and _member_or_reviewer(user, company_ids)


def certification_file_policy(user, stored: StoredFile) -> bool:
    company_ids = set(
        Certification.objects.filter(files=stored).values_list("company_id", flat=True)
    )
    return bool(company_ids) and _member_or_reviewer(user, company_ids)


def register() -> None:
    access.register(StoredFile.Usage.KYC, kyc_file_policy)
    access.register(StoredFile.Usage.CERTIFICATION, certification_file_policy)
