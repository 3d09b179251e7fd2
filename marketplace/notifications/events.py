"""The notification events: their templates, WhatsApp template and what their context holds.

Each event has e-mail templates under ``templates/notifications/<event>/`` (``subject.txt``,
``body.txt``, ``body.html``) and a WhatsApp template (approved in Meta's WhatsApp Manager, or a
Twilio Content template) whose body parameters are built here. Everything renders inside
``translation.override(recipient.language)``. See ``EVENTS`` for the context of each event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from django.template.defaultfilters import floatformat
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from tradesetu.pii import mask_contacts


@dataclass(frozen=True)
class Event:
    name: str
    whatsapp_template: str
    # Body parameters of the WhatsApp template, in order ({{1}}, {{2}}, …), from the context.
    whatsapp_parameters: Callable[[dict[str, Any]], list[str]]
    # Fills what the caller may leave out (``url``, ``rfq`` from ``lead``…); returns new keys.
    defaults: Callable[[dict[str, Any]], dict[str, Any]] = lambda context: {}
    # A JSON-safe summary of the context, kept on the message (``Message.data``).
    summary: Callable[[dict[str, Any]], dict[str, Any]] = lambda context: {}
    # Lead alerts obey ``NotificationPreference.lead_alerts`` (instant / daily digest / off).
    lead_alert: bool = False
    # Folded into the daily digest when the recipient chose ``daily``.
    digestible: bool = False

    @property
    def template_dir(self) -> str:
        return f"notifications/{self.name}"

    def context(self, context: dict[str, Any]) -> dict[str, Any]:
        """The caller's context with the defaults for what it left out, and the RFQ's facts
        (``title``, ``quantity``, ``unit``, ``country``) ready to print."""
        defaults = {**_rfq_facts(context), **self.defaults(context)}
        extra = {k: v for k, v in defaults.items() if context.get(k) in (None, "")}
        return {**context, **extra}


# --------------------------------------------------------------------------- helpers


def _get(obj: Any, path: str, default: Any = "") -> Any:
    """``lead.rfq.title`` from objects or dicts; ``default`` when a step is missing."""
    for part in path.split("."):
        if obj is None:
            return default
        obj = obj.get(part) if isinstance(obj, dict) else getattr(obj, part, None)
    return default if obj is None else obj


def _url(name: str, *args: Any) -> str:
    """A site path, or '' when the page (or its argument) does not exist here."""
    if any(a in (None, "") for a in args):
        return ""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


def quantity_text(value: Any) -> str:
    if isinstance(value, int | float | Decimal):
        return floatformat(value, "-2g")
    return str(value or "")


def country_name(rfq: Any) -> str:
    country = _get(rfq, "destination_country", None)
    name = getattr(country, "name", None)
    if name:
        return str(name)
    display = getattr(rfq, "get_destination_country_display", None)
    return str(display() if callable(display) else country or "")


def _rfq(context: dict[str, Any]) -> Any:
    return context.get("rfq") or _get(context, "lead.rfq", None)


def _rfq_facts(context: dict[str, Any]) -> dict[str, Any]:
    """Free text typed by the buyer is printed with any contact details in it masked: a locked
    lead must not leak them through a notification."""
    rfq = _rfq(context)
    return {
        "rfq": rfq,
        "title": mask_contacts(str(_get(rfq, "title"))),
        "quantity": quantity_text(_get(rfq, "quantity")),
        "unit": mask_contacts(str(_get(rfq, "unit"))),
        "country": country_name(rfq),
    }


def _lead_defaults(context: dict[str, Any]) -> dict[str, Any]:
    lead = context.get("lead")
    return {
        "url": _url("leads:lead_detail", _get(lead, "pk", None)),
        "expires_at": _get(lead, "expires_at", None),
    }


def _lead_summary(context: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": context["title"],
        "quantity": context["quantity"],
        "unit": context["unit"],
        "country": context["country"],
        "trust_score": _get(_rfq(context), "trust_score", None),
        "url": context.get("url", ""),
    }


def _lead_new_parameters(context: dict[str, Any]) -> list[str]:
    s = _lead_summary(context)
    trust = s["trust_score"]
    return [
        s["title"],
        f"{s['quantity']} {s['unit']}".strip(),
        s["country"],
        "–" if trust is None else str(trust),
        s["url"],
    ]


def _title(context: dict[str, Any]) -> str:
    return context["title"]


def _unlocked_defaults(context: dict[str, Any]) -> dict[str, Any]:
    company = context.get("company") or _get(context, "lead.company", None)
    rfq = _rfq(context)
    return {
        "company": company,
        "url": _url("companies:supplier", _get(company, "slug", None)),
        "rfq_url": _url("leads:rfq_detail", _get(rfq, "public_id", None)),
    }


def _routed_defaults(context: dict[str, Any]) -> dict[str, Any]:
    return {"url": _url("leads:rfq_detail", _get(_rfq(context), "public_id", None))}


def _claim_defaults(context: dict[str, Any]) -> dict[str, Any]:
    claim = context.get("claim")
    values = {**_lead_defaults(context), "reason": _get(claim, "decision_reason")}
    if "approved" not in context:
        values["approved"] = _get(claim, "status") == "approved"
    return values


def _claim_decision(context: dict[str, Any]) -> str:
    return _("approved") if context.get("approved") else _("rejected")


def _review_defaults(context: dict[str, Any], *, to_company: bool = False) -> dict[str, Any]:
    """``review`` (or ``reply`` and its review): the company, the review's title and rating, and
    the decision of the moderator when the event is one. ``to_company``: the message goes to
    the reviewed company, whose link is its reviews dashboard."""
    reply = context.get("reply")
    review = context.get("review") or _get(reply, "review", None)
    decided = reply if reply is not None else review
    approved = _get(decided, "status") == "approved"
    company = _get(review, "company", None)
    if to_company or reply is not None:
        url = _url("reviews:seller_list")
    elif approved:
        url = _url("companies:supplier", _get(company, "slug", None))
    else:
        url = _url("reviews:buyer_list")
    return {
        "review": review,
        "company": company,
        "company_name": str(_get(company, "name")),
        "title": str(_get(review, "title")),
        "rating": _get(review, "rating", 0),
        "approved": approved,
        "reason": str(_get(decided, "moderation_reason")),
        "url": url,
    }


def _decision(context: dict[str, Any]) -> str:
    return _("published") if context.get("approved") else _("not published")


def _decision_parameters(subject: str, context: dict[str, Any]) -> list[str]:
    """A moderation decision's WhatsApp parameters: what was decided on, the decision, the
    moderator's reason and the link."""
    return [
        context[subject],
        _decision(context),
        str(context.get("reason") or "–"),
        context.get("url", ""),
    ]


