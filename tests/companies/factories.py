from __future__ import annotations

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from marketplace.companies.demo import demo_pdf, gstin_for
from marketplace.companies.models import (
    CertificationType,
    Company,
    KycDocument,
    ReviewStatus,
)
from marketplace.companies.services import company_create
from marketplace.files.models import StoredFile
from marketplace.files.services import PDF, CheckedUpload, file_store
from tests.factories import SellerFactory, UserFactory

PAN_SEQUENCE = iter(f"AAKCA{n:04d}F" for n in range(1000, 9999))


def pdf_upload(
    name: str = "gst-certificate.pdf", title: str = "GST certificate"
) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, demo_pdf(title), content_type="application/pdf")


def seller_company(
    *, owner=None, verified_ready: bool = True, state: str = "27", **fields
) -> Company:
    """A seller company through the real service (owner permissions included); by default its
    profile holds consistent identifiers (PAN, matching GSTIN and state)."""
    owner = owner or SellerFactory()
    company = company_create(
        owner=owner,
        name=fields.pop("name", f"Exports {owner.pk} Pvt Ltd"),
        kind="seller",
        country="IN",
    )
    if verified_ready:
        pan = fields.pop("pan", next(PAN_SEQUENCE))
        Company.objects.filter(pk=company.pk).update(
            pan=pan, gstin=gstin_for(state, pan), gst_state_code=state, iec=pan, **fields
        )
    company.refresh_from_db()
    return company


def buyer_company(*, owner=None) -> Company:
    owner = owner or UserFactory()
    return company_create(owner=owner, name=f"Buyer {owner.pk} GmbH", kind="buyer", country="DE")


def stored_pdf(user, usage=StoredFile.Usage.KYC) -> StoredFile:
    data = demo_pdf("document")
    import hashlib

    return file_store(
        checked=CheckedUpload(
            name="doc.pdf",
            kind=PDF,
            data=data,
            sha256=hashlib.sha256(data).hexdigest(),
            scanned=True,
        ),
        usage=usage,
        uploaded_by=user,
    )


def approved_document(company: Company, doc_type: str, reviewer=None, **fields) -> KycDocument:
    numbers = {"gst": company.gstin, "pan": company.pan, "iec": company.iec, "cin": company.cin}
    owner = company.members.first().user
    return KycDocument.objects.create(
        company=company,
        doc_type=doc_type,
        number=numbers.get(doc_type, ""),
        file=stored_pdf(owner),
        status=ReviewStatus.APPROVED,
        reviewed_by=reviewer,
        reviewed_at=timezone.now(),
        uploaded_by=owner,
        **fields,
    )


class CertificationTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CertificationType
        django_get_or_create = ("code",)

    code = "fssai"
    name = "FSSAI licence"
