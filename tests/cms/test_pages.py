"""Page tree rules, reading time and related posts."""

from __future__ import annotations

import pytest
from wagtail.models import Page

from cms.models import (
    BlogIndexPage,
    BlogPage,
    ContactPage,
    HomePage,
    StandardPage,
    SuccessStoryIndexPage,
    SuccessStoryPage,
)
from tests.cms import factories

pytestmark = pytest.mark.django_db


def test_home_page_lives_only_under_the_root(home_page, blog):
    root = Page.get_first_root_node()
    assert HomePage.can_exist_under(root)
    assert not HomePage.can_exist_under(home_page)
    assert not HomePage.can_create_at(root)  # one per parent: English is there already


def test_blog_posts_only_under_the_blog_index(home_page, blog):
    assert BlogPage.can_create_at(blog)
    assert not BlogPage.can_create_at(home_page)
    assert BlogPage.allowed_subpage_models() == []
    assert not BlogIndexPage.can_create_at(home_page)  # one blog per language


def test_success_stories_only_under_their_index(home_page, stories, blog):
    assert SuccessStoryPage.can_create_at(stories)
    assert not SuccessStoryPage.can_create_at(home_page)
    assert not SuccessStoryPage.can_create_at(blog)
    assert not SuccessStoryIndexPage.can_create_at(home_page)


def test_standard_and_contact_pages_sit_under_home(home_page, contact):
    about = factories.standard_page(home_page, title="About", slug="about")
    assert StandardPage.can_create_at(home_page)
    assert StandardPage.can_create_at(about)  # legal sub-pages
    assert not ContactPage.can_create_at(home_page)  # one contact page per language
    assert not ContactPage.can_create_at(about)


@pytest.mark.parametrize(("body_words", "minutes"), [(0, 1), (198, 1), (199, 2), (598, 3)])
def test_reading_time_rounds_up_at_200_words_a_minute(blog, body_words, minutes):
    # title and intro add one word each
    body = factories.paragraphs(body_words) if body_words else []
    post = factories.blog_post(blog, title="Title", intro="Intro", body=body)
    assert post.reading_time == minutes


def test_reading_time_counts_headings_quotes_and_faq_text(blog):
    body = [
        {"type": "heading", "value": " ".join(["h"] * 100)},
        {"type": "quote", "value": {"quote": " ".join(["q"] * 100), "attribution": "x"}},
        {"type": "paragraph", "value": "<p>" + " ".join(["p"] * 97) + "</p>"},
    ]
    post = factories.blog_post(blog, title="Title", intro="Intro", body=body)
    assert post.word_count == 2 + 100 + 101 + 97
    assert post.reading_time == 2


def test_related_posts_rank_shared_tags_then_category_then_fill_with_newest(blog):
    category = factories.BlogCategoryFactory()
    post = factories.blog_post(blog, tags=["pepper", "kerala"], category=category)
    two_tags = factories.blog_post(blog, tags=["pepper", "kerala"])
    one_tag = factories.blog_post(blog, tags=["kerala"])
    same_category = factories.blog_post(blog, category=category)
    unrelated = factories.blog_post(blog, tags=["freight"])
    factories.blog_post(blog, tags=["pepper", "kerala"], publish=False)  # a draft never shows

    assert post.related_posts(limit=3) == [two_tags, one_tag, same_category]
    assert post.related_posts(limit=5) == [two_tags, one_tag, same_category, unrelated]


def test_blog_index_filters_by_category_and_tag_and_paginates(client, blog):
    category = factories.BlogCategoryFactory(slug="logistics", name="Logistics")
    tagged = factories.blog_post(blog, tags=["freight"], title="Freight post")
    in_category = factories.blog_post(blog, category=category, title="Logistics post")
    for _ in range(10):
        factories.blog_post(blog)

    by_category = client.get("/blog/category/logistics/").content.decode()
    assert in_category.title in by_category and tagged.title not in by_category
    by_tag = client.get("/blog/tag/freight/").content.decode()
    assert tagged.title in by_tag and in_category.title not in by_tag
    assert client.get("/blog/category/missing/").status_code == 404
    assert client.get("/blog/tag/missing/").status_code == 404
    first, second = client.get("/blog/"), client.get("/blog/?page=2")
    assert first.status_code == second.status_code == 200
    assert 'rel="next" href="?page=2"' in first.content.decode()
    assert client.get("/blog/?page=9").status_code == 404
    assert client.get("/blog/?page=x").status_code == 404


