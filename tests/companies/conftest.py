from __future__ import annotations

import pytest

from .factories import seller_company


@pytest.fixture
def company(db):
    return seller_company()


@pytest.fixture
def owner(company):
    return company.members.get(role="owner").user
