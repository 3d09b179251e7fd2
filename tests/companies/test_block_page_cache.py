"""A block (or its lifting) reaches anonymous visitors at once, not when the cached copy of the
supplier's page expires: the badge and block flags are stored with update(), which sends no
post_save, so the service empties the page cache itself."""

from __future__ import annotations

import pytest

from marketplace.companies.services import company_block, company_unblock
from tests.companies.factories import seller_company

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_blocked_supplier_page_is_not_served_from_the_page_cache(client, home_page, reviewer):
    """Found by the staff journey: after Block in the admin, visitors still got the cached page
    (200) while an uncached URL of it answered 404."""
    company = seller_company(name="Cached Pumps Ltd")
    staff = reviewer
    url = f"/suppliers/{company.slug}/"
    assert client.get(url).status_code == 200
    assert client.get(url)["X-Page-Cache"] == "hit"

    company_block(company=company, reason="Fake certificates", actor=staff)
    assert client.get(url).status_code == 404

    company_unblock(company=company, reason="Checked", actor=staff)
    assert client.get(url).status_code == 200
