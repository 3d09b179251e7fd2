from __future__ import annotations

from django.http import FileResponse, Http404
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import access
from .models import StoredFile


@never_cache
@require_GET
def download(request, file_id):
    """Serve a private file to whoever its usage's policy allows; 404 for everyone else (so the
    existence of a file is not revealed)."""
    stored = StoredFile.objects.filter(pk=file_id).first()
    if stored is None or not access.can_open(request.user, stored):
        raise Http404
    inline = request.GET.get("inline") == "1"
    response = FileResponse(
        stored.file.open("rb"),
        as_attachment=not inline,
        filename=stored.original_name,
        content_type=stored.mime,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = (
        "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response