# --------------------------------------------------------------------------- the events

EVENTS: dict[str, Event] = {
    e.name: e
    for e in [
        Event(
            "lead.new",
            whatsapp_template="tradesetu_lead_new",
            whatsapp_parameters=_lead_new_parameters,
            defaults=_lead_defaults,
            summary=_lead_summary,
            lead_alert=True,
            digestible=True,
        ),
        Event(
            "lead.reminder",
            whatsapp_template="tradesetu_lead_reminder",
            whatsapp_parameters=lambda c: [_title(c), c["country"], c.get("url", "")],
            defaults=_lead_defaults,
            summary=lambda c: {**_lead_summary(c), "reminder": True},
            lead_alert=True,
            digestible=True,
        ),
        Event(
            "lead.unlocked",
            whatsapp_template="tradesetu_lead_unlocked",
            whatsapp_parameters=lambda c: [
                _title(c),
                str(_get(c, "company.name")),
                c.get("url", ""),
            ],
            defaults=_unlocked_defaults,
            summary=lambda c: {"title": _title(c), "company": str(_get(c, "company.name"))},
        ),
        Event(
            "rfq.awarded",
            whatsapp_template="tradesetu_rfq_awarded",
            whatsapp_parameters=lambda c: [_title(c), c.get("url", "")],
            defaults=_lead_defaults,
            summary=lambda c: {"title": _title(c)},
        ),
        Event(
            "rfq.not_awarded",
            whatsapp_template="tradesetu_rfq_not_awarded",
            whatsapp_parameters=lambda c: [_title(c)],
            defaults=_lead_defaults,
            summary=lambda c: {"title": _title(c)},
        ),
        Event(
            "rfq.routed",
            whatsapp_template="tradesetu_rfq_routed",
            whatsapp_parameters=lambda c: [_title(c), str(c.get("count", "")), c.get("url", "")],
            defaults=_routed_defaults,
            summary=lambda c: {"title": _title(c), "count": c.get("count")},
        ),
        Event(
            "claim.decided",
            whatsapp_template="tradesetu_claim_decided",
            whatsapp_parameters=lambda c: [
                _title(c),
                _claim_decision(c),
                str(c.get("reason") or "–"),
            ],
            defaults=_claim_defaults,
            summary=lambda c: {"title": _title(c), "approved": bool(c.get("approved"))},
        ),
        Event(
            "review.decided",
            whatsapp_template="tradesetu_review_decided",
            whatsapp_parameters=partial(_decision_parameters, "company_name"),
            defaults=_review_defaults,
            summary=lambda c: {"company": c["company_name"], "approved": bool(c["approved"])},
        ),
        Event(
            "review.published",
            whatsapp_template="tradesetu_review_published",
            whatsapp_parameters=lambda c: [str(c["rating"]), c["title"], c.get("url", "")],
            defaults=partial(_review_defaults, to_company=True),
            summary=lambda c: {"rating": c["rating"], "title": c["title"]},
        ),
        Event(
            "reply.decided",
            whatsapp_template="tradesetu_reply_decided",
            whatsapp_parameters=partial(_decision_parameters, "title"),
            defaults=_review_defaults,
            summary=lambda c: {"title": c["title"], "approved": bool(c["approved"])},
        ),
        Event(
            "digest.daily",
            whatsapp_template="tradesetu_digest_daily",
            whatsapp_parameters=lambda c: [str(c.get("count", 0)), c.get("url", "")],
            summary=lambda c: {"count": c.get("count", 0)},
            lead_alert=True,
        ),
    ]
}
"""Event name → ``Event``. What each event's context holds (``notify(context=…)``):

Every template also gets ``user`` (the recipient), ``site_name``, ``site_url``,
``unsubscribe_url``, ``preferences_url`` and, from ``rfq`` (or ``lead.rfq``), the facts ready to
print: ``title`` and ``unit`` (any e-mail address, phone number or web address the buyer typed is
masked), ``quantity`` (formatted) and ``country`` (the destination, in the recipient's language).
``url`` (the event's main link) may be absolute or a
path (made absolute with ``SITE_URL``); when it is left out it is derived as noted. Model
instances are fine: the context is rendered when ``notify()`` is called, inside the caller's
transaction, and only the rendered text is kept. Never pass anyone's contact details except the
recipient's own: lead notifications show product, quantity, destination and the buyer's trust
score only.

``review.decided`` (to a review's author: published, or not and why), ``review.published`` (to
  the reviewed company's managers), ``reply.decided`` (to the author of a seller's reply)
    ``review`` (``reply`` for ``reply.decided``); the title, rating, company, decision and the
    moderator's reason come from it; ``url``: the supplier page (published review), the buyer's
    reviews (rejected) or the seller's reviews.
``lead.new`` (to a seller: "New lead in your category — contact locked"; a lead alert, folded into
  the daily digest for sellers who chose it)
    ``lead``: ``lead.rfq.title``, ``.quantity``, ``.unit``, ``.destination_country`` (a
    django-countries ``Country``; otherwise ``get_destination_country_display()``),
    ``.trust_score`` (0–100); ``url``: the seller's page for the lead (default
    ``leads:lead_detail`` of ``lead.pk``); optional ``credit_cost`` (credits an unlock costs).
``lead.reminder`` (to a seller who has not opened the lead; a lead alert, digestible)
    as ``lead.new``; optional ``expires_at`` (default ``lead.expires_at``).
``lead.unlocked`` (to the buyer: a seller unlocked the RFQ)
    ``rfq`` (default ``lead.rfq``): ``rfq.title``; ``company`` (default ``lead.company``): the seller
    company, ``company.name``; ``url``: its public profile (default ``companies:supplier`` of
    ``company.slug``); optional ``rfq_url`` (default ``leads:rfq_detail`` of ``rfq.public_id``).
``rfq.awarded`` (to the seller the buyer chose)
    ``rfq`` or ``lead`` (``lead.rfq``): ``rfq.title``; ``url`` (default the seller's lead page).
``rfq.not_awarded`` (to the other sellers, politely)
    as ``rfq.awarded``.
``rfq.routed`` (to the buyer: the RFQ was shared with N verified suppliers)
    ``rfq``: ``rfq.title``; ``count``: N; ``url``: the buyer's RFQ page (default
    ``leads:rfq_detail`` of ``rfq.public_id``).
``claim.decided`` (to the seller who reported a bad lead)
    ``lead`` (``lead.rfq.title``); ``approved`` (bool) and ``reason`` (the reviewer's words), by
    default from ``claim.status == "approved"`` and ``claim.decision_reason``; ``url`` (default
    the seller's lead page); optional ``credits_refunded`` (int) and ``unlocked_by_plan`` (bool:
    no credit was spent, so an approval refunds none).
``digest.daily`` (a seller's daily digest; built by ``services.digests_send``, not by callers)
    ``items``: the ``Message.data`` of the digested lead alerts (``title``, ``quantity``,
    ``unit``, ``country``, ``trust_score``, ``url``, ``reminder``); ``count``; ``url``: the
    dashboard.
"""


def get(name: str) -> Event:
    try:
        return EVENTS[name]
    except KeyError:
        raise ValueError(f"unknown notification event {name!r}") from None
