from __future__ import annotations

import pytest

from tests.billing.factories import make_plans
from tests.companies.factories import seller_company

from .factories import spice_tree


@pytest.fixture
def plans(db):
    return make_plans()


@pytest.fixture
def tree(db):
    return spice_tree()


@pytest.fixture
def company(db, plans):
    return seller_company()


@pytest.fixture
def owner(company):
    return company.members.get(role="owner").user
