from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Page

from .models import User, UserSession

# the slug of the published terms-of-use page (a CMS standard page under the home page)
TERMS_PAGE_SLUG = "terms"


@dataclass(frozen=True)
class TermsOfUse:
    version: str  # recorded on the account that accepts them
    url: str  # the page in the active language (English when it is not translated)


def terms_of_use() -> TermsOfUse:
    """The terms of use people accept at sign-up. Their version is the date and revision of
    the English page's last publication, so publishing new terms starts a new version."""
    pages = Page.objects.live().filter(slug=TERMS_PAGE_SLUG).select_related("locale")
    source = next(
        (p for p in pages if p.locale.language_code == settings.LANGUAGE_CODE), None
    ) or next(iter(pages), None)
    if source is None or source.last_published_at is None:
        return TermsOfUse(version="unpublished", url=f"/{TERMS_PAGE_SLUG}/")
    page = source.localized
    return TermsOfUse(
        version=f"{source.last_published_at:%Y-%m-%d}.r{source.live_revision_id}",
        url=page.url or source.url or f"/{TERMS_PAGE_SLUG}/",
    )


def user_to_dict(user: User) -> dict:
    return {
        "id": user.pk,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "phone": str(user.phone or ""),
        "roles": user.roles,
        "status": user.status,
        "email_verified": user.email_verified,
        "language": user.language,
        "terms_accepted_at": user.terms_accepted_at,
        "terms_version": user.terms_version,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


def user_sessions_active(*, user: User) -> QuerySet[UserSession]:
    return UserSession.objects.filter(user=user, revoked_at__isnull=True).order_by("-last_seen_at")
