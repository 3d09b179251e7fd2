"""Reviews in a browser: a buyer whose RFQ the supplier unlocked writes a review with a photo
(scanned by a real clamd), a moderator approves it in the Wagtail admin behind two-factor
authentication, and visitors see the new average on the supplier page with valid AggregateRating
JSON-LD; a buyer without an interaction is refused."""

from __future__ import annotations

import json
import re
from io import BytesIO

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from marketplace.leads.models import Lead
from marketplace.leads.services import lead_unlock
from marketplace.reviews.models import ModerationStatus, Review
from tests.billing.factories import make_plans
from tests.catalog.factories import spice_tree
from tests.conftest import grant
from tests.factories import PASSWORD, StaffFactory
from tests.leads.factories import buyer, give_credits, owner_of, post_rfq, verified_seller
from tradesetu.celery import app as celery_app

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _eager_celery():
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


def login(page, email: str) -> None:
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_label(re.compile(r"^E-mail")).fill(email)
    page.get_by_label(re.compile(r"^Password")).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/dashboard/"))


def admin_login(page, user, device: TOTPDevice) -> None:
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.locator("#id_username").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("button[type=submit]").first.click()
    page.get_by_role("heading", name="Two-factor authentication").wait_for()
    device.refresh_from_db()
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
    page.get_by_label(re.compile(r"^Code from your authenticator")).fill(f"{code:06d}")
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def photo() -> dict:
    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (120, 90), (120, 80, 40)).save(out, format="JPEG")
    return {"name": "container.jpg", "mimeType": "image/jpeg", "buffer": out.getvalue()}


def json_ld(page) -> list[dict]:
    return [
        json.loads(text)
        for text in page.locator('script[type="application/ld+json"]').all_text_contents()
    ]


def test_review_moderation_and_aggregate_rating(page, clamd):
    make_plans()
    tree = spice_tree()
    seller = verified_seller(tree["pepper"], name="Malabar Gold Spices", markets=["DE"])
    jonas = buyer(first_name="Jonas", last_name="Weber", email="jonas@weber-feinkost.de")
    rfq = post_rfq(jonas, tree["pepper"], max_sellers=1, supplier=seller)
    give_credits(seller, 1)
    lead_unlock(lead=Lead.objects.get(rfq=rfq, company=seller), actor=owner_of(seller))
    lucia = buyer(first_name="Lucía", last_name="García", email="lucia@mercado-natural.es")
    moderator = grant(
        StaffFactory(email="moderator@tradesetu.test"),
        "reviews.moderate_review",
        "wagtailadmin.access_admin",
    )
    device = TOTPDevice.objects.create(user=moderator, name="phone", confirmed=True)
    supplier_url = f"/suppliers/{seller.slug}/"

    # --- before: no reviews, no AggregateRating
    page.goto(supplier_url)
    page.get_by_text("No reviews yet.").wait_for()

    # --- the buyer whose RFQ was unlocked writes a review from the supplier page
    login(page, jonas.email)
    page.goto(supplier_url)
    page.get_by_role("link", name="Write a review").click()
    page.get_by_role("heading", name="Review Malabar Gold Spices").wait_for()
    assert rfq.title in page.get_by_label("Which request was it about?").inner_text()
    page.get_by_label("4 stars – good").check()
    page.get_by_label(re.compile(r"^Title")).fill("Clean pepper, honest grading")
    page.get_by_label(re.compile(r"^Your review")).fill(
        "Samples matched the container; moisture under 12% as promised. <3"
    )
    page.get_by_label("Communication").select_option("5")
    page.get_by_label("Delivery").select_option("3")
    page.get_by_label(re.compile(r"^Photos")).set_input_files(photo())
    page.get_by_role("button", name="Send review").click()
    page.get_by_text("will appear after moderation").wait_for()
    review = Review.objects.get()
    assert review.status == ModerationStatus.PENDING
    assert review.photos.get().file.scan_status == "clean"
    assert page.get_by_test_id("my-reviews").get_by_text("Waiting for moderation").count() == 1

    # --- a moderator approves it in the Wagtail admin (two-factor authentication first)
    admin_login(page, moderator, device)
    page.goto("/admin/reviews/")
    page.get_by_role("link", name="Moderate “Clean pepper, honest grading”").click()
    page.get_by_test_id("review-text").get_by_text("moisture under 12%").wait_for()
    assert page.get_by_text("Germany").count() >= 1  # the interaction is shown
    assert page.locator("img[alt='Photo 1']").evaluate("img => img.naturalWidth") == 120
    page.get_by_label("Approve and publish").check()
    page.get_by_role("button", name="Save decision").click()
    page.get_by_text("Decision saved").wait_for()
    page.get_by_text("No reviews waiting.").wait_for()

    # --- visitors see the new average, the review and valid AggregateRating JSON-LD
    page.context.clear_cookies()
    page.goto(supplier_url)
    page.get_by_test_id("supplier-rating").get_by_text("4.0 out of 5 (1 review)").wait_for()
    reviews = page.get_by_test_id("reviews")
    reviews.get_by_text("Clean pepper, honest grading").wait_for()
    assert "Jonas W." in reviews.inner_text() and "Weber" not in reviews.inner_text()
    assert "Verified interaction · Black pepper · destination: Germany" in reviews.inner_text()
    assert "moisture under 12% as promised. <3" in reviews.inner_text()  # shown as plain text
    image = reviews.locator("img").first
    image.scroll_into_view_if_needed()  # loading="lazy": fetched once it is near the viewport
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle(), timeout=10_000
    )
    organization = next(
        doc
        for doc in json_ld(page)
        if doc.get("@type") == "Organization" and doc.get("name") == seller.name
    )
    rating = organization["aggregateRating"]
    assert rating["@type"] == "AggregateRating"
    assert float(rating["ratingValue"]) == 4.0
    assert rating["reviewCount"] == 1
    assert rating["worstRating"] <= float(rating["ratingValue"]) <= rating["bestRating"] == 5

    # --- a buyer without an interaction is refused
    login(page, lucia.email)
    page.goto(supplier_url)
    page.get_by_role("link", name="Write a review").click()
    refusal = page.get_by_test_id("review-refused")
    refusal.wait_for()
    assert "only after it unlocked or won one of your requests" in refusal.inner_text()
    response = page.goto(f"/suppliers/{seller.slug}/review/")
    assert response.status == 403
    assert Review.objects.count() == 1
