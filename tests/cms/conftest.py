from __future__ import annotations

import pytest

from tests.cms import factories


@pytest.fixture
def blog(home_page):
    return factories.blog_index(home_page)


@pytest.fixture
def stories(home_page):
    return factories.story_index(home_page)


@pytest.fixture
def contact(home_page):
    return factories.contact_page(home_page)
