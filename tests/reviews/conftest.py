from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _eager(eager_celery):
    """Routing and other follow-ups queued on commit run in the test thread."""


@pytest.fixture
def moderator(db):
    from tests.conftest import grant
    from tests.factories import StaffFactory

    return grant(
        StaffFactory(email="moderator@tradesetu.test"),
        "reviews.moderate_review",
        "wagtailadmin.access_admin",
        "audit.view_auditevent",
    )


@pytest.fixture
def world(plans, tree):
    from .factories import reviewable

    return reviewable(tree)
