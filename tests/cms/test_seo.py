"""sitemap.xml, robots.txt, JSON-LD, hreflang, language switcher and 404s per language."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from cms.services import page_translation_ensure
from tests.cms import factories

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def json_ld(html: str) -> list[dict]:
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(script) for script in scripts]


def by_type(documents: list[dict], kind: str) -> dict:
    found = [d for d in documents if d["@type"] == kind]
    assert len(found) == 1, f"expected one {kind}, got {[d['@type'] for d in documents]}"
    return found[0]


@pytest.fixture
def spanish_home(home_page):
    return page_translation_ensure(
        page=home_page, language_code="es", fields={"title": "TradeSetu ES"}
    )


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_live_pages_and_leaves_out_drafts(client, blog):
    live = factories.blog_post(blog, slug="live-post")
    factories.blog_post(blog, slug="draft-post", publish=False)
    unpublished = factories.blog_post(blog, slug="was-live")
    unpublished.unpublish()
    urls = sitemap(client)
    assert "http://testserver/" in urls
    assert "http://testserver/blog/" in urls
    assert f"http://testserver{live.url}" in urls
    assert not [u for u in urls if "draft-post" in u or "was-live" in u]


def test_sitemap_lists_translations_with_hreflang_alternates_and_x_default(client, spanish_home):
    urls = sitemap(client)
    expected = {
        "en": "http://testserver/",
        "es": "http://testserver/es/",
        "x-default": "http://testserver/",
    }
    assert urls["http://testserver/"] == expected
    assert urls["http://testserver/es/"] == expected


def test_sitemap_sections_come_from_one_registry(client, home_page):
    from cms.sitemaps import SITEMAPS

    assert "pages" in SITEMAPS
    assert client.get("/sitemap-pages.xml").status_code == 200
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_private_areas(client):
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = body.splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/api/", "/dashboard/", "/accounts/", "/ar/accounts/"):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_home_page_json_ld_has_organization_breadcrumbs_and_faq(client, home_page):
    home_page.body = [
        {
            "type": "faq",
            "value": {
                "heading": "FAQ",
                "items": [
                    {"question": "Is it free for buyers?", "answer": "<p>Yes, <b>free</b>.</p>"}
                ],
            },
        }
    ]
    home_page.save_revision().publish()
    documents = json_ld(client.get("/").content.decode())
    organization = by_type(documents, "Organization")
    assert organization["@context"] == "https://schema.org"
    assert organization["name"] == "TradeSetu"
    assert organization["url"].startswith("http") and organization["logo"].endswith(".png")
    crumbs = by_type(documents, "BreadcrumbList")
    assert [item["position"] for item in crumbs["itemListElement"]] == [1]
    faq = by_type(documents, "FAQPage")
    assert faq["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Is it free for buyers?",
            "acceptedAnswer": {"@type": "Answer", "text": "Yes, free."},
        }
    ]


def test_blog_post_json_ld_is_an_article_with_the_required_fields(client, blog):
    author = factories.BlogAuthorFactory(name="Meera Krishnan")
    post = factories.blog_post(
        blog, title="Vetting suppliers", author=author, image=factories.image(), tags=["gst"]
    )
    documents = json_ld(client.get(post.url).content.decode())
    article = by_type(documents, "Article")
    assert article["headline"] == "Vetting suppliers"
    assert article["author"] == {"@type": "Person", "name": "Meera Krishnan"}
    assert article["datePublished"] and article["dateModified"]
    assert article["mainEntityOfPage"]["@id"].endswith(post.url)
    assert article["publisher"]["name"] == "TradeSetu"
    assert article["publisher"]["logo"]["url"].endswith(".png")
    assert len(article["image"]) == 3 and all(url.startswith("http") for url in article["image"])
    assert article["keywords"] == "gst"
    crumbs = by_type(documents, "BreadcrumbList")["itemListElement"]
    assert [c["name"] for c in crumbs] == ["TradeSetu", "Blog", "Vetting suppliers"]
    by_type(documents, "Organization")


def test_success_story_json_ld_is_an_article_with_the_required_fields(client, stories):
    story = factories.story(stories, title="Pepper for Hamburg", image=factories.image())
    documents = json_ld(client.get(story.url).content.decode())
    article = by_type(documents, "Article")
    assert article["headline"] == "Pepper for Hamburg"
    assert article["description"].startswith("A buyer in Germany")
    assert article["author"]["name"] == "TradeSetu"
    assert article["datePublished"] and article["image"]
    assert [c["position"] for c in by_type(documents, "BreadcrumbList")["itemListElement"]] == [
        1,
        2,
        3,
    ]


def test_json_ld_cannot_be_broken_out_of_by_page_text(client, blog):
    post = factories.blog_post(blog, title="</script><script>alert(1)</script>")
    html = client.get(post.url).content.decode()
    assert "<script>alert(1)" not in html
    assert [d["headline"] for d in json_ld(html) if d["@type"] == "Article"] == [
        "</script><script>alert(1)</script>"
    ]


def test_pages_have_a_canonical_url_and_hreflang_alternates(client, spanish_home):
    html = client.get("/").content.decode()
    assert '<link rel="canonical" href="http://localhost/">' in html
    assert '<link rel="alternate" hreflang="es" href="http://localhost/es/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://localhost/">' in html
    spanish = client.get("/es/").content.decode()
    assert 'lang="es"' in spanish
    assert '<link rel="canonical" href="http://localhost/es/">' in spanish


def test_language_switcher_links_to_the_translation_or_that_languages_home(
    client, spanish_home, blog
):
    post = factories.blog_post(blog, slug="only-english")
    html = client.get(post.url).content.decode()
    assert 'href="/es/" lang="es"' in html  # no Spanish post: the Spanish home page
    assert 'href="/only-english/' not in html
    home_html = client.get("/").content.decode()
    assert 'href="/es/" lang="es"' in home_html
    assert 'href="/" lang="en" hreflang="en" aria-current="true"' in home_html
    login = client.get("/accounts/login/").content.decode()
    assert 'href="/ar/accounts/login/" lang="ar"' in login


@pytest.mark.parametrize("path", ["/xx/", "/de/", "/xx/blog/", "/es/blog/", "/zz/accounts/login/"])
def test_a_language_or_page_that_does_not_exist_is_a_404(client, spanish_home, blog, path):
    response = client.get(path)
    assert response.status_code == 404


def test_404_page_speaks_the_language_of_the_url(client, spanish_home):
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="es"' in html
    assert "Página no encontrada" in html


def test_arabic_home_page_is_right_to_left(client, home_page):
    page_translation_ensure(page=home_page, language_code="ar", fields={"title": "تريد سيتو"})
    html = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "تسجيل الدخول" in html  # navigation from the Arabic catalogue


def test_same_slug_in_two_languages_serves_each_language_its_own_page(client, spanish_home):
    from cms.models import StandardPage

    about = factories.standard_page(spanish_home.get_translations().first().specific, slug="about")
    sobre = page_translation_ensure(page=about, language_code="es", fields={"title": "Sobre"})
    assert sobre.slug == "about"
    assert client.get("/about/").status_code == 200
    spanish = client.get("/es/about/")
    assert spanish.status_code == 200 and "Sobre" in spanish.content.decode()
    assert StandardPage.objects.filter(slug="about").count() == 2


def test_a_slug_that_is_a_language_code_is_refused(home_page):
    from django.core.exceptions import ValidationError

    from cms.models import StandardPage

    page = StandardPage(title="Spanish?", slug="es")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "slug" in error.value.message_dict


def test_server_error_page_speaks_the_language_of_the_url(client, home_page, monkeypatch):
    from cms.models import HomePage

    page_translation_ensure(page=home_page, language_code="ar", fields={"title": "تريد سيتو"})

    def broken(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", broken)
    client.raise_request_exception = False
    response = client.get("/ar/")
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in html
    assert "حدث خطأ ما" in html


def test_pages_outside_wagtail_get_the_organization_even_without_a_site(client):
    from wagtail.models import Site

    Site.objects.all().delete()
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert by_type(json_ld(response.content.decode()), "Organization")["name"] == "TradeSetu"
