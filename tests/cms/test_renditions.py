"""Image renditions are made ahead (a Celery task on upload, ``seed_demo`` on demo load), from the
one list of rendition sets the templates use (``tradesetu.images``), never during a page view."""

from __future__ import annotations

import re
from pathlib import Path
from unittest import mock

import pytest
from wagtail.images.models import Rendition

from cms import services
from tests.catalog.factories import published, spice_tree
from tests.cms import factories
from tests.factories import CompanyFactory
from tradesetu import images

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def test_templates_ask_for_images_only_by_rendition_set_name():
    """A template that wrote its own filter spec (``{% image … fill-… %}``) would show a
    rendition the task never makes, so its first view would resize the image again."""
    literal, unknown = [], []
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text()
        if re.search(r"{%\s*(image|srcset_image|picture)\s", text):
            literal.append(str(path.relative_to(TEMPLATES)))
        for name in re.findall(r'{%\s*rendition(?:_url)?\s+\S+\s+"([^"]+)"', text):
            if name not in images.RENDITION_SETS:
                unknown.append((str(path.relative_to(TEMPLATES)), name))
    assert not literal, f"filter specs written in templates: {literal}"
    assert not unknown, f"rendition sets not in tradesetu.images: {unknown}"


def test_rendition_sets_expand_to_plain_filter_specs():
    """``srcset`` widths come from one set: three widths are three filter specs, in order."""
    assert images.rendition_set("page-hero").filters == [
        "fill-480x270|format-webp",
        "fill-800x450|format-webp",
        "fill-1200x675|format-webp",
    ]
    assert "fill-400x225|format-webp" in images.filters_for(images.PAGE)
    assert "fill-400x225|format-webp" not in images.filters_for(images.PRODUCT)
    with pytest.raises(ValueError, match="unknown rendition set"):
        images.rendition_set("nope")


@pytest.mark.django_db
def test_saving_an_image_queues_the_renditions_task_after_commit(
    django_capture_on_commit_callbacks,
):
    """An upload (the admin's, a seller's photo) queues the task once the image is committed."""
    with mock.patch("cms.tasks.image_renditions_make.delay") as delay:
        with django_capture_on_commit_callbacks(execute=True):
            image = factories.image()
            assert not delay.called  # not before the commit: the worker could not read it
    delay.assert_called_with(image.pk)


@pytest.mark.django_db
def test_a_broker_that_is_down_does_not_break_the_upload(django_capture_on_commit_callbacks):
    """Without a broker the upload still succeeds (the first view makes the renditions)."""
    with mock.patch("cms.tasks.image_renditions_make.delay", side_effect=OSError("down")):
        with django_capture_on_commit_callbacks(execute=True):
            image = factories.image()
    assert image.pk


@pytest.mark.django_db
def test_page_views_make_no_renditions_once_they_were_made_ahead(client, home_page):
    """The blog index, a post and a story make no rendition in the request once the task ran
    (before this, each first view resized every image: 8–10 s on the demo data)."""
    picture = factories.image(size=(1600, 900))
    author = factories.BlogAuthorFactory(photo=factories.image(size=(400, 400)))
    blog = factories.blog_index(home_page)
    post = factories.blog_post(blog, image=picture, author=author)
    story = factories.story(factories.story_index(home_page), image=picture)

    # the test can fail: without renditions made ahead, a view makes them
    assert client.get(post.url).status_code == 200
    assert Rendition.objects.exists()
    Rendition.objects.all().delete()
    Rendition.cache_backend.clear()
    services.page_cache_clear()

    for image in (picture, author.photo):
        assert services.image_renditions_make(image=image) > 0
    made = Rendition.objects.count()
    for url in (blog.url, post.url, story.url, story.get_parent().url, "/"):
        assert client.get(url).status_code == 200, url
    assert Rendition.objects.count() == made


@pytest.mark.django_db
def test_product_photos_get_the_product_sets_only(home_page):
    """A product photo gets the catalogue's sizes, not the blog's (nor the other way round)."""
    from marketplace.catalog.models import ProductImage

    tree = spice_tree()
    product = published(CompanyFactory(), tree["pepper"], 1)[0]
    photo = factories.image(size=(800, 600))
    ProductImage.objects.create(product=product, image=photo, alt_text="Pepper")
    editor_upload = factories.image()

    assert services.image_uses(image=photo) == (images.PRODUCT,)
    assert services.image_uses(image=editor_upload) == (images.PAGE,)
    services.image_renditions_make(image=photo)
    made = set(photo.renditions.values_list("filter_spec", flat=True))
    assert set(images.filters_for(images.PRODUCT)) <= made
    assert not made & set(images.rendition_set("card").filters)


@pytest.mark.django_db
def test_a_missing_source_file_is_logged_not_raised():
    """An image whose file is gone makes nothing and does not fail the task (no retry storm)."""
    image = factories.image()
    image.file.storage.delete(image.file.name)
    assert services.image_renditions_make(image=image) == 0


@pytest.mark.django_db
def test_seed_demo_queues_the_renditions_task_for_every_image(django_capture_on_commit_callbacks):
    """``seed_demo`` queues every image (also those loaded before renditions were made ahead),
    so the worker makes them before visitors ask; the task skips what exists."""
    first, second = factories.image(), factories.image()
    with mock.patch("cms.tasks.image_renditions_make.delay") as delay:
        with django_capture_on_commit_callbacks(execute=True):
            assert services.images_renditions_queue() >= 2
    queued = {c.args[0] for c in delay.call_args_list}
    assert {first.pk, second.pk} <= queued
    services.image_renditions_make(image=first)
    made = first.renditions.count()
    services.image_renditions_make(image=first)  # again: nothing new
    assert first.renditions.count() == made == len(images.filters_for(images.PAGE))
