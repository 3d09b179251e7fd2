from django import template

from billing import selectors

register = template.Library()


@register.inclusion_tag("billing/_summary.html")
def billing_summary(company):
    """The plan, limits and credit balance box of the seller dashboard."""
    return {"summary": selectors.billing_summary(company) if company else None}
