"""Factories for CMS tests: snippets with factory_boy, pages through small builders (Wagtail pages
are created with ``parent.add_child``, which factory_boy does not know about)."""

from __future__ import annotations

import datetime
import io
import itertools

import factory
from django.core.files.images import ImageFile
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from cms.models import (
    BlogAuthor,
    BlogCategory,
    BlogIndexPage,
    BlogPage,
    ContactPage,
    HomePage,
    StandardPage,
    SuccessStoryIndexPage,
    SuccessStoryPage,
)

_seq = itertools.count(1)


def english() -> Locale:
    return Locale.objects.get_or_create(language_code="en")[0]


class BlogCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BlogCategory

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    locale = factory.LazyFunction(english)


class BlogAuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BlogAuthor

    name = factory.Faker("name")
    role = "Editor"
    bio = "Writes about exports."
    locale = factory.LazyFunction(english)


def image(title: str = "", size=(800, 450)) -> Image:
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#0b5cad").save(buffer, "JPEG")
    n = next(_seq)
    return Image.objects.create(
        title=title or f"Image {n}", file=ImageFile(buffer, name=f"image-{n}.jpg")
    )


def _add(parent: Page, page: Page, *, publish: bool = True) -> Page:
    page.live = False  # as the admin creates pages: a draft until published
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def paragraphs(words: int) -> list[dict]:
    text = " ".join(["word"] * words)
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def blog_index(home: HomePage, **fields) -> BlogIndexPage:
    fields.setdefault("title", "Blog")
    fields.setdefault("slug", "blog")
    return _add(home, BlogIndexPage(**fields))


def blog_post(index: BlogIndexPage, *, tags=(), publish: bool = True, **fields) -> BlogPage:
    n = next(_seq)
    fields.setdefault("title", f"Post {n}")
    fields.setdefault("slug", f"post-{n}")
    fields.setdefault("intro", "A short summary of the post.")
    fields.setdefault("date", datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    fields.setdefault("body", paragraphs(50))
    page = BlogPage(live=False, **fields)
    index.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def story_index(home: HomePage, **fields) -> SuccessStoryIndexPage:
    fields.setdefault("title", "Success stories")
    fields.setdefault("slug", "success-stories")
    return _add(home, SuccessStoryIndexPage(**fields))


def story(index: SuccessStoryIndexPage, *, publish: bool = True, **fields) -> SuccessStoryPage:
    n = next(_seq)
    fields.setdefault("title", f"Story {n}")
    fields.setdefault("slug", f"story-{n}")
    fields.setdefault("summary", "A buyer in Germany found a pepper exporter in Kerala.")
    fields.setdefault("buyer_market", "DE")
    fields.setdefault("product", "Black pepper")
    fields.setdefault("problem", "<p>Too many traders.</p>")
    fields.setdefault("solution", "<p>One verified exporter.</p>")
    fields.setdefault(
        "outcomes", [{"type": "metric", "value": {"label": "Landed cost", "value": "-14 %"}}]
    )
    return _add(index, SuccessStoryPage(**fields), publish=publish)


def standard_page(home: HomePage, **fields) -> StandardPage:
    n = next(_seq)
    fields.setdefault("title", f"Page {n}")
    fields.setdefault("slug", f"page-{n}")
    return _add(home, StandardPage(**fields))


def contact_page(home: HomePage, **fields) -> ContactPage:
    fields.setdefault("title", "Contact us")
    fields.setdefault("slug", "contact")
    fields.setdefault("to_address", "staff@tradesetu.test")
    return _add(home, ContactPage(**fields))
