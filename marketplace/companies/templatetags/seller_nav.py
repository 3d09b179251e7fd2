"""The one seller navigation: the same items in the same order on every seller page, the
current section marked with ``aria-current`` (``templates/companies/_nav.html``)."""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

register = template.Library()

# (URL name of the item, label, the views that belong to its section; "app:prefix*" matches
# every view name starting with the prefix)
SELLER_NAV = (
    ("accounts:seller_dashboard", _("Overview"), ("accounts:seller_dashboard",)),
    ("leads:inbox", _("Leads"), ("leads:inbox", "leads:lead_*")),
    ("catalog:seller_products", _("Products"), ("catalog:seller_*",)),
    ("companies:onboarding", _("Verification"), ("companies:onboarding", "companies:submit")),
    ("companies:profile", _("Company profile"), ("companies:profile",)),
    ("companies:documents", _("KYC documents"), ("companies:documents",)),
    ("companies:certifications", _("Certifications"), ("companies:certifications",)),
    ("companies:team", _("Team"), ("companies:team",)),
    (
        "reviews:seller_list",
        _("Reviews"),
        ("reviews:seller_list", "reviews:reply", "reviews:report"),
    ),
    (
        "billing:plan",
        _("Plan"),
        ("billing:plan", "billing:checkout", "billing:payment_*", "billing:razorpay_checkout"),
    ),
    ("billing:credits", _("Lead credits"), ("billing:credits",)),
    ("billing:invoices", _("Invoices"), ("billing:invoice*",)),
    ("notifications:preferences", _("Notifications"), ("notifications:preferences",)),
)


def _matches(view_name: str, pattern: str) -> bool:
    if pattern.endswith("*"):
        return view_name.startswith(pattern[:-1])
    return view_name == pattern


def seller_nav_section(view_name: str) -> str:
    """The URL name of the nav item whose section ``view_name`` belongs to ('' if none)."""
    for url_name, _label, views in SELLER_NAV:
        if any(_matches(view_name, pattern) for pattern in views):
            return url_name
    return ""


@register.simple_tag(takes_context=True)
def seller_nav_current(context) -> str:
    match = getattr(context.get("request"), "resolver_match", None)
    return seller_nav_section(match.view_name if match else "")


@register.simple_tag
def seller_nav_items() -> list[dict]:
    return [
        {"url_name": url_name, "url": reverse(url_name), "label": label}
        for url_name, label, _views in SELLER_NAV
    ]
