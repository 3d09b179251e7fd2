from __future__ import annotations

from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage

DEFAULT_HOME = {
    "title": "TradeSetu",
    "hero_title": "Verified Indian exporters. Leads that are worth it.",
    "hero_text": (
        "Post a request for quotation once and hear back from a handful of verified suppliers "
        "who fit it, not from everyone."
    ),
}


@transaction.atomic
def home_page_ensure(*, hostname: str = "localhost", port: int = 80) -> HomePage:
    """Make sure the default site serves an English HomePage (idempotent).

    Wagtail's first migration creates a plain "Welcome" page at /home/; it is replaced once.
    """
    locale, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    if root is None:  # a flushed database (transactional tests) has lost the migration's root
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale, live=True))
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        for welcome in root.get_children().exact_type(Page).filter(slug="home"):
            welcome.delete()  # its Site goes with it; recreated below
        home = HomePage(slug="home", locale=locale, **DEFAULT_HOME)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="TradeSetu",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
    return home
