"""Uploads stored while no virus scanner answered: the beat task scans them once one does, staff
scan again from the review screen, and reviewers open clean documents from there (real clamd)."""

from __future__ import annotations

import os
import re

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from marketplace.audit.models import AuditEvent
from marketplace.companies import services
from marketplace.companies.models import KycDocument, ReviewStatus
from marketplace.files import tasks
from marketplace.files.models import StoredFile
from tests.conftest import EICAR, admin_login, grant
from tests.factories import SellerFactory, StaffFactory
from tradesetu.celery import app as celery_app
from tradesetu.errors import Conflict

from .factories import pdf_upload

pytestmark = pytest.mark.django_db

# a PDF carrying the EICAR test string: passes the content-type check, the local signature set
# (marketplace/files/clamav/eicar.ndb) finds it anywhere in a file
INFECTED_PDF = b"%PDF-1.4\n" + EICAR + b"\n%%EOF\n"


def _submit_unscanned(
    settings, company, owner, data: bytes | None = None, doc_type: str = "gst"
) -> KycDocument:
    """A KYC upload made while no scanner was configured (as under `make run` without clamd)."""
    settings.CLAMD_SOCKET = settings.CLAMD_TCP = ""
    upload = (
        SimpleUploadedFile("gst.pdf", data, content_type="application/pdf")
        if data is not None
        else pdf_upload()
    )
    number = {"gst": company.gstin, "pan": company.pan}[doc_type]
    document = services.kyc_document_submit(
        company=company, actor=owner, doc_type=doc_type, number=number, upload=upload
    )
    assert document.file.is_quarantined
    return document


def _scanner_back(settings, clamd_socket) -> None:
    settings.CLAMD_SOCKET = clamd_socket
    settings.CLAMD_TCP = ""


class TestRescanTask:
    def test_a_quarantined_upload_is_released_once_a_scanner_answers(
        self, settings, clamd_socket, company, owner
    ):
        """Clean uploads stored without a scanner become openable when the beat task runs with
        one; nothing happens while there is none."""
        document = _submit_unscanned(settings, company, owner)
        assert tasks.rescan_quarantined() == {"clean": 0, "infected": 0, "failed": 0, "left": 1}
        _scanner_back(settings, clamd_socket)
        assert tasks.rescan_quarantined() == {"clean": 1, "infected": 0, "failed": 0, "left": 0}
        document.file.refresh_from_db()
        assert document.file.is_clean
        assert not AuditEvent.objects.filter(action="file.infected").exists()

    def test_an_infected_quarantined_upload_is_refused_and_audited(
        self, settings, clamd_socket, company, owner, reviewer, django_capture_on_commit_callbacks
    ):
        """EICAR stored while no scanner answered is found by the task: content deleted (after
        commit), row kept as infected, the refusal audited; the document can be rejected, never
        approved."""
        document = _submit_unscanned(settings, company, owner, INFECTED_PDF)
        path = document.file.file.path
        _scanner_back(settings, clamd_socket)
        with django_capture_on_commit_callbacks(execute=True):
            counts = tasks.rescan_quarantined()
        assert counts["infected"] == 1 and counts["left"] == 0
        stored = StoredFile.objects.get(pk=document.file_id)
        assert stored.is_infected and not stored.file
        assert not os.path.exists(path)
        event = AuditEvent.objects.get(action="file.infected", entity_id=str(stored.pk))
        assert event.diff["signature"] and event.diff["when"] == "rescan"
        document.refresh_from_db()
        with pytest.raises(Conflict) as exc:
            services.kyc_document_review(document=document, reviewer=reviewer, approve=True)
        assert exc.value.code == "file_infected"
        services.kyc_document_review(
            document=document, reviewer=reviewer, approve=False, reason="Malware in the file"
        )
        document.refresh_from_db()
        assert document.status == ReviewStatus.REJECTED

    def test_a_configured_scanner_that_does_not_answer_leaves_the_files_for_later(
        self, settings, tmp_path, company, owner
    ):
        """A scanner that is configured but down changes nothing (and raises nothing): the
        files stay quarantined for the next run."""
        document = _submit_unscanned(settings, company, owner)
        settings.CLAMD_SOCKET = str(tmp_path / "no-clamd.sock")
        assert tasks.rescan_quarantined()["left"] == 1
        document.file.refresh_from_db()
        assert document.file.is_quarantined

    def test_the_task_runs_on_the_beat_schedule(self):
        """The beat schedule names the registered rescan task (a typo would silently never run)."""
        entries = [
            entry
            for entry in django_settings.CELERY_BEAT_SCHEDULE.values()
            if entry["task"] == "marketplace.files.tasks.rescan_quarantined"
        ]
        assert entries and entries[0]["schedule"] <= 5 * 60
        assert "marketplace.files.tasks.rescan_quarantined" in celery_app.tasks


