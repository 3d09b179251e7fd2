"""A user's notification time zone starts from where they are, not always India."""

from __future__ import annotations

import pytest

from marketplace.notifications.services import preference_for, timezone_for_country
from tests.companies.factories import buyer_company, seller_company
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_german_buyer_gets_berlin_time():
    """The issue: a German buyer's quiet hours defaulted to Asia/Kolkata."""
    company = buyer_company()  # country DE
    user = company.members.get().user
    assert preference_for(user).timezone == "Europe/Berlin"


def test_an_indian_seller_keeps_india_time():
    """Sellers are Indian companies: their default stays Asia/Kolkata."""
    user = seller_company().members.get().user
    assert preference_for(user).timezone == "Asia/Kolkata"


def test_without_a_company_the_phone_number_tells_the_country():
    """A buyer without a company but with a US phone number gets New York time."""
    user = UserFactory(phone="+12025550143")
    assert preference_for(user).timezone == "America/New_York"


def test_a_stored_choice_is_kept():
    """The default applies once, when the preferences are created; the user's own choice
    stays."""
    company = buyer_company()
    user = company.members.get().user
    pref = preference_for(user)
    pref.timezone = "Asia/Tokyo"
    pref.save()
    assert preference_for(user).timezone == "Asia/Tokyo"


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("DE", "Europe/Berlin"),
        ("us", "America/New_York"),
        ("AU", "Australia/Sydney"),
        ("AE", "Asia/Dubai"),
        ("", "Asia/Kolkata"),
        ("XX", "Asia/Kolkata"),
    ],
)
def test_country_to_time_zone_comes_from_the_data_file(country, zone):
    """Countries with several zones get their main one; unknown countries the default."""
    assert timezone_for_country(country) == zone
