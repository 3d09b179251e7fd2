"""Company rules: profile identifiers, KYC uploads (scanned by a real clamd), reviews, the
Verified Supplier rule, blocks, re-verification and invitations."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files import File
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from marketplace.accounts.models import UserSession
from marketplace.audit.models import AuditEvent
from marketplace.companies import selectors, services
from marketplace.companies.models import Certification, Company, KycDocument, ReviewStatus
from marketplace.files.models import StoredFile
from tests.conftest import EICAR
from tests.factories import SellerFactory, UserFactory
from tradesetu.errors import Conflict, PermissionDenied, ValidationFailed

from .factories import (
    CertificationTypeFactory,
    approved_document,
    pdf_upload,
    seller_company,
    stored_pdf,
)

pytestmark = pytest.mark.django_db


class TestCompanyProfile:
    def test_owner_edits_profile_and_the_change_is_audited(self, company, owner):
        services.company_update(
            company=company, actor=owner, data={"city": "Pune", "year_founded": 1998}
        )
        company.refresh_from_db()
        assert company.city == "Pune"
        event = AuditEvent.objects.get(action="company.update")
        assert event.diff["city"] == ["", "Pune"]
        assert event.actor == owner

    @pytest.mark.parametrize(
        ("data", "field"),
        [
            ({"gstin": "27AAPFU0939F1ZW"}, "gstin"),  # wrong check digit
            ({"pan": "ABCPD1234E"}, "pan"),  # does not match the GSTIN's PAN
            ({"gst_state_code": "32"}, "gst_state_code"),  # GSTIN is from another state
            ({"year_founded": timezone.now().year + 1}, "year_founded"),
            ({"country": "US"}, "country"),  # sellers are Indian
            ({"website": "not a url"}, "website"),
        ],
    )
    def test_bad_profile_data_is_refused_per_field_and_nothing_changes(
        self, company, owner, data, field
    ):
        before = Company.objects.values().get(pk=company.pk)
        with pytest.raises(ValidationFailed) as exc:
            services.company_update(company=company, actor=owner, data=data)
        assert field in exc.value.fields
        assert Company.objects.values().get(pk=company.pk) == before

    def test_second_company_cannot_claim_the_same_gstin(self, company):
        other = seller_company(verified_ready=False)
        other_owner = other.members.get().user
        with pytest.raises(ValidationFailed) as exc:
            services.company_update(
                company=other,
                actor=other_owner,
                data={"gstin": company.gstin, "pan": company.pan, "gst_state_code": "27"},
            )
        assert "Another company" in exc.value.fields["gstin"][0]

    def test_another_seller_cannot_edit(self, company):
        with pytest.raises(PermissionDenied):
            services.company_update(company=company, actor=SellerFactory(), data={"city": "X"})

    def test_staff_member_of_the_company_can_view_but_not_edit(self, company, owner):
        colleague = UserFactory()
        services.company_member_set(company=company, user=colleague, role="staff", actor=owner)
        assert services.user_can(colleague, "view_company", company)
        with pytest.raises(PermissionDenied):
            services.company_update(company=company, actor=colleague, data={"city": "X"})


class TestKycUpload:
    def test_clean_pdf_is_scanned_and_stored_pending(self, clamd, company, owner):
        document = services.kyc_document_submit(
            company=company, actor=owner, doc_type="gst", number=company.gstin, upload=pdf_upload()
        )
        assert document.status == ReviewStatus.PENDING
        assert document.file.scan_status == StoredFile.ScanStatus.CLEAN
        assert document.file.file.name.startswith("private/kyc/")
        assert "gst-certificate" not in document.file.file.name  # never the client's name on disk

    def test_eicar_is_refused_audited_and_nothing_is_kept(self, clamd, company, owner):
        upload = SimpleUploadedFile(
            "gst.pdf", b"%PDF-1.4\n" + EICAR, content_type="application/pdf"
        )
        with pytest.raises(services.ValidationFailed.__mro__[1]) as exc:  # DomainError
            services.kyc_document_submit(
                company=company, actor=owner, doc_type="gst", number=company.gstin, upload=upload
            )
        assert exc.value.code == "file_infected"
        assert "EICAR" in exc.value.message
        assert not KycDocument.objects.exists()
        assert not StoredFile.objects.exists()
        event = AuditEvent.objects.get(action="file.infected")
        assert event.actor == owner
        assert "EICAR" in event.diff["signature"]

    @pytest.mark.parametrize(
        ("name", "content", "message"),
        [
            ("gst.pdf", b"MZ\x90\x00" + b"\x00" * 200, "not an accepted type"),  # a Windows .exe
            ("gst.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "not an accepted type"),
            ("../../etc/passwd.pdf", b"%PDF-1.4 x", "path"),  # a raw (unsanitised) name
            ("C:\\temp\\gst.pdf", b"%PDF-1.4 x", "path"),
            ("empty.pdf", b"", "empty"),
        ],
    )
    def test_bad_files_are_refused_before_anything_is_stored(
        self, clamd, company, owner, name, content, message
    ):
        # django.core.files.File keeps the name as given (Django's own upload parser already
        # strips paths; the service must refuse them from any other caller too)
        upload = File(io.BytesIO(content), name=name)
        with pytest.raises(ValidationFailed) as exc:
            services.kyc_document_submit(
                company=company, actor=owner, doc_type="gst", number=company.gstin, upload=upload
            )
        assert message in exc.value.fields["file"][0]
        assert not StoredFile.objects.exists()

    def test_oversized_file_is_refused(self, clamd, company, owner):
        big = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024 + 1))
        with pytest.raises(ValidationFailed) as exc:
            services.kyc_document_submit(
                company=company, actor=owner, doc_type="gst", number=company.gstin, upload=big
            )
        assert "too large" in exc.value.fields["file"][0]

    @pytest.mark.parametrize(
        ("doc_type", "number", "fragment"),
        [
            ("gst", "27AAPFU0939F1ZW", "check digit"),
            ("pan", "AAPFU0939F", "GSTIN"),  # not the PAN inside the company's GSTIN
            ("cin", "U15122KL2999PTC017345", "21 characters"),
            ("gst", "", "Enter the number"),
        ],
    )
    def test_document_numbers_are_checked_against_rules_and_profile(
        self, clamd, company, owner, doc_type, number, fragment
    ):
        with pytest.raises(ValidationFailed) as exc:
            services.kyc_document_submit(
                company=company, actor=owner, doc_type=doc_type, number=number, upload=pdf_upload()
            )
        assert fragment in exc.value.fields["number"][0]
        assert not KycDocument.objects.exists()

    def test_without_a_scanner_uploads_are_quarantined_not_accepted(self, settings, company, owner):
        settings.CLAMD_SOCKET = settings.CLAMD_TCP = ""
        document = services.kyc_document_submit(
            company=company, actor=owner, doc_type="gst", number=company.gstin, upload=pdf_upload()
        )
        assert document.file.is_quarantined

    def test_a_new_upload_replaces_the_pending_one(self, clamd, company, owner):
        first = services.kyc_document_submit(
            company=company, actor=owner, doc_type="pan", number=company.pan, upload=pdf_upload()
        )
        second = services.kyc_document_submit(
            company=company, actor=owner, doc_type="pan", number=company.pan, upload=pdf_upload()
        )
        first.refresh_from_db()
        assert first.status == ReviewStatus.SUPERSEDED
        assert second.status == ReviewStatus.PENDING

    def test_a_buyer_cannot_upload_for_a_seller(self, clamd, company):
        with pytest.raises(PermissionDenied):
            services.kyc_document_submit(
                company=company, actor=UserFactory(), doc_type="gst", upload=pdf_upload()
            )


def submit_required(company, owner):
    return [
        services.kyc_document_submit(
            company=company,
            actor=owner,
            doc_type=doc_type,
            number=getattr(company, field),
            upload=pdf_upload(),
        )
        for doc_type, field in (("gst", "gstin"), ("pan", "pan"), ("iec", "iec"))
    ]


class TestReviewAndBadge:
    def test_badge_appears_when_every_required_document_is_approved(
        self, clamd, company, owner, reviewer, django_capture_on_commit_callbacks
    ):
        documents = submit_required(company, owner)
        with django_capture_on_commit_callbacks(execute=True):
            for document in documents[:-1]:
                services.kyc_document_review(document=document, reviewer=reviewer, approve=True)
        company.refresh_from_db()
        assert not company.is_verified
        assert services.verified_supplier_rule(company) == (False, ["iec"])

        with django_capture_on_commit_callbacks(execute=True):
            services.kyc_document_review(document=documents[-1], reviewer=reviewer, approve=True)
        company.refresh_from_db()
        assert company.is_verified and company.verified_at
        evidence = selectors.verification_evidence(company)
        assert [e.doc_type for e in evidence] == ["gst", "iec", "pan"]
        assert company.gstin not in [e.masked_number for e in evidence]
        assert evidence[0].masked_number.startswith("27") and "•" in evidence[0].masked_number
        assert AuditEvent.objects.filter(action="kyc.approve").count() == 3
        assert AuditEvent.objects.filter(action="company.verified").count() == 1
        assert any("Verified" in m.subject for m in mail.outbox)

    def test_rejection_needs_a_reason_and_tells_the_seller(
        self, clamd, company, owner, reviewer, django_capture_on_commit_callbacks
    ):
        (document, *_rest) = submit_required(company, owner)
        with pytest.raises(ValidationFailed):
            services.kyc_document_review(document=document, reviewer=reviewer, approve=False)
        with django_capture_on_commit_callbacks(execute=True):
            services.kyc_document_review(
                document=document, reviewer=reviewer, approve=False, reason="Blurred scan"
            )
        document.refresh_from_db()
        assert document.status == ReviewStatus.REJECTED
        assert "Blurred scan" in mail.outbox[-1].body

    def test_decided_documents_cannot_be_decided_again(self, clamd, company, owner, reviewer):
        (document, *_rest) = submit_required(company, owner)
        services.kyc_document_review(document=document, reviewer=reviewer, approve=True)
        with pytest.raises(Conflict):
            services.kyc_document_review(
                document=document, reviewer=reviewer, approve=False, reason="x"
            )

    def test_only_reviewers_decide(self, clamd, company, owner):
        (document, *_rest) = submit_required(company, owner)
        with pytest.raises(PermissionDenied):
            services.kyc_document_review(document=document, reviewer=owner, approve=True)

    def test_quarantined_files_cannot_be_approved(self, settings, company, owner, reviewer):
        settings.CLAMD_SOCKET = settings.CLAMD_TCP = ""
        (document, *_rest) = submit_required(company, owner)
        with pytest.raises(Conflict) as exc:
            services.kyc_document_review(document=document, reviewer=reviewer, approve=True)
        assert exc.value.code == "file_quarantined"

    def test_required_documents_are_configurable(self, company, reviewer):
        from marketplace.companies.models import VerificationSettings

        for doc_type in ("gst", "pan"):
            approved_document(company, doc_type, reviewer)
        assert not services.company_verification_refresh(company=company).is_verified
        settings_row = VerificationSettings.load()
        settings_row.require_iec = False
        settings_row.save()
        assert services.company_verification_refresh(company=company).is_verified


@pytest.fixture
def verified_company(company, reviewer):
    for doc_type in ("gst", "pan", "iec"):
        approved_document(company, doc_type, reviewer)
    return services.company_verification_refresh(company=company)


class TestBlocks:
    def test_blocking_a_company_removes_badge_and_public_page_and_unblocking_restores(
        self, verified_company, reviewer
    ):
        assert verified_company.is_verified
        services.company_block(company=verified_company, reason="Fake certificates", actor=reviewer)
        verified_company.refresh_from_db()
        assert verified_company.is_blocked and not verified_company.is_verified
        assert selectors.company_public_by_slug(verified_company.slug) is None
        with pytest.raises(Conflict):
            services.company_block(company=verified_company, reason="again", actor=reviewer)

        services.company_unblock(company=verified_company, reason="Cleared", actor=reviewer)
        verified_company.refresh_from_db()
        assert verified_company.is_verified and not verified_company.is_blocked
        actions = list(AuditEvent.objects.values_list("action", flat=True))
        assert {"company.block", "company.unblock", "company.unverified"} <= set(actions)

    def test_block_and_unblock_tell_the_company_and_answers_reach_support(
        self, verified_company, reviewer, settings, django_capture_on_commit_callbacks
    ):
        """The block e-mail invites a reply to contest it, so it carries support's Reply-To (the
        sender is a no-reply address); lifting the block is announced too."""
        from django.core import mail

        settings.CONTACT_EMAIL = "support@tradesetu.test"
        with django_capture_on_commit_callbacks(execute=True):
            services.company_block(company=verified_company, reason="Fake papers", actor=reviewer)
        blocked = mail.outbox[-1]
        assert "blocked" in blocked.subject and "Fake papers" in blocked.body
        assert blocked.reply_to == ["support@tradesetu.test"]
        with django_capture_on_commit_callbacks(execute=True):
            services.company_unblock(company=verified_company, reason="Cleared", actor=reviewer)
        lifted = mail.outbox[-1]
        assert "no longer blocked" in lifted.subject
        assert "shown to buyers again" in lifted.body and "Cleared" in lifted.body

    def test_blocking_a_user_ends_sessions_and_login(self, reviewer, client, password, home_page):
        from marketplace.accounts.services import user_authenticate

        user = UserFactory()
        client.post("/accounts/login/", {"email": user.email, "password": password})
        assert client.get("/dashboard/buyer/").status_code == 200
        services.user_block(user=user, reason="Spam RFQs", actor=reviewer)
        assert not UserSession.objects.filter(user=user, revoked_at__isnull=True).exists()
        assert client.get("/dashboard/buyer/").status_code == 302
        with pytest.raises(Exception) as exc:
            user_authenticate(request=None, email=user.email, password=password)
        assert exc.value.code == "account_blocked"

    def test_block_needs_a_reason_and_staff(self, company, reviewer):
        with pytest.raises(ValidationFailed):
            services.company_block(company=company, reason=" ", actor=reviewer)
        with pytest.raises(PermissionDenied):
            services.company_block(company=company, reason="x", actor=SellerFactory())


class TestReverification:
    def test_warnings_at_30_and_7_days_then_expiry_withdraws_the_badge(
        self, verified_company, django_capture_on_commit_callbacks
    ):
        today = timezone.localdate()
        KycDocument.objects.filter(company=verified_company, doc_type="iec").update(
            valid_until=today + timedelta(days=30)
        )
        with django_capture_on_commit_callbacks(execute=True):
            assert services.verification_expiry_sweep(today=today) == {"warned": 1, "expired": 0}
            # running again the same day sends nothing new
            assert services.verification_expiry_sweep(today=today) == {"warned": 0, "expired": 0}
            assert services.verification_expiry_sweep(today=today + timedelta(days=23)) == {
                "warned": 1,
                "expired": 0,
            }
            assert services.verification_expiry_sweep(today=today + timedelta(days=31)) == {
                "warned": 0,
                "expired": 1,
            }
        subjects = [m.subject for m in mail.outbox]
        assert any("30 days" in s for s in subjects)
        assert any("7 days" in s for s in subjects)
        assert any("expired" in s for s in subjects)
        verified_company.refresh_from_db()
        assert not verified_company.is_verified

    def test_expired_certification_leaves_the_public_profile(self, verified_company, reviewer):
        cert = Certification.objects.create(
            company=verified_company,
            cert_type=CertificationTypeFactory(),
            number="1001",
            issuer="FSSAI",
            valid_from=timezone.localdate() - timedelta(days=300),
            valid_to=timezone.localdate() + timedelta(days=3),
            status=ReviewStatus.APPROVED,
        )
        cert.files.add(stored_pdf(reviewer, StoredFile.Usage.CERTIFICATION))
        services.verification_expiry_sweep(today=timezone.localdate() + timedelta(days=4))
        public = selectors.company_public_by_slug(verified_company.slug)
        assert public.approved_certifications == []


class TestCertifications:
    def test_expired_or_inverted_dates_are_refused(self, clamd, company, owner):
        today = timezone.localdate()
        cases = [
            (
                {"valid_from": today - timedelta(days=10), "valid_to": today - timedelta(days=1)},
                "valid_to",
            ),
            (
                {"valid_from": today - timedelta(days=1), "valid_to": today - timedelta(days=5)},
                "valid_to",
            ),
            ({"valid_from": today + timedelta(days=5), "valid_to": None}, "valid_from"),
        ]
        for dates, field in cases:
            with pytest.raises(ValidationFailed) as exc:
                services.certification_submit(
                    company=company,
                    actor=owner,
                    cert_type=CertificationTypeFactory(),
                    number="X1",
                    issuer="Body",
                    uploads=[pdf_upload()],
                    **dates,
                )
            assert field in exc.value.fields
        assert not Certification.objects.exists()


class TestInvitations:
    def test_invited_colleague_joins_once_with_the_invited_address(
        self, company, owner, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            services.company_invite(
                company=company, email="Ravi@Example.com", role="staff", actor=owner
            )
        token = re.search(r"/invitations/([^/\s]+)/", mail.outbox[0].body).group(1)

        stranger = UserFactory(email="someone@example.com")
        with pytest.raises(PermissionDenied):
            services.invitation_accept(token=token, user=stranger)

        ravi = UserFactory(email="ravi@example.com")
        member = services.invitation_accept(token=token, user=ravi)
        assert member.role == "staff" and member.company == company
        assert services.user_can(ravi, "view_company", company)
        with pytest.raises(ValidationFailed) as exc:
            services.invitation_accept(token=token, user=ravi)
        assert exc.value.code == "token_used"

    def test_only_managers_invite(self, company):
        with pytest.raises(PermissionDenied):
            services.company_invite(
                company=company, email="x@example.com", role="staff", actor=SellerFactory()
            )


def test_onboarding_names_what_is_missing(company, owner, clamd):
    progress = selectors.onboarding_progress(company)
    assert not progress.complete
    profile_step, documents_step, *_ = progress.steps
    assert any("legal name" in item for item in profile_step.missing)
    assert any("PAN" in item for item in documents_step.missing)
    with pytest.raises(ValidationFailed):
        services.company_submit_for_review(company=company, actor=owner)
