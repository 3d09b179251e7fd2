"""``{% supplier_rating company %}``: a supplier's average and review count (product pages,
cards); nothing when it has no published review."""

from __future__ import annotations

from django import template

from marketplace.reviews.selectors import rating_for

register = template.Library()


@register.inclusion_tag("reviews/includes/supplier_rating.html")
def supplier_rating(company, rating=None):
    rating = rating if rating is not None else rating_for(company)
    return {"company": company, "rating": rating if rating and rating.count else None}


@register.filter
def stars(value) -> str:
    """★★★★☆ for 4 (rounded to whole stars; decorative, pair it with the number in words)."""
    try:
        filled = max(0, min(5, round(float(value))))
    except (TypeError, ValueError):
        return ""
    return "★" * filled + "☆" * (5 - filled)
