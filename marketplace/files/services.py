"""Accepting uploads: name, size and content-type checks, virus scan, private storage."""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from marketplace.audit.services import audit_record
from tradesetu.errors import DomainError, ValidationFailed

from . import scanning
from .models import StoredFile

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileKind:
    mime: str
    extension: str
    label: str


PDF = FileKind("application/pdf", "pdf", "PDF")
JPEG = FileKind("image/jpeg", "jpg", "JPEG")
PNG = FileKind("image/png", "png", "PNG")
WEBP = FileKind("image/webp", "webp", "WebP")
XLSX = FileKind(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel"
)
CSV = FileKind("text/csv", "csv", "CSV")
DOCUMENT_KINDS = (PDF, JPEG, PNG)
SPREADSHEET_KINDS = (CSV, XLSX)
IMAGE_KINDS = (JPEG, PNG, WEBP)
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


def sniff(head: bytes) -> FileKind | None:
    """The file's real type from its first bytes (its name and the browser's claim are ignored)."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"PK\x03\x04"):
        return XLSX  # a zip; the importer checks that it really is a workbook
    if head and b"\0" not in head and not head.startswith((b"MZ", b"\x7fELF", b"#!")):
        return CSV  # plain text; the importer checks the encoding and columns
    return None


def clean_file_name(name: str) -> str:
    """A display name without any path; names that try to carry one are refused."""
    name = unicodedata.normalize("NFC", name or "").strip()
    if not name or "/" in name or "\\" in name or ".." in name or "\0" in name:
        raise ValidationFailed.field("file", _("The file name must not contain a path."))
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise ValidationFailed.field("file", _("The file name contains control characters."))
    return name[:200]


class InfectedFile(DomainError):
    code = "file_infected"
    status = 400


@dataclass(frozen=True)
class CheckedUpload:
    """An upload that passed every check, held in memory until a service stores it."""

    name: str
    kind: FileKind
    data: bytes
    sha256: str
    scanned: bool


def upload_check(
    *,
    upload: UploadedFile,
    usage: str,
    uploaded_by,
    kinds: tuple[FileKind, ...] = DOCUMENT_KINDS,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    request=None,
) -> CheckedUpload:
    """Check one upload: name, size, real content type and a clamd scan.

    Call it *before* opening the transaction that stores the file: a refused infected file is
    audited, and that audit event must survive the refusal. Nothing of a refused file is kept.
    """
    name = clean_file_name(upload.name)
    limit = filesizeformat(max_bytes)
    if upload.size is not None and upload.size > max_bytes:
        raise ValidationFailed.field(
            "file",
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": limit},
        )
    upload.seek(0)
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValidationFailed.field(
            "file", _("The file is too large; the limit is %(limit)s.") % {"limit": limit}
        )
    if not data:
        raise ValidationFailed.field("file", _("The file is empty."))
    kind = sniff(data[:4096])
    if kind not in kinds:
        raise ValidationFailed.field(
            "file",
            _("This file's content is not an accepted type (%(allowed)s), whatever its name says.")
            % {"allowed": ", ".join(k.label for k in kinds)},
        )
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        result = scanning.scan(data)
    except scanning.ScannerUnavailable:
        logger.error("virus scanner unavailable; upload refused")
        raise DomainError(
            _("We cannot check uploads for viruses right now. Please try again in a few minutes."),
            code="scanner_unavailable",
            status=503,
        ) from None
    if result.scanned and not result.clean:
        audit_record(
            action="file.infected",
            entity_type="files.upload",
            entity_id=sha256[:16],
            actor=uploaded_by,
            diff={"usage": usage, "name": name, "signature": result.signature},
            request=request,
        )
        logger.warning("infected upload refused", extra={"signature": result.signature})
        raise InfectedFile(
            _("This file contains malware (%(signature)s) and was refused. Nothing was stored.")
            % {"signature": result.signature},
            fields={"file": [_("The file contains malware and was refused.")]},
        )
    return CheckedUpload(name=name, kind=kind, data=data, sha256=sha256, scanned=result.scanned)


def file_store(*, checked: CheckedUpload, usage: str, uploaded_by) -> StoredFile:
    """Write a checked upload to private storage. Unscanned files (no clamd configured) are kept
    in quarantine: invisible to everyone until ``file_rescan`` clears them."""
    stored = StoredFile(
        original_name=checked.name,
        mime=checked.kind.mime,
        extension=checked.kind.extension,
        size=len(checked.data),
        sha256=checked.sha256,
        usage=usage,
        uploaded_by=uploaded_by if getattr(uploaded_by, "is_authenticated", False) else None,
        scan_status=(
            StoredFile.ScanStatus.CLEAN if checked.scanned else StoredFile.ScanStatus.QUARANTINED
        ),
    )
    stored.file.save(f"{stored.id}.{checked.kind.extension}", ContentFile(checked.data), save=False)
    stored.save()
    return stored


def _scanner_unavailable() -> DomainError:
    return DomainError(
        _("The virus scanner cannot be reached right now; the file stays in quarantine."),
        code="scanner_unavailable",
        status=503,
    )


def file_rescan(*, stored: StoredFile, actor=None, request=None) -> StoredFile:
    """Scan a stored file again: clean → released (or kept clean); malware → its content is
    deleted, the row kept as infected (records pointing to it show why) and the refusal audited
    as at upload. Returns the file with its new status.

    ``actor`` is the staff member who asked (audited as ``file.rescan``); the beat task passes
    none. An infected file (content gone) is returned as it is. Refuses with
    ``scanner_unavailable`` (503) when no scanner is configured or it does not answer.
    """
    if stored.is_infected:
        return stored
    if not scanning.scanner_configured():
        raise _scanner_unavailable()
    try:
        with stored.file.open("rb") as handle:
            data = handle.read()
    except (FileNotFoundError, ValueError):
        logger.error("stored file content is missing", extra={"file": str(stored.pk)})
        raise DomainError(
            _("The file's content is missing from storage; ask the uploader for a new copy."),
            code="file_missing",
            status=409,
        ) from None
    try:
        result = scanning.scan(data)  # outside the transaction: clamd may take a while
    except scanning.ScannerUnavailable:
        raise _scanner_unavailable() from None
    with transaction.atomic():
        stored = StoredFile.objects.select_for_update().get(pk=stored.pk)
        before = stored.scan_status
        if stored.is_infected:
            return stored
        if result.clean:
            stored.scan_status = StoredFile.ScanStatus.CLEAN
            stored.save(update_fields=["scan_status"])
        else:
            stored.scan_status = StoredFile.ScanStatus.INFECTED
            audit_record(
                action="file.infected",
                entity=stored,
                actor=actor,
                diff={
                    "usage": stored.usage,
                    "name": stored.original_name,
                    "signature": result.signature,
                    "when": "rescan",
                },
                request=request,
            )
            logger.warning("infected stored file refused", extra={"signature": result.signature})
            name = stored.file.name
            stored.file = ""
            stored.save(update_fields=["scan_status", "file"])
            transaction.on_commit(lambda: stored.file.storage.delete(name))
        if actor is not None:
            audit_record(
                action="file.rescan",
                entity=stored,
                actor=actor,
                diff={"scan_status": [before, stored.scan_status]},
                request=request,
            )
    return stored


def files_rescan_quarantined(*, limit: int = 500) -> dict[str, int]:
    """Scan the uploads stored while no scanner was reachable, oldest first (the beat task).

    Does nothing while no scanner is configured or answering; stops at the first scanner
    failure and leaves the rest for the next run. Returns counts by outcome.
    """
    counts = {"clean": 0, "infected": 0, "failed": 0, "left": 0}
    pending = StoredFile.objects.filter(scan_status=StoredFile.ScanStatus.QUARANTINED)
    if not scanning.scanner_configured() or not scanning.ping():
        counts["left"] = pending.count()
        return counts
    for stored in pending.order_by("uploaded_at", "pk")[:limit]:
        try:
            stored = file_rescan(stored=stored)
        except DomainError as error:
            if error.code == "scanner_unavailable":
                break
            counts["failed"] += 1
            continue
        counts["infected" if stored.is_infected else "clean"] += 1
    counts["left"] = pending.count()
    return counts
