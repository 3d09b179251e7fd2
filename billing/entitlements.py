"""Entitlements: the one place that answers "may this company do X now, and if not, why".

Every feature asks here before acting::

    decision = entitlement_check(company, "product.create")
    entitlement_require(company, "lead.unlock")          # raises EntitlementDenied (403)

Other apps plug their numbers in instead of billing importing them (the catalog registers how
many products a company has; ``register_limits_enforcer`` lets it unpublish excess products
when a company moves to a plan with lower limits).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from tradesetu.errors import DomainError

logger = logging.getLogger(__name__)

ACTIONS = ("product.create", "lead.unlock", "lead.view_contact")

_usage_counters: dict[str, Callable] = {}
_limit_enforcers: dict[str, Callable] = {}


def register_usage_counter(name: str, fn: Callable) -> None:
    """``fn(company) -> int``: how much of a limited resource the company uses now
    (e.g. ``"products"``: its products that count against ``max_products``)."""
    _usage_counters[name] = fn


def register_limits_enforcer(name: str, fn: Callable) -> None:
    """``fn(company, plan)``: bring the company within ``plan``'s limits after a downgrade or
    an expiry, keeping the data (e.g. unpublish, never delete, the newest excess products)."""
    _limit_enforcers[name] = fn


def usage(company, name: str) -> int:
    fn = _usage_counters.get(name)
    return int(fn(company)) if fn else 0


def limits_enforce(company, plan) -> list[str]:
    """Run every registered enforcer; return their names. Called by the billing services."""
    ran = []
    for name, fn in _limit_enforcers.items():
        fn(company, plan)
        ran.append(name)
    logger.info("plan limits enforced", extra={"company_id": company.pk, "plan": plan.slug})
    return ran


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""
    limit_name: str = ""
    how_to_lift: str = ""
    via: str = ""  # "plan" or "credit" when allowed
    limit: int | None = None  # the plan's limit (None: unlimited)
    used: int | None = None
    remaining: int | None = None

    def __bool__(self) -> bool:
        return self.allowed


class EntitlementDenied(DomainError):
    code = "entitlement_denied"
    status = 403

    def __init__(self, decision: Decision) -> None:
        super().__init__(
            decision.reason,
            fields={"limit": [decision.limit_name], "how_to_lift": [decision.how_to_lift]},
        )
        self.decision = decision


def entitlement_check(company, action: str, *, unlocked: bool = False) -> Decision:
    """Whether ``company`` may do ``action`` now under its current plan and credits.

    ``unlocked`` (for ``lead.view_contact``): the lead is already unlocked for this company.
    """
    from . import selectors

    if company is None:
        return Decision(
            allowed=False,
            reason=_("Only a seller company can do this."),
            limit_name="company",
            how_to_lift=_("Register your company as a seller."),
        )
    upgrade = _("Upgrade your membership plan on the Plans page.")

    if action == "lead.unlock":
        plan, balance = selectors.plan_with_credit_balance(company)
        if plan.auto_unlock or plan.lead_credits_per_month is None:
            return Decision(allowed=True, via="plan", limit=plan.lead_credits_per_month)
        if balance > 0:
            return Decision(
                allowed=True,
                via="credit",
                limit=plan.lead_credits_per_month,
                remaining=balance,
            )
        return Decision(
            allowed=False,
            reason=_("You have no lead credits left."),
            limit_name="lead_credits",
            how_to_lift=_(
                "Your plan grants %(credits)s credits each month. %(upgrade)s "
                "Premium unlocks leads automatically."
            )
            % {"credits": plan.lead_credits_per_month, "upgrade": upgrade},
            limit=plan.lead_credits_per_month,
            remaining=0,
        )

    plan = selectors.plan_effective(company)
    if action == "product.create":
        used = usage(company, "products")
        if plan.max_products is None:
            return Decision(allowed=True, via="plan", limit=None, used=used)
        if used < plan.max_products:
            return Decision(
                allowed=True,
                via="plan",
                limit=plan.max_products,
                used=used,
                remaining=plan.max_products - used,
            )
        return Decision(
            allowed=False,
            reason=_("Your %(plan)s plan allows %(limit)s products and you have %(used)s.")
            % {"plan": plan.display_name, "limit": plan.max_products, "used": used},
            limit_name="max_products",
            how_to_lift=_(
                "Upgrade to a plan with more products, or unpublish a product to make room."
            ),
            limit=plan.max_products,
            used=used,
            remaining=0,
        )

    if action == "lead.view_contact":
        if unlocked or plan.auto_unlock:
            return Decision(allowed=True, via="plan" if plan.auto_unlock else "credit")
        return Decision(
            allowed=False,
            reason=_("Buyer contact details are shown once you unlock the lead."),
            limit_name="lead_contact",
            how_to_lift=_(
                "Unlock the lead with a credit, or upgrade to Premium for automatic unlocks."
            ),
        )

    raise ValueError(f"unknown entitlement action {action!r}")


def entitlement_require(company, action: str, **kwargs) -> Decision:
    """``entitlement_check`` that raises ``EntitlementDenied`` (403, code "entitlement_denied",
    naming the limit and how to lift it) when the answer is no."""
    decision = entitlement_check(company, action, **kwargs)
    if not decision.allowed:
        raise EntitlementDenied(decision)
    return decision
