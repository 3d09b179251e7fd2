from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _eager(eager_celery):
    """Routing and other follow-ups queued on commit run in the test thread."""


@pytest.fixture
def staff(db):
    from tests.conftest import grant
    from tests.factories import StaffFactory

    return grant(StaffFactory(), "leads.change_badleadclaim", "audit.view_auditevent")
