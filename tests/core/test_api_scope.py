"""The API's REST framework choices stay on our own views: the translation editor that
wagtail-localize ships (also REST framework) saves form-encoded strings, and publishing shows them."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.models import Locale

from tests.cms import factories
from tests.conftest import admin_login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_translation(home_page):
    """An English blog post and its (empty) Spanish translation, as "Translate" makes them."""
    from wagtail_localize.models import StringSegment, Translation, TranslationSource

    Locale.objects.get_or_create(language_code="es")
    blog = factories.blog_index(home_page)
    post = factories.blog_post(
        blog, title="Vetting suppliers", slug="vetting", intro="Five checks."
    )
    source, _ = TranslationSource.get_or_create_from_instance(blog)
    Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="es"))
    source, _ = TranslationSource.get_or_create_from_instance(post)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="es")
    )
    # "Translate" makes the Spanish index and a draft of the post for the editor to fill in
    Translation.objects.get(
        source__object_id=blog.translation_key, target_locale__language_code="es"
    ).save_target(publish=True)  # (published after commit; the index needs no live page here)
    translation.save_target(publish=False)
    title = StringSegment.objects.get(source=source, string__data="Vetting suppliers")
    return post, translation, title


def test_translation_editor_saves_a_string_and_publishing_shows_the_spanish_text(
    client, spanish_translation, django_capture_on_commit_callbacks
):
    """Translate → edit a string → Save answered 415 while the API's JSON-only parsers were
    global; now the save is stored and "Publish in Spanish" publishes the Spanish title."""
    post, translation, title = spanish_translation
    editor = UserFactory(is_staff=True, is_superuser=True)
    admin_login(client, editor)
    url = reverse(
        "wagtail_localize:edit_string_translation",
        kwargs={"translation_id": translation.pk, "string_segment_id": title.pk},
    )
    # what the editor's JavaScript sends: multipart form data with the CSRF token
    response = client.put(
        url,
        data="value=Verificar+proveedores",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content
    assert response.json()["data"] == "Verificar proveedores"

    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes then
        translation.save_target(publish=True)
    spanish = post.get_translation(Locale.objects.get(language_code="es"))
    assert spanish.title == "Verificar proveedores"
    assert "Verificar proveedores" in client.get(spanish.url).content.decode()


def test_our_api_still_takes_json_only_and_answers_in_the_one_error_shape(api_client):
    """Scoping the defaults to our views keeps the API's own contract: a form-encoded body to
    /api/v1/ is a 415 in the one error shape, and an anonymous read of a private endpoint a 401."""
    response = api_client.post(
        "/api/v1/auth/login",
        data="email=a%40b.test",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"
    response = api_client.get("/api/v1/auth/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
