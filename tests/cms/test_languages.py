"""Pages in the visitor's language: the language switcher on untranslated pages, translated blog
indexes, menus, the demo blog in every language, and editor text of unknown direction."""

from __future__ import annotations

import pytest

from cms import demo
from cms.services import page_translation_ensure
from tests.cms import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_blog(home_page, blog):
    page_translation_ensure(page=home_page, language_code="es", fields={"title": "Inicio"})
    return page_translation_ensure(page=blog, language_code="es", fields={"title": "Blog ES"})


def test_switcher_on_an_untranslated_page_leads_to_the_nearest_translated_page_and_says_so(
    client, spanish_blog, blog
):
    """An English post without a Spanish version: "español" leads to the Spanish blog (not the
    Spanish home page) and is marked as not translated; a translated page is not marked."""
    post = factories.blog_post(blog, slug="only-english")
    html = client.get(post.url).content.decode()
    spanish = html.split('lang="es" hreflang="es"', 1)[1].split("</li>", 1)[0]
    assert 'href="/es/blog/" lang="es"' in html
    assert "data-untranslated" in spanish and "not translated yet" in spanish

    blog_html = client.get(blog.url).content.decode()
    assert 'href="/es/blog/" lang="es" hreflang="es">' in blog_html  # translated: no mark


def test_switcher_falls_back_to_the_languages_home_when_no_ancestor_is_translated(
    client, home_page, blog
):
    """Nothing translated into French but the home page: the French link is the French home."""
    page_translation_ensure(page=home_page, language_code="fr", fields={"title": "Accueil"})
    post = factories.blog_post(blog)
    html = client.get(post.url).content.decode()
    assert 'href="/fr/" lang="fr"' in html


def test_a_translated_blog_lists_its_posts_and_the_untranslated_english_ones(
    client, spanish_blog, blog
):
    """/es/blog/ is not empty while posts wait for translation: Spanish posts, plus English
    posts not yet translated (marked lang="en"); a translated post replaces its original."""
    translated = factories.blog_post(blog, title="Freight basics")
    waiting = factories.blog_post(blog, title="Incoterms in practice")
    page_translation_ensure(
        page=translated, language_code="es", fields={"title": "Fundamentos del flete"}
    )
    html = client.get("/es/blog/").content.decode()
    assert "Fundamentos del flete" in html and "Incoterms in practice" in html
    assert "Freight basics" not in html
    assert 'lang="en" dir="auto"' in html
    assert waiting.title in client.get("/blog/").content.decode()


def test_menu_links_lead_to_the_page_in_the_visitors_language(client, spanish_blog, blog):
    """The header's "Blog" on a Spanish page links to the Spanish blog, not the English one."""
    blog.show_in_menus = True
    blog.save_revision().publish()
    html = client.get("/es/").content.decode()
    menu = html.split('class="nav-links nav-pages"', 1)[1].split("</ul>", 1)[0]
    assert 'href="/es/blog/"' in menu and 'href="/blog/"' not in menu


def test_demo_blog_index_is_translated_in_every_language():
    """``seed_demo`` translates the blog index like the other menu pages (/hi/blog/ was a 404)."""
    for code in ("es", "fr", "hi"):
        assert demo.MENU_TRANSLATIONS["blog"][code]["title"]
    assert demo.BLOG_AR["index"]["title"]


def test_demo_content_keeps_the_brand_in_latin_letters():
    """ "TradeSetu" is never transliterated (an Arabic heading read "تريد سيتو")."""
    for code, text in demo.HOME_TEXT.items():
        assert text["title"] == "TradeSetu", code
        for value in (text["figures_heading"], text["why_heading"], *sum(text["faq"], ())):
            assert "سيتو" not in value and "सेतु" not in value, (code, value)


def test_faq_text_of_unknown_direction_is_isolated(client, home_page):
    """English FAQ text on an Arabic page keeps its "?" at its own end: questions are isolated
    (``<bdi>``) and answers take the direction of their text (``dir="auto"``)."""
    home_page.body = [
        {
            "type": "faq",
            "value": {
                "heading": "FAQ",
                "items": [{"question": "Who are the suppliers?", "answer": "<p>Exporters.</p>"}],
            },
        }
    ]
    home_page.save_revision().publish()
    page_translation_ensure(page=home_page, language_code="ar", fields={"title": "TradeSetu"})
    html = client.get("/ar/").content.decode()
    assert "<summary><bdi>Who are the suppliers?</bdi></summary>" in html
    assert '<div class="rich-text" dir="auto">' in html


def test_demo_home_faq_is_translated_on_every_home_page(client, home_page):
    """The demo FAQ's questions reach wagtail-localize (list items in block format): the Spanish
    home page shows them in Spanish, and editors can translate them in the admin."""
    home_page.body = demo.home_body(demo.HOME_TEXT["en"])
    home_page.save_revision().publish()
    spanish = demo.HOME_TEXT["es"]
    page_translation_ensure(
        page=home_page,
        language_code="es",
        fields={"title": "TradeSetu", "body": demo.home_body(spanish)},
    )
    html = client.get("/es/").content.decode()
    question = spanish["faq"][0][0]
    assert question in html
    assert demo.HOME_TEXT["en"]["faq"][0][0] not in html
