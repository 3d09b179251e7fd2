"""Template tags of the seller's lead inbox."""

from __future__ import annotations

from html import escape

import django_countries
from django import template
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.safestring import SafeString, mark_safe

from marketplace.catalog.models import Category
from marketplace.leads.models import Lead

register = template.Library()


@register.simple_tag
def inbox_rows(leads, category_names: dict[int, str]) -> SafeString:
    """The inbox table's rows, one ``<tr>`` per lead (``leads``: dicts of
    ``selectors.INBOX_ROW_FIELDS``; ``category_names``: id to display name of the categories in
    the inbox, from its filter choices; any other is read here).

    Written in Python because it is the hottest part of the seller dashboard: through the
    template engine (a URL lookup, ``get_status_display``, a country name and two localised
    formats per row) the 25 rows cost more than the rest of the page. Here every label is looked
    up once per page, and every value is escaped where it is inserted."""
    detail = reverse("leads:lead_detail", args=[0]).removesuffix("0/")  # ".../leads/<pk>/"
    statuses = {value: escape(str(label)) for value, label in Lead.Status.choices}
    leads = list(leads)
    names = dict(category_names)
    missing = {lead["rfq__category_id"] for lead in leads} - names.keys() - {None}
    if missing:
        names.update((c.pk, c.display_name) for c in Category.objects.filter(pk__in=missing))
    categories = {
        pk: f'<br><span class="muted">{escape(name)}</span>' for pk, name in names.items()
    }
    countries: dict[str, str] = {}
    days: dict[object, str] = {}
    rows = []
    for lead in leads:
        code = lead["rfq__destination_country"]
        if code not in countries:
            countries[code] = escape(str(django_countries.countries.name(code)))
        day = timezone.localtime(lead["created_at"]).date()
        if day not in days:
            days[day] = escape(formats.date_format(day, "SHORT_DATE_FORMAT"))
        status = lead["status"]
        rows.append(
            f'<tr><td><a href="{detail}{int(lead["pk"])}/">{escape(lead["rfq__title"])}</a>'
            f"{categories.get(lead['rfq__category_id'], '')}</td>"
            f"<td>{escape(floatformat(lead['rfq__quantity'], '-2g'))} {escape(lead['rfq__unit'])}"
            f"</td><td>{countries[code]}</td>"
            f"<td>{int(lead['rfq__trust_score'])}/100</td>"
            f"<td>{statuses.get(status) or escape(status)}</td>"
            f"<td>{int(lead['unlocked_count'])} / {int(lead['shared_count'])}</td>"
            f"<td>{days[day]}</td></tr>"
        )
    return mark_safe("\n".join(rows))  # noqa: S308 - every value above is escaped or an int
