"""An editor on the running stack: staff create the editor's account in the admin; the editor
sets up two-factor authentication on the first log-in, writes a blog post and submits it for
moderation; a moderator approves and publishes it; the post is translated to Spanish string by
string in wagtail-localize's translation editor and published; visitors read both."""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.journeys.people import ADMIN_EMAIL, DEMO_PASSWORD, PASSWORD, admin_login

pytestmark = pytest.mark.journey


def page_actions(page) -> None:
    """The dropdown beside the edit screen's main button (Submit, Approve, Publish…)."""
    page.locator(".w-dropdown-button .w-dropdown__toggle").first.click()


def test_editor_writes_moderator_publishes_and_the_post_is_translated_to_spanish(
    new_page, stack, unique_email, shot
):
    """Protects the editorial journey: admin-created editor with 2FA, submit for moderation,
    approve and publish, translation in wagtail-localize's editor (each save stored, no 415)
    and the Spanish text on the Spanish site."""
    suffix = uuid.uuid4().hex[:5]
    title = f"Packing turmeric for the monsoon {suffix}"
    spanish = f"Embalar cúrcuma para el monzón {suffix}"
    editor_email = unique_email("editor")

    # --- staff create the editor's account with the "Content editor" role
    staff = new_page()
    admin_login(staff, stack.authenticator, ADMIN_EMAIL, DEMO_PASSWORD)
    staff.get_by_role("button", name="Settings").click()
    staff.get_by_role("link", name="Users", exact=True).click()
    staff.get_by_role("link", name="Add a user").click()
    staff.locator("#id_email").fill(editor_email)
    staff.locator("#id_first_name").fill("Meera")
    staff.locator("#id_last_name").fill("Pillai")
    staff.locator("#id_password1").fill(PASSWORD)
    staff.locator("#id_password2").fill(PASSWORD)
    staff.get_by_role("tab", name="Roles").first.click()
    staff.get_by_label("Content editor", exact=True).check()
    staff.get_by_role("button", name="Create").click()
    expect(staff.locator(".messages")).to_contain_text("created")

    # --- the editor: first admin log-in sets up the authenticator, then writes the post
    editor = new_page()
    admin_login(editor, stack.authenticator, editor_email, PASSWORD)
    editor.goto("/blog/")  # the editor opens the blog and adds a post from Wagtail's user bar
    editor.get_by_role("button", name=re.compile(r"Wagtail|quick actions|userbar", re.I)).click()
    editor.get_by_role("menuitem", name=re.compile(r"^Add", re.I)).first.click()
    editor.locator("#id_title").wait_for()
    editor.locator("#id_title").fill(title)
    editor.locator("#id_intro").fill("Moisture is the enemy: how our exporters keep lots dry.")
    editor.get_by_role("button", name="Insert a block").first.click()
    editor.get_by_role("option", name="Paragraph").click()
    body = editor.locator(".Draftail-Editor").first
    for _attempt in range(3):  # a person types again when the editor was not ready for the keys
        body.locator(".public-DraftEditor-content").click()
        editor.keyboard.type("Line every bag, seal every carton and book reefer space early.")
        if "Line every bag" in body.inner_text():
            break
    expect(body).to_contain_text("Line every bag")
    # Draftail keeps the paragraph in a hidden form field: wait until it holds what was typed, or
    # the submit can carry an empty (required) body
    expect(editor.locator("input[name^='body-'][name$='-value']").first).to_have_value(
        re.compile("Line every bag"), timeout=15_000
    )
    editor.locator("#id_intro").click()  # Draftail writes its content to the form on blur
    editor.wait_for_load_state("networkidle")
    page_actions(editor)
    editor.get_by_role("button", name=re.compile("Submit to Moderation")).click()
    messages = editor.locator(".messages")
    # (the autosave that raced this submit on a new page is off: WAGTAIL_AUTOSAVE_INTERVAL)
    expect(messages).to_contain_text("submitted for moderation")
    shot(editor, "01-submitted")

    visitor = new_page()
    visitor.goto("/blog/")
    expect(visitor.get_by_role("link", name=title)).to_have_count(0)  # not live yet

    # --- the moderator approves and publishes from the dashboard
    staff.get_by_role("link", name="Dashboard").first.click()
    staff.get_by_role("link", name=title).first.click()
    expect(staff.get_by_text("Line every bag").first).to_be_attached(timeout=30_000)
    page_actions(staff)
    with staff.expect_navigation():
        staff.get_by_role("button", name=re.compile(r"^\s*Approve and Publish\s*$")).click()
    visitor.reload()
    visitor.get_by_role("link", name=title).click()
    visitor.get_by_role("heading", level=1, name=title).wait_for()
    shot(visitor, "02-published")

    # --- translate to Spanish in the translation editor, string by string, and publish
    staff.get_by_role("main").get_by_role("link", name=title).first.click()  # the post's editor
    staff.locator("#id_title").wait_for()
    staff.get_by_role("button", name="Actions").first.click()
    staff.get_by_role("link", name="Translate this page").click()
    staff.get_by_label(re.compile(r"Spanish|español", re.I)).check()
    staff.get_by_role("button", name="Submit").click()
    # the translation editor: the first string is the title; translate it and save it
    staff.get_by_text("English to Spanish translation").first.wait_for()
    staff.get_by_role("button", name="Translate", exact=True).first.click()
    staff.locator("textarea").first.fill(spanish)
    staff.get_by_role("button", name="Save", exact=True).first.click()
    expect(staff.get_by_text(spanish).first).to_be_visible()
    expect(staff.get_by_text("Server error")).to_have_count(0)
    shot(staff, "03-translation-editor")
    staff.get_by_role("button", name=re.compile(r"Publish in Spanish|Publish", re.I)).first.click()
    expect(staff.locator(".messages")).to_contain_text(re.compile(r"published", re.I))

    # --- visitors read it in Spanish: the English post's language switcher leads to it
    visitor.reload()
    visitor.locator(".language-switcher").get_by_role("link", name="español").click()
    expect(visitor.locator("html")).to_have_attribute("lang", "es")
    visitor.get_by_role("heading", level=1, name=spanish).wait_for()
    shot(visitor, "04-spanish-post")
