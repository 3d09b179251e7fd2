"""Delivery providers behind one small interface; data crosses it as dataclasses.

E-mail goes through Django's e-mail API: the ``EMAIL_URL`` backend (SMTP) by default, or an ESP
through django-anymail when ``NOTIFICATIONS_EMAIL_ESP`` is ``brevo``, ``sendgrid`` or
``postmark``. WhatsApp template messages go to Meta's Cloud API or to Twilio
(``WHATSAPP_PROVIDER``), with ``requests``.

Providers raise ``NotConfigured`` (the message is recorded as skipped, with the reason) or
``ProviderError`` (``retryable`` for timeouts, 429 and 5xx). Error texts never carry personal
data: they are built from status codes and the provider's error code and message, scrubbed.
"""

from __future__ import annotations

import json
import smtplib
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from email.utils import make_msgid

import requests
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.utils import DNS_NAME

from tradesetu.logging import scrub

TIMEOUT = (5, 20)  # connect, read (seconds)


class NotConfigured(Exception):
    """The channel has no credentials here: nothing was sent, nothing will be retried."""


class ProviderError(Exception):
    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(scrub(message)[:480])
        self.retryable = retryable


@dataclass(frozen=True)
class Sent:
    provider: str
    provider_message_id: str = ""


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    text: str
    html: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    from_email: str = ""


@dataclass(frozen=True)
class WhatsAppTemplate:
    """A WhatsApp template message. ``to`` is E.164 (``+919812345678``)."""

    to: str
    name: str
    language: str
    parameters: tuple[str, ...] = ()

    def meta_payload(self) -> dict:
        """The Cloud API request body (``POST /<phone-number-id>/messages``)."""
        return {
            "messaging_product": "whatsapp",
            "to": self.to.lstrip("+"),
            "type": "template",
            "template": {
                "name": self.name,
                "language": {"code": self.language},
                "components": [
                    {
                        "type": "body",
                        "parameters": [{"type": "text", "text": p} for p in self.parameters],
                    }
                ],
            },
        }

    @classmethod
    def from_meta_payload(cls, payload: dict) -> WhatsAppTemplate:
        template = payload["template"]
        parameters = [
            p["text"]
            for component in template.get("components", [])
            if component.get("type") == "body"
            for p in component.get("parameters", [])
        ]
        return cls(
            to="+" + str(payload["to"]).lstrip("+"),
            name=template["name"],
            language=template["language"]["code"],
            parameters=tuple(parameters),
        )


# --------------------------------------------------------------------------- e-mail

ESP_BACKENDS = {
    "brevo": ("anymail.backends.brevo.EmailBackend", "BREVO_API_KEY"),
    "sendgrid": ("anymail.backends.sendgrid.EmailBackend", "SENDGRID_API_KEY"),
    "postmark": ("anymail.backends.postmark.EmailBackend", "POSTMARK_SERVER_TOKEN"),
}


def email_provider_name() -> str:
    esp = settings.NOTIFICATIONS_EMAIL_ESP
    if esp:
        return f"anymail:{esp}"
    backend = settings.EMAIL_BACKEND.rsplit(".", 2)[-2]  # django.core.mail.backends.<smtp>.…
    return backend


def email_send(email: Email) -> Sent:
    esp = settings.NOTIFICATIONS_EMAIL_ESP
    if esp:
        if esp not in ESP_BACKENDS:
            raise NotConfigured(f"unknown e-mail ESP {esp!r} (NOTIFICATIONS_EMAIL_ESP)")
        backend, key = ESP_BACKENDS[esp]
        if not getattr(settings, "ANYMAIL", {}).get(key):
            raise NotConfigured(f"e-mail ESP {esp} has no {key} (ANYMAIL settings)")
        connection = get_connection(backend)
    else:
        connection = get_connection()
    message_id = make_msgid(domain=DNS_NAME.get_fqdn())
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.text,
        from_email=email.from_email or None,
        to=[email.to],
        headers={"Message-ID": message_id, **email.headers},
        connection=connection,
    )
    if email.html:
        message.attach_alternative(email.html, "text/html")
    try:
        message.send()
    except smtplib.SMTPRecipientsRefused as exc:
        raise ProviderError("SMTP: recipient refused", retryable=False) from exc
    except smtplib.SMTPResponseException as exc:
        raise ProviderError(
            f"SMTP {exc.smtp_code}", retryable=exc.smtp_code >= 400 and exc.smtp_code < 500
        ) from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise ProviderError(f"SMTP: {type(exc).__name__}: {exc}", retryable=True) from exc
    except Exception as exc:
        raise _anymail_error(exc) from exc
    status = getattr(message, "anymail_status", None)
    provider_id = getattr(status, "message_id", None) if status else None
    return Sent(provider=email_provider_name(), provider_message_id=str(provider_id or message_id))


def _anymail_error(exc: Exception) -> ProviderError:
    from anymail.exceptions import AnymailError, AnymailRecipientsRefused

    if isinstance(exc, AnymailRecipientsRefused):
        return ProviderError("ESP: recipient refused", retryable=False)
    if isinstance(exc, AnymailError):
        status = getattr(exc, "status_code", None)
        retryable = status is None or status == 429 or status >= 500
        text = " ".join(str(arg) for arg in exc.args)
        return ProviderError(f"{exc.esp_name or 'ESP'} HTTP {status}: {text}", retryable=retryable)
    return ProviderError(f"e-mail: {type(exc).__name__}", retryable=True)


