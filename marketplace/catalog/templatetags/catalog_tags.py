from __future__ import annotations

from django import template

from marketplace.catalog import selectors

register = template.Library()


@register.simple_tag
def featured_home(kind: str, count: int = 4) -> list:
    """Products or suppliers featured on the home page right now."""
    products, companies = selectors.featured("home")
    return (products if kind == "products" else companies)[: int(count)]