class TestScanAgain:
    def _url(self, document):
        return reverse("companies_admin:document_review", args=[document.pk])

    def test_a_reviewer_scans_a_quarantined_document_again(
        self, settings, clamd_socket, client, company, owner, reviewer
    ):
        """The review screen offers "Scan again" for an unscanned file; the POST scans it, audits
        who asked and says the outcome; the document can then be opened and approved."""
        document = _submit_unscanned(settings, company, owner)
        _scanner_back(settings, clamd_socket)
        admin_login(client, reviewer)
        page = client.get(self._url(document))
        assert page.status_code == 200
        html = page.content.decode()
        assert f'name="rescan" value="{document.file_id}"' in html
        assert reverse("files:download", args=[document.file_id]) not in html
        response = client.post(self._url(document), {"rescan": str(document.file_id)}, follow=True)
        assert response.redirect_chain[-1][0] == self._url(document)
        assert "Scanned again: the file is clean" in response.content.decode()
        document.file.refresh_from_db()
        assert document.file.is_clean
        event = AuditEvent.objects.get(action="file.rescan", entity_id=str(document.file_id))
        assert event.actor == reviewer
        assert event.diff == {"scan_status": ["quarantined", "clean"]}
        assert reverse("files:download", args=[document.file_id]) in response.content.decode()
        services.kyc_document_review(document=document, reviewer=reviewer, approve=True)

    def test_scan_again_finds_malware_and_says_so(
        self, settings, clamd_socket, client, company, owner, reviewer
    ):
        """An infected file found by "Scan again" is refused and audited, with a clear message."""
        document = _submit_unscanned(settings, company, owner, INFECTED_PDF)
        _scanner_back(settings, clamd_socket)
        admin_login(client, reviewer)
        response = client.post(self._url(document), {"rescan": str(document.file_id)}, follow=True)
        assert "The file contains malware" in response.content.decode()
        assert StoredFile.objects.get(pk=document.file_id).is_infected
        assert AuditEvent.objects.filter(action="file.infected", actor=reviewer).exists()
        assert AuditEvent.objects.filter(action="file.rescan", actor=reviewer).exists()

    def test_without_a_scanner_the_file_stays_in_quarantine_with_a_message(
        self, settings, client, company, owner, reviewer
    ):
        """No scanner reachable: nothing changes and staff are told why."""
        document = _submit_unscanned(settings, company, owner)
        admin_login(client, reviewer)
        response = client.post(self._url(document), {"rescan": str(document.file_id)}, follow=True)
        assert "virus scanner cannot be reached" in response.content.decode()
        document.file.refresh_from_db()
        assert document.file.is_quarantined
        assert not AuditEvent.objects.filter(action="file.rescan").exists()

    def test_staff_without_the_review_permission_cannot_scan(
        self, settings, clamd_socket, client, company, owner
    ):
        """Only reviewers (companies.review_kyc) may ask for a scan."""
        document = _submit_unscanned(settings, company, owner)
        _scanner_back(settings, clamd_socket)
        admin_login(client, grant(StaffFactory(), "wagtailadmin.access_admin"))
        response = client.post(self._url(document), {"rescan": str(document.file_id)})
        assert response.status_code == 302  # Wagtail's "no permission" message on the dashboard
        assert response.url == reverse("wagtailadmin_home")
        document.file.refresh_from_db()
        assert document.file.is_quarantined

    def test_scan_again_needs_the_csrf_token(
        self, settings, clamd_socket, company, owner, reviewer
    ):
        """The POST is CSRF-protected: without the token nothing is scanned; with the page's
        token it works."""
        document = _submit_unscanned(settings, company, owner)
        _scanner_back(settings, clamd_socket)
        client = admin_login(Client(enforce_csrf_checks=True), reviewer)
        response = client.post(self._url(document), {"rescan": str(document.file_id)})
        assert response.status_code == 403
        document.file.refresh_from_db()
        assert document.file.is_quarantined
        html = client.get(self._url(document)).content.decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        response = client.post(
            self._url(document),
            {"rescan": str(document.file_id), "csrfmiddlewaretoken": token},
        )
        assert response.status_code == 302
        document.file.refresh_from_db()
        assert document.file.is_clean

    def test_a_file_of_another_record_is_not_scanned(
        self, settings, clamd_socket, client, company, owner, reviewer
    ):
        """The file id posted must belong to the document on screen."""
        document = _submit_unscanned(settings, company, owner)
        other = _submit_unscanned(settings, company, owner, doc_type="pan")
        _scanner_back(settings, clamd_socket)
        admin_login(client, reviewer)
        response = client.post(self._url(other), {"rescan": str(document.file_id)}, follow=True)
        assert "does not belong" in response.content.decode()
        document.file.refresh_from_db()
        assert document.file.is_quarantined


class TestOpeningDocuments:
    def _clean_document(self, clamd, company, owner) -> KycDocument:
        return services.kyc_document_submit(
            company=company, actor=owner, doc_type="gst", number=company.gstin, upload=pdf_upload()
        )

    def test_a_reviewer_opens_the_clean_document_from_the_review_screen(
        self, clamd, client, company, owner, reviewer
    ):
        """Every link to the file on the review screen (preview and download) serves it."""
        document = self._clean_document(clamd, company, owner)
        admin_login(client, reviewer)
        html = client.get(
            reverse("companies_admin:document_review", args=[document.pk])
        ).content.decode()
        links = set(re.findall(r'(?:src|href)="([^"]*/files/[^"]+)"', html))
        assert len(links) == 2  # inline preview and download
        for link in links:
            response = client.get(link.replace("&amp;", "&"))
            assert response.status_code == 200, link
            assert b"".join(response.streaming_content).startswith(b"%PDF-")

    def test_members_open_it_others_get_a_404(self, clamd, client, company, owner):
        """A company's member opens its KYC file; another seller and visitors cannot tell it
        exists."""
        document = self._clean_document(clamd, company, owner)
        url = reverse("files:download", args=[document.file_id])
        client.force_login(owner)
        assert client.get(url).status_code == 200
        client.force_login(SellerFactory())
        assert client.get(url).status_code == 404
        client.logout()
        assert client.get(url).status_code == 404

    def test_an_unscanned_document_is_served_to_nobody(self, settings, client, company, owner):
        """Quarantined files are refused even to the company's own members and reviewers."""
        document = _submit_unscanned(settings, company, owner)
        url = reverse("files:download", args=[document.file_id])
        client.force_login(owner)
        assert client.get(url).status_code == 404
        admin_login(client, StaffFactory(is_superuser=True))
        assert client.get(url).status_code == 404
