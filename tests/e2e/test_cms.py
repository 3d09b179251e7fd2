"""Editorial workflow in the Wagtail admin, end to end; the Arabic home page is right to left."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group

from cms import demo
from cms.models import BlogPage
from cms.services import editorial_setup, home_page_ensure
from tests.cms import factories
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def admin_login(page, email: str) -> None:
    """Admin login with the second factor every admin user needs (an authenticator code)."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from marketplace.accounts.models import User

    device, _ = TOTPDevice.objects.get_or_create(
        user=User.objects.get(email=email), name="phone", defaults={"confirmed": True}
    )
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.locator("input[name=username]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    page.get_by_role("heading", name="Two-factor authentication").wait_for()
    device.refresh_from_db()
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)  # a fresh session, a fresh code
    device.refresh_from_db()
    page.get_by_label(re.compile(r"^Code from your authenticator")).fill(
        f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"
    )
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_editor_writes_a_post_moderator_publishes_it_and_it_is_listed(page, live_server):
    home = home_page_ensure()
    blog = factories.blog_index(home)
    editorial_setup()
    for email, group in (
        ("editor@tradesetu.test", "Content editor"),
        ("mod@tradesetu.test", "Moderator"),
    ):
        user = UserFactory(email=email, is_buyer=False)
        user.groups.add(Group.objects.get(name=group))

    # The editor drafts a post and submits it for moderation.
    admin_login(page, "editor@tradesetu.test")
    page.goto(f"/admin/pages/add/cms/blogpage/{blog.pk}/")
    page.locator("#id_title").fill("Shipping chillies to Rotterdam")
    page.locator("#id_intro").fill("What a first reefer shipment of dried chillies taught us.")
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Paragraph").click()
    editor = page.locator(".Draftail-Editor .public-DraftEditor-content").first
    editor.click()
    page.keyboard.type("Dry them well, pack them tight and book the container early.")
    page.locator("#id_intro").click()  # Draftail saves its content to the form on blur
    page.wait_for_timeout(500)
    page.locator(".w-dropdown-button .w-dropdown__toggle").first.click()
    page.get_by_role("button", name=re.compile("Submit to Moderation")).click()
    page.wait_for_url(re.compile(rf"/admin/pages/{blog.pk}/$"))
    assert "submitted for moderation" in page.locator(".messages").inner_text()

    post = BlogPage.objects.get(title="Shipping chillies to Rotterdam")
    assert not post.live
    assert "book the container early" in post.latest_revision.content["body"]
    assert page.context.request.get("/blog/").text().count("Shipping chillies") == 0

    # The moderator approves; the last task of the workflow publishes the post.
    admin_login(page, "mod@tradesetu.test")
    page.goto(f"/admin/pages/{post.pk}/edit/")
    page.get_by_text("book the container early").first.wait_for()  # StreamField rendered
    page.locator(".w-dropdown-button .w-dropdown__toggle").first.click()
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile(r"^\s*Approve and Publish\s*$")).click()
    assert "has been updated" in page.locator(".messages").inner_text()
    post.refresh_from_db()
    assert post.live

    # Visitors see it on the blog and crawlers in the sitemap.
    page.context.clear_cookies()
    page.goto("/blog/")
    page.get_by_role("link", name="Shipping chillies to Rotterdam").click()
    page.get_by_role("heading", level=1, name="Shipping chillies to Rotterdam").wait_for()
    sitemap = page.context.request.get("/sitemap.xml").text()
    assert f"{live_server.url}{post.url}" in sitemap


def test_arabic_home_page_is_right_to_left_with_translated_navigation(page):
    demo.seed_home()
    page.goto("/ar/")
    html = page.locator("html")
    assert html.get_attribute("dir") == "rtl"
    assert html.get_attribute("lang") == "ar"
    nav = page.get_by_role("navigation", name=re.compile(".+")).first
    assert nav.get_by_role("link", name="تسجيل الدخول").is_visible()  # "Log in"
    page.get_by_role("heading", level=1, name=demo.HOME_TEXT["ar"]["hero_title"]).wait_for()
    # mirrored layout: the brand sits at the right edge, the log-in link to its left
    brand = page.locator(".brand").bounding_box()
    login = nav.get_by_role("link", name="تسجيل الدخول").bounding_box()
    assert brand["x"] > login["x"]
    assert page.locator(".language-switcher [aria-current]").inner_text() == "العربيّة"
    # the switcher keeps the page: English home from the Arabic one
    page.locator(".language-switcher a[hreflang=en]").click()
    page.wait_for_url(re.compile(r"/$"))
    assert page.locator("html").get_attribute("dir") == "ltr"
