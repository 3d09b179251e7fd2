"""The CMS parts of the Wagtail admin open: SEO settings, snippets, contact messages."""

from __future__ import annotations

import pytest

from cms.models import ContactSubmission
from tests.conftest import admin_login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_page):
    return admin_login(client, UserFactory(is_buyer=False, is_superuser=True))


def test_wagtail_seo_settings_open_and_save_in_the_admin(admin_client, home_page):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/wagtailseo/seosettings/{site.pk}/"
    assert admin_client.get(url).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/admin/snippets/cms/blogcategory/",
        "/admin/snippets/cms/blogauthor/",
        "/admin/snippets/cms/contactsubmission/",
        "/admin/workflows/list/",
    ],
)
def test_cms_admin_listings_open(admin_client, path):
    assert admin_client.get(path).status_code == 200


def test_contact_message_is_shown_escaped_in_the_admin(admin_client):
    submission = ContactSubmission.objects.create(
        name="<b>Eve</b>", email="eve@example.com", message="<script>alert(1)</script> hello"
    )
    response = admin_client.get(f"/admin/snippets/cms/contactsubmission/inspect/{submission.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


def test_the_admin_calls_nothing_outside_the_site(admin_client):
    """Offline admin: no gravatar avatars (broken images without internet) and no release check
    (a request to wagtail.org from every dashboard view)."""
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar.com" not in html
    assert "data-w-upgrade" not in html and "releases.wagtail" not in html
    assert 'class="avatar' in html  # the initials/placeholder avatar is still there
