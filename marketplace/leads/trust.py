"""Buyer trust score (0–100), shown on every lead, also while it is locked.

Factors, each documented in the breakdown stored on the RFQ:
- verified e-mail: 20 (RFQs are held until it is verified, so routed RFQs always have it)
- phone number on the account: 10
- company e-mail domain (not a free-mail or disposable provider): 20
- company details (a buyer company with its country, and a website): 15
- account age: 15 after 30 days, 8 after 7 days
- past outcomes: +10 per awarded RFQ (max 20); −25 per bad-lead claim upheld against the buyer
- disposable e-mail domain: −30 (and the RFQ is flagged)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

FREE_MAIL = {
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.in", "yahoo.co.uk", "ymail.com",
    "hotmail.com", "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com", "me.com",
    "mail.com", "gmx.com", "gmx.de", "web.de", "yandex.com", "yandex.ru", "protonmail.com",
    "proton.me", "zoho.com", "rediffmail.com", "qq.com", "163.com", "126.com",
}  # fmt: skip


# what each factor of the stored breakdown means, for the people who read it (staff, sellers)
FACTOR_LABELS = {
    "verified_email": _("Verified e-mail address"),
    "phone": _("Phone number on the account"),
    "company_email": _("Company e-mail domain"),
    "disposable_email": _("Disposable e-mail domain"),
    "company_details": _("Company details"),
    "account_age": _("Account age"),
    "awarded_rfqs": _("Awarded requests"),
    "bad_lead_claims": _("Bad-lead reports upheld"),
}


def trust_breakdown(factors: dict[str, int] | None) -> list[tuple[str, int]]:
    """The stored factors as (translated label, points) rows, in the order they were counted;
    an unknown key (an older breakdown) keeps its key as label."""
    return [(str(FACTOR_LABELS.get(key, key)), points) for key, points in (factors or {}).items()]


@lru_cache(maxsize=1)
def disposable_domains() -> frozenset[str]:
    path = Path(__file__).with_name("disposable_domains.txt")
    return frozenset(
        line.strip().lower()
        for line in path.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    )


def email_domain(email: str) -> str:
    return (email or "").rsplit("@", 1)[-1].lower()


def is_disposable(email: str) -> bool:
    domain = email_domain(email)
    parts = domain.split(".")
    # sub.mailinator.com counts as mailinator.com
    return any(".".join(parts[i:]) in disposable_domains() for i in range(len(parts) - 1))


def buyer_trust(user) -> tuple[int, dict[str, int]]:
    from marketplace.companies.models import Company

    from .models import RFQ, BadLeadClaim

    factors: dict[str, int] = {}
    if user.email_verified_at:
        factors["verified_email"] = 20
    if user.phone:
        factors["phone"] = 10
    domain = email_domain(user.email)
    if is_disposable(user.email):
        factors["disposable_email"] = -30
    elif domain not in FREE_MAIL:
        factors["company_email"] = 20
    company = Company.objects.filter(members__user=user, kind=Company.Kind.BUYER).first()
    if company is not None:
        factors["company_details"] = 15 if company.website else 8
    age = timezone.now() - user.date_joined
    if age.days >= 30:
        factors["account_age"] = 15
    elif age.days >= 7:
        factors["account_age"] = 8
    awarded = RFQ.objects.filter(buyer=user, status=RFQ.Status.AWARDED).count()
    if awarded:
        factors["awarded_rfqs"] = min(20, 10 * awarded)
    upheld = BadLeadClaim.objects.filter(
        lead__rfq__buyer=user, status=BadLeadClaim.Status.APPROVED
    ).count()
    if upheld:
        factors["bad_lead_claims"] = -25 * upheld
    return max(0, min(100, sum(factors.values()))), factors
