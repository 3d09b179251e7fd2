"""Transactional e-mail rendered from templates in the recipient's language.

Until the notifications app (messages table, providers, digests) arrives, account e-mails are sent
directly, after the surrounding transaction commits.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def send_templated(
    *,
    to: str,
    template: str,
    context: dict,
    language: str = "",
    attachments: list[tuple[str, bytes, str]] | None = None,
    reply_to: list[str] | None = None,
) -> None:
    """Render ``emails/<template>_subject.txt``, ``.txt`` and ``.html`` and send after commit.

    ``attachments``: optional ``(filename, content, mimetype)`` triples (e.g. an invoice PDF).
    ``reply_to``: where answers go when the e-mail invites one (the sender is a no-reply address).
    """
    language = language or settings.LANGUAGE_CODE
    context = {"site_url": settings.SITE_URL, "site_name": "TradeSetu", **context}
    with translation.override(language):
        subject = render_to_string(f"emails/{template}_subject.txt", context).strip()
        text = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[to], reply_to=reply_to)
    message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments or ():
        message.attach(filename, content, mimetype)

    def _send() -> None:
        message.send()
        logger.info("email sent", extra={"template": template})

    transaction.on_commit(_send)
