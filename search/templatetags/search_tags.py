from django import template
from django_countries import countries

from marketplace.companies.validators import GST_STATES

register = template.Library()


@register.filter
def state_name(code: str) -> str:
    return GST_STATES.get(code or "", "")


@register.filter
def country_name(code: str) -> str:
    return str(dict(countries).get(code or "", code or ""))
