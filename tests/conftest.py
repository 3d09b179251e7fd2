"""Shared fixtures. Tests run against real PostgreSQL and Redis (see tradesetu.settings.test)."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from tests.factories import PASSWORD, SellerFactory, UserFactory


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test starts with an empty cache (rate limits, lockouts) and its own media folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def buyer(db):
    return UserFactory()


@pytest.fixture
def seller(db):
    return SellerFactory()


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def home_page(db):
    from cms.services import home_page_ensure

    return home_page_ensure()
