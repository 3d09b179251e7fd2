"""Accepting uploads: name, size and content-type checks, virus scan, private storage."""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
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


def file_rescan(*, stored: StoredFile) -> StoredFile:
    """Scan a quarantined file now that clamd is reachable: clean → released, infected → deleted."""
    if not stored.is_quarantined:
        return stored
    with stored.file.open("rb") as handle:
        data = handle.read()
    result = scanning.scan(data)
    if not result.scanned:
        return stored
    if not result.clean:
        audit_record(
            action="file.infected",
            entity=stored,
            diff={"usage": stored.usage, "signature": result.signature, "when": "rescan"},
        )
        stored.file.delete(save=False)
        stored.delete()
        raise InfectedFile(_("The quarantined file contained malware and was deleted."))
    stored.scan_status = StoredFile.ScanStatus.CLEAN
    stored.save(update_fields=["scan_status"])
    return stored
