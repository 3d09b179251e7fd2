"""Web shortcuts for the seller dashboards."""

from __future__ import annotations

from django.http import Http404

from .models import Company
from .selectors import company_for_user


def seller_company_or_404(request) -> Company:
    """The seller company of the signed-in user; 404 for anyone without one."""
    company = company_for_user(request.user, kind=Company.Kind.SELLER)
    if company is None:
        raise Http404
    return company
