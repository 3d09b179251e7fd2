from __future__ import annotations

import pytest

from tests.companies.factories import seller_company


@pytest.fixture
def company(db, plans):
    return seller_company()


@pytest.fixture
def owner(company):
    return company.members.get(role="owner").user