def test_success_story_lists_featured_first_and_links_the_supplier(client, stories):
    from tests.factories import CompanyFactory

    supplier = CompanyFactory(name="Kerala Spice Exports")
    plain = factories.story(stories, title="Plain story")
    featured = factories.story(stories, title="Featured story", featured=True, supplier=supplier)
    html = client.get("/success-stories/").content.decode()
    assert html.index(featured.title) < html.index(plain.title)
    assert "Kerala Spice Exports" in client.get(featured.url).content.decode()

    from cms.selectors import success_stories_for_supplier

    assert list(success_stories_for_supplier(company=supplier)) == [featured]


def test_a_translated_story_index_lists_the_english_stories_until_they_are_translated(
    client, home_page, stories
):
    from cms.services import page_translation_ensure

    story = factories.story(stories, title="Kerala pepper for Hamburg")
    page_translation_ensure(page=home_page, language_code="es", fields={"title": "Inicio"})
    spanish = page_translation_ensure(
        page=stories, language_code="es", fields={"title": "Casos de éxito"}
    )
    html = client.get(spanish.url).content.decode()
    assert "Casos de éxito" in html and story.title in html


def test_category_filter_works_on_a_translated_blog_with_untranslated_categories(client, blog):
    from cms.services import page_translation_ensure

    category = factories.BlogCategoryFactory(slug="logistics", name="Logistics")
    post = factories.blog_post(blog, category=category, title="Freight basics")
    page_translation_ensure(page=blog, language_code="ar", fields={"title": "المدونة"})
    page_translation_ensure(page=post, language_code="ar", fields={"title": "أساسيات الشحن"})

    response = client.get("/ar/blog/category/logistics/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "أساسيات الشحن" in html and "Freight basics" not in html
    assert 'href="/ar/blog/category/logistics/"' in client.get("/ar/blog/").content.decode()


def test_translations_are_synced_with_the_english_tree_and_show_their_status(client, blog):
    """Translations go through wagtail-localize: the French post carries the translated strings,
    counts as up to date, and after the English post changes the editors see it waiting."""
    from django.utils.translation import override as translation_override
    from wagtail_localize.models import Translation, TranslationSource

    from cms.services import page_translation_ensure

    post = factories.blog_post(
        blog,
        title="Vetting suppliers",
        slug="vetting",
        intro="Five checks.",
        body=factories.paragraphs(1),
    )
    french = page_translation_ensure(
        page=post,
        language_code="fr",
        fields={"title": "Vérifier un fournisseur", "intro": "Cinq vérifications."},
    )
    assert french.live and french.title == "Vérifier un fournisseur"
    assert french.intro == "Cinq vérifications."
    assert "Vérifier un fournisseur" in client.get(french.url).content.decode()
    translation = Translation.objects.get(
        source__object_id=post.translation_key, target_locale__language_code="fr"
    )
    total, done = translation.get_progress()
    assert done < total  # the body paragraph was not given: it stays English, and it shows
    with translation_override("en"):
        assert str(translation.get_status_display()) == "Waiting for translations"

    post.title = "Vetting Indian suppliers"
    post.save_revision().publish()
    TranslationSource.update_or_create_from_instance(post)  # what "Sync translated pages" does
    # the English change reaches the translation editor as a new string to translate
    entries = {e.msgid: e.msgstr for e in translation.export_po() if not e.obsolete}
    assert entries["Vetting Indian suppliers"] == ""
    assert "Vetting suppliers" not in entries
    # and a second ensure leaves the synced translation alone
    assert page_translation_ensure(page=post, language_code="fr", fields={}).pk == french.pk
