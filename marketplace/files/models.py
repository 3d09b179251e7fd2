from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def _private_path(instance: StoredFile, filename: str) -> str:
    # Never the uploaded name: nothing of a client's path or name reaches the file system.
    return f"private/{instance.usage}/{timezone.now():%Y/%m}/{instance.id}.{instance.extension}"


class StoredFile(models.Model):
    """An uploaded file that passed the type, size and virus checks (design §2 `files`).

    Files are private: they are served only through ``files:download``, which asks the usage's
    access policy (see ``marketplace.files.access``). A file stored while no scanner was reachable
    is *quarantined*: nobody can open it until a scan clears it (``files.services.file_rescan``,
    run by a beat task and by staff). A rescan that finds malware deletes the content and keeps
    the row as *infected*, so the records that point to it show why it is gone.
    """

    class Usage(models.TextChoices):
        KYC = "kyc", _("KYC document")
        CERTIFICATION = "cert", _("Certification")
        RFQ = "rfq", _("RFQ attachment")
        REVIEW = "review", _("Review photo")
        IMPORT = "import", _("Bulk import")

    class ScanStatus(models.TextChoices):
        CLEAN = "clean", _("Scanned, clean")
        QUARANTINED = "quarantined", _("Quarantined: not scanned yet")
        INFECTED = "infected", _("Refused: malware found")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    file = models.FileField(upload_to=_private_path, max_length=255)
    original_name = models.CharField(_("file name"), max_length=200)
    mime = models.CharField(_("type"), max_length=100)
    extension = models.CharField(max_length=10)
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField(max_length=64, db_index=True)
    usage = models.CharField(_("usage"), max_length=10, choices=Usage.choices)
    scan_status = models.CharField(max_length=12, choices=ScanStatus.choices)
    scan_signature_db = models.CharField(max_length=50, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("stored file")
        verbose_name_plural = _("stored files")

    def __str__(self) -> str:
        return self.original_name

    @property
    def is_quarantined(self) -> bool:
        return self.scan_status == self.ScanStatus.QUARANTINED

    @property
    def is_clean(self) -> bool:
        """Scanned and clean: the only state in which anyone may open the file."""
        return self.scan_status == self.ScanStatus.CLEAN

    @property
    def is_infected(self) -> bool:
        return self.scan_status == self.ScanStatus.INFECTED

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")
