"""Review reads: public lists show approved reviews only."""

from __future__ import annotations

from collections.abc import Iterable

from .models import RatingSummary


def ratings_for(company_ids: Iterable[int]) -> dict[int, RatingSummary]:
    """The rating summaries of these companies, by company id, in one query. Companies without
    a summary (no review moderated yet) are absent; treat them as unrated."""
    ids = {int(pk) for pk in company_ids}
    if not ids:
        return {}
    return {s.company_id: s for s in RatingSummary.objects.filter(company_id__in=ids)}
