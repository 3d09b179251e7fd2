"""Public pages are cached for anonymous visitors and forgotten when anything is published."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from cms.selectors import TRUST_FIGURES_CACHE_KEY
from tests.cms import factories

pytestmark = pytest.mark.django_db


def test_second_anonymous_visit_is_served_from_the_cache(client, blog):
    assert client.get("/blog/")["X-Page-Cache"] == "miss"
    assert client.get("/blog/")["X-Page-Cache"] == "hit"
    assert client.get("/blog/?page=1")["X-Page-Cache"] == "miss"  # its own key
    assert "X-Page-Cache" not in client.get("/blog/?utm_source=x")  # unknown parameters bypass


def test_cookie_less_hits_are_answered_before_routing_with_the_stored_headers(
    client, blog, django_assert_num_queries
):
    """PageCacheMiddleware answers anonymous visitors without a session before the database,
    sessions and Wagtail's page tree are touched, and the answer keeps the headers the inner
    middleware added (language, clickjacking protection)."""
    first = client.get("/blog/")
    with django_assert_num_queries(0):
        hit = client.get("/blog/")
    assert hit["X-Page-Cache"] == "hit"
    assert hit.content == first.content
    assert hit["Content-Language"] == "en"
    assert hit["X-Frame-Options"] == "DENY"
    assert hit["Content-Type"].startswith("text/html")


def test_a_visitor_with_a_session_is_checked_before_a_cached_page_is_served(client, blog, buyer):
    client.get("/blog/")
    client.force_login(buyer)  # carries a session cookie: the front of the stack steps aside
    assert "Log out" in client.get("/blog/").content.decode()


def test_after_a_routine_edit_one_request_renders_while_the_others_get_the_old_page(client, blog):
    """Stale while revalidating: a seller's edit (soft generation) does not send every visitor
    to the renderer at once; a publish (hard generation) never serves the old page."""
    import hashlib

    from tradesetu import pagecache

    client.get("/blog/")
    key = "cms:page3:" + hashlib.sha256(b"testserver|en|/blog/").hexdigest()
    assert cache.get(key) is not None  # the key scheme this test relies on
    pagecache.page_cache_touch()  # CMS_PAGE_CACHE_COALESCE is 0 in tests: a new soft generation
    cache.add(f"{key}:rendering", 1, timeout=30)  # another request is re-rendering the page
    assert client.get("/blog/")["X-Page-Cache"] == "stale"
    cache.delete(f"{key}:rendering")
    assert client.get("/blog/")["X-Page-Cache"] == "miss"  # this one renders and stores
    assert client.get("/blog/")["X-Page-Cache"] == "hit"

    pagecache.page_cache_clear()  # hard: nothing older is served, lock or not
    cache.add(f"{key}:rendering", 1, timeout=30)
    assert client.get("/blog/")["X-Page-Cache"] == "miss"


def test_publishing_a_page_invalidates_the_cache(client, blog):
    client.get("/blog/")
    assert client.get("/blog/")["X-Page-Cache"] == "hit"
    post = factories.blog_post(blog, title="Fresh from the press")
    response = client.get("/blog/")
    assert response["X-Page-Cache"] == "miss"
    assert "Fresh from the press" in response.content.decode()

    client.get(post.url)
    assert client.get(post.url)["X-Page-Cache"] == "hit"
    post.title = "Edited title"
    post.save_revision().publish()
    assert "Edited title" in client.get(post.url).content.decode()


def test_unpublishing_a_page_invalidates_the_cache(client, blog):
    post = factories.blog_post(blog)
    client.get(post.url)
    assert client.get(post.url)["X-Page-Cache"] == "hit"
    post.unpublish()
    assert client.get(post.url).status_code == 404
    assert post.title not in client.get("/blog/").content.decode()


def test_cache_is_per_language(client, home_page):
    from cms.services import page_translation_ensure

    page_translation_ensure(page=home_page, language_code="fr", fields={"title": "Accueil FR"})
    client.get("/")
    assert client.get("/fr/")["X-Page-Cache"] == "miss"
    assert "Accueil FR" in client.get("/fr/").content.decode()


def test_logged_in_visitors_and_flash_messages_bypass_the_cache(client, blog, buyer):
    client.get("/blog/")
    client.force_login(buyer)
    response = client.get("/blog/")
    assert "X-Page-Cache" not in response
    assert "Log out" in response.content.decode()
    client.post("/accounts/logout/")  # leaves a "You are logged out." message
    after_logout = client.get("/blog/")
    assert "X-Page-Cache" not in after_logout
    assert "You are logged out." in after_logout.content.decode()
    assert "You are logged out." not in client.get("/blog/").content.decode()


def test_trust_figures_count_verified_unblocked_companies_and_are_cached(client, home_page):
    from tests.factories import CompanyFactory

    home_page.body = [{"type": "trust_figures", "value": {"heading": "Today", "text": ""}}]
    home_page.save_revision().publish()
    CompanyFactory.create_batch(3, is_verified=True)
    CompanyFactory(is_verified=False)  # not counted until verified
    CompanyFactory(is_verified=True, is_blocked=True)  # blocked: never counted
    CompanyFactory(kind="buyer", country="DE")
    CompanyFactory(kind="buyer", country="AE")
    CompanyFactory(kind="buyer", country="DE")
    CompanyFactory(kind="buyer", country="US", is_blocked=True)
    html = client.get("/").content.decode()
    assert "<dd>3</dd>" in html  # suppliers, buyers
    assert "<dd>2</dd>" in html  # buyer countries
    assert cache.get(TRUST_FIGURES_CACHE_KEY) == {"suppliers": 3, "buyers": 3, "buyer_countries": 2}


def test_derived_chrome_is_built_once_per_generation(rf):
    """Menus, language links and the organisation's data are built once per process and
    page-cache generation; clearing the page cache (a publish) rebuilds them."""
    from tradesetu import pagecache

    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert pagecache.derived(rf.get("/"), "test-chrome", build) == 1
    assert pagecache.derived(rf.get("/x/"), "test-chrome", build) == 1  # another request
    pagecache.page_cache_clear()
    assert pagecache.derived(rf.get("/"), "test-chrome", build) == 2
    assert pagecache.derived(None, "test-chrome", build) == 3  # no request: simply built


def test_menus_follow_a_publish_at_once_for_signed_in_visitors(client, home_page, buyer):
    client.force_login(buyer)  # never a cached page: only the menu's own memo is in play
    assert "Trade fairs" not in client.get("/dashboard/", follow=True).content.decode()
    factories.standard_page(home_page, title="Trade fairs", slug="fairs", show_in_menus=True)
    html = client.get("/dashboard/", follow=True).content.decode()
    assert '<a href="/fairs/">Trade fairs</a>' in html


def test_the_cached_header_follows_role_and_language_and_the_logout_form_stays_per_session(
    home_page, buyer, seller
):
    """The header's links are cached per process by language and role; the logout form, with
    its CSRF token, is rendered for each request."""
    import re

    from django.test import Client

    def header(user=None, path="/accounts/settings/"):
        client = Client(enforce_csrf_checks=True)
        if user:
            client.force_login(user)
        html = client.get(path, follow=True).content.decode()
        return client, html.split("<main", 1)[0]

    _, seller_header = header(seller)
    assert 'href="/dashboard/seller/plan/"' in seller_header
    _, buyer_header = header(buyer)  # asked second: the seller's links must not leak
    assert ">Dashboard<" in buyer_header and "/dashboard/seller/plan/" not in buyer_header
    _, visitor_header = header()
    assert ">Log in<" in visitor_header and ">Dashboard<" not in visitor_header
    _, spanish = header(seller, "/es/accounts/settings/")
    assert '<a href="/es/dashboard/">Panel</a>' in spanish
    client, html = header(buyer)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert client.post("/accounts/logout/", {"csrfmiddlewaretoken": token}).status_code == 302
    assert "_auth_user_id" not in client.session
