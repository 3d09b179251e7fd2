from __future__ import annotations

import pytest

from tests.billing.factories import make_plans
from tests.catalog.factories import spice_tree
from tradesetu.celery import app as celery_app


@pytest.fixture(autouse=True)
def _eager_celery():
    """Routing queued on commit runs in the test thread."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture
def plans(db):
    return make_plans()


@pytest.fixture
def tree(db):
    return spice_tree()


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