# --------------------------------------------------------------------------- WhatsApp


class WhatsAppProvider(ABC):
    name: str

    @abstractmethod
    def check_configured(self, template: WhatsAppTemplate) -> None:
        """Raise ``NotConfigured`` with the reason when this provider cannot send it."""

    @abstractmethod
    def send(self, template: WhatsAppTemplate) -> Sent: ...

    def _post(self, url: str, **kwargs) -> requests.Response:
        try:
            response = requests.post(url, timeout=TIMEOUT, **kwargs)
        except requests.RequestException as exc:
            raise ProviderError(f"{self.name}: {type(exc).__name__}", retryable=True) from exc
        if response.status_code >= 400:
            raise ProviderError(
                f"{self.name} HTTP {response.status_code}: {self._error_text(response)}",
                retryable=response.status_code == 429 or response.status_code >= 500,
            )
        return response

    @staticmethod
    def _error_text(response: requests.Response) -> str:
        try:
            data = response.json()
        except ValueError:
            return ""
        error = data.get("error", data) if isinstance(data, dict) else {}
        if not isinstance(error, dict):
            return ""
        return f"code {error.get('code', '?')}: {error.get('message', '')}"


class MetaCloudProvider(WhatsAppProvider):
    """Meta's WhatsApp Cloud API: ``POST {WHATSAPP_API_BASE}/{WHATSAPP_PHONE_NUMBER_ID}/messages``."""

    name = "meta"

    def check_configured(self, template: WhatsAppTemplate) -> None:
        if not (settings.WHATSAPP_TOKEN and settings.WHATSAPP_PHONE_NUMBER_ID):
            raise NotConfigured(
                "WhatsApp (Meta) is not configured: WHATSAPP_TOKEN and "
                "WHATSAPP_PHONE_NUMBER_ID are empty"
            )

    def send(self, template: WhatsAppTemplate) -> Sent:
        self.check_configured(template)
        url = (
            f"{settings.WHATSAPP_API_BASE.rstrip('/')}/{settings.WHATSAPP_PHONE_NUMBER_ID}/messages"
        )
        response = self._post(
            url,
            json=template.meta_payload(),
            headers={"Authorization": f"Bearer {settings.WHATSAPP_TOKEN}"},
        )
        try:
            message_id = response.json()["messages"][0]["id"]
        except (ValueError, KeyError, IndexError, TypeError):
            message_id = ""
        return Sent(provider=self.name, provider_message_id=message_id)


class TwilioProvider(WhatsAppProvider):
    """Twilio's Messages API with a Content template: ``ContentSid`` from
    ``TWILIO_WHATSAPP_CONTENT_SIDS`` (template name → ``HX…`` sid), variables ``{"1": …}``."""

    name = "twilio"

    def check_configured(self, template: WhatsAppTemplate) -> None:
        if not (
            settings.TWILIO_ACCOUNT_SID
            and settings.TWILIO_AUTH_TOKEN
            and settings.TWILIO_WHATSAPP_FROM
        ):
            raise NotConfigured(
                "WhatsApp (Twilio) is not configured: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN "
                "and TWILIO_WHATSAPP_FROM are required"
            )
        if template.name not in settings.TWILIO_WHATSAPP_CONTENT_SIDS:
            raise NotConfigured(
                f"WhatsApp (Twilio): no content SID for template {template.name} "
                "(TWILIO_WHATSAPP_CONTENT_SIDS)"
            )

    def send(self, template: WhatsAppTemplate) -> Sent:
        self.check_configured(template)
        sid = settings.TWILIO_ACCOUNT_SID
        url = f"{settings.TWILIO_API_BASE.rstrip('/')}/Accounts/{sid}/Messages.json"
        variables = {str(i): value for i, value in enumerate(template.parameters, start=1)}
        response = self._post(
            url,
            data={
                "From": f"whatsapp:{settings.TWILIO_WHATSAPP_FROM}",
                "To": f"whatsapp:{template.to}",
                "ContentSid": settings.TWILIO_WHATSAPP_CONTENT_SIDS[template.name],
                "ContentVariables": json.dumps(variables, ensure_ascii=False),
            },
            auth=(sid, settings.TWILIO_AUTH_TOKEN),
        )
        try:
            message_id = response.json()["sid"]
        except (ValueError, KeyError, TypeError):
            message_id = ""
        return Sent(provider=self.name, provider_message_id=message_id)


WHATSAPP_PROVIDERS: dict[str, type[WhatsAppProvider]] = {
    "meta": MetaCloudProvider,
    "twilio": TwilioProvider,
}


def whatsapp_provider() -> WhatsAppProvider:
    name = settings.WHATSAPP_PROVIDER
    try:
        return WHATSAPP_PROVIDERS[name]()
    except KeyError:
        raise NotConfigured(f"unknown WHATSAPP_PROVIDER {name!r} (meta or twilio)") from None
