"""Images by rendition-set name (``tradesetu.images``): the sets the renditions task makes ahead.

    {% load renditions %}
    {% rendition post.image "card" sizes="92vw" alt="" loading="lazy" class="card-image" %}
    {% rendition_url images.0.image "product-social" as og_url %}

A set with several widths renders one ``<img>`` with ``srcset`` (the first width as ``src``), as
Wagtail's ``{% srcset_image %}`` does; a missing source file renders a broken image, never a 500.
"""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe
from wagtail.images.models import ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found

from tradesetu.images import rendition_set

register = template.Library()


def _renditions(image, name: str):
    return get_renditions_or_not_found(image, rendition_set(name).filters)


@register.simple_tag
def rendition(image, name, **attrs):
    """``<img>`` of the image in the named rendition set (``srcset`` when it has several widths)."""
    if not image:
        return ""
    return mark_safe(ResponsiveImage(_renditions(image, name), attrs).__html__())  # noqa: S308


@register.simple_tag
def rendition_url(image, name) -> str:
    """URL of the (first) rendition of the named set; empty without an image."""
    if not image:
        return ""
    return next(iter(_renditions(image, name).values())).url
