"""Pages: the supplier profile (average, reviews with replies, AggregateRating JSON-LD only with
approved reviews, text always escaped), the product page's supplier rating, the buyer's review
form, the seller's reviews page, and the moderation queue in the Wagtail admin."""

from __future__ import annotations

import json
import re

import pytest

from marketplace.audit.models import AuditEvent
from marketplace.catalog.models import Product
from marketplace.reviews import services
from marketplace.reviews.models import ModerationStatus, Review, ReviewReply, ReviewReport
from tests.conftest import admin_login

from .factories import another_buyer, approve, reviewable, write

pytestmark = pytest.mark.django_db

LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def organization(html: str, name: str) -> dict:
    documents = [json.loads(raw) for raw in LD_RE.findall(html)]
    return next(d for d in documents if d.get("@type") == "Organization" and d["name"] == name)


def supplier_page(client, company) -> str:
    response = client.get(f"/suppliers/{company.slug}/")
    assert response.status_code == 200
    return response.content.decode()


class TestSupplierPage:
    def test_no_aggregate_rating_without_approved_reviews(self, client, world):
        write(world)  # pending only
        html = supplier_page(client, world.seller)
        assert "aggregateRating" not in organization(html, world.seller.name)
        assert "No reviews yet." in html

    def test_average_reviews_replies_and_aggregate_rating(self, client, world, tree, moderator):
        type(world.buyer).objects.filter(pk=world.buyer.pk).update(
            first_name="Jonas", last_name="Weberling"
        )
        first = approve(write(world, rating=5, title="Superb Malabar pepper"), moderator)
        approve(write(another_buyer(world, tree), rating=4), moderator)
        reply = services.reply_create(review=first, actor=world.owner, text="Thank you, Jonas!")
        services.reply_moderate(reply=reply, moderator=moderator, approve=True)
        html = supplier_page(client, world.seller)
        rating = organization(html, world.seller.name)["aggregateRating"]
        assert rating == {
            "@type": "AggregateRating",
            "ratingValue": "4.50",
            "reviewCount": 2,
            "bestRating": 5,
            "worstRating": 1,
        }
        assert "4.5 out of 5 (2 reviews)" in html
        assert "Superb Malabar pepper" in html and "Thank you, Jonas!" in html
        assert "Verified interaction" in html and "Black pepper" in html and "Germany" in html
        assert world.rfq.title not in html  # never the RFQ's private details
        assert "Jonas W." in html and "Weberling" not in html  # first name and initial only

    def test_pending_replies_and_rejected_reviews_stay_hidden(
        self, client, world, moderator, django_capture_on_commit_callbacks
    ):
        review = approve(write(world), moderator)
        services.reply_create(review=review, actor=world.owner, text="Unmoderated words")
        html = supplier_page(client, world.seller)
        assert "Unmoderated words" not in html
        with django_capture_on_commit_callbacks(execute=True):  # clears the visitors' page cache
            services.review_moderate(review=review, moderator=moderator, approve=False, reason="x")
        html = supplier_page(client, world.seller)
        assert "Clean pepper, honest grading" not in html
        assert "aggregateRating" not in organization(html, world.seller.name)

    def test_review_text_is_rendered_escaped(self, client, world, moderator):
        review = approve(write(world), moderator)
        # even if markup reached the database (an old import, a direct edit), it is shown as text
        Review.objects.filter(pk=review.pk).update(
            title="<b>bold</b>", text="<script>alert('pwned')</script> & more"
        )
        html = supplier_page(client, world.seller)
        assert "<script>alert('pwned')</script>" not in html
        assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt; &amp; more" in html
        assert "&lt;b&gt;bold&lt;/b&gt;" in html

    def test_approval_refreshes_the_cached_public_page(
        self, client, world, moderator, django_capture_on_commit_callbacks
    ):
        review = write(world)
        supplier_page(client, world.seller)  # cached for visitors
        assert "aggregateRating" not in organization(
            supplier_page(client, world.seller), world.seller.name
        )
        with django_capture_on_commit_callbacks(execute=True):
            approve(review, moderator)
        html = supplier_page(client, world.seller)
        assert organization(html, world.seller.name)["aggregateRating"]["reviewCount"] == 1

    def test_reviews_are_paged_ten_at_a_time(self, client, world, tree, moderator):
        """A supplier with many reviews shows the newest ten and pages back through the rest;
        the average still counts all of them."""
        for n in range(11):
            buyer_world = world if n == 0 else another_buyer(world, tree)
            approve(write(buyer_world, title=f"Review number {n}"), moderator)
        first = supplier_page(client, world.seller)
        assert first.count('data-testid="review"') == 10
        assert "Page 1 of 2" in first and "from 11 reviews" in first
        assert "?reviews=2#reviews-heading" in first
        second = client.get(f"/suppliers/{world.seller.slug}/?reviews=2").content.decode()
        assert second.count('data-testid="review"') == 1
        assert "Review number 0" in second  # the oldest

    def test_product_page_shows_the_suppliers_rating(
        self, client, world, moderator, django_capture_on_commit_callbacks
    ):
        product = Product.objects.filter(company=world.seller).first()
        html = client.get(f"/products/{product.slug}/").content.decode()
        assert 'data-testid="supplier-rating"' not in html
        with django_capture_on_commit_callbacks(execute=True):
            approve(write(world, rating=3), moderator)
        html = client.get(f"/products/{product.slug}/").content.decode()
        assert "3.0 out of 5 (1 review)" in html


class TestBuyerPages:
    def test_buyer_with_an_interaction_writes_a_review(self, client, world):
        client.force_login(world.buyer)
        url = f"/suppliers/{world.seller.slug}/review/"
        page = client.get(url)
        assert page.status_code == 200 and world.rfq.title in page.content.decode()
        response = client.post(
            url,
            {
                "interaction": str(world.rfq.public_id),
                "rating": "5",
                "title": "Excellent pepper",
                "text": "Everything arrived as agreed and the grading was honest.",
                "communication": "5",
                "product_quality": "",
                "delivery": "4",
            },
        )
        assert response.status_code == 302 and response["Location"].endswith(
            "/dashboard/buyer/reviews/"
        )
        review = Review.objects.get()
        assert (review.rating, review.product_quality, review.delivery) == (5, None, 4)
        assert "Excellent pepper" in client.get("/dashboard/buyer/reviews/").content.decode()

    def test_form_errors_are_shown_on_their_fields(self, client, world):
        client.force_login(world.buyer)
        response = client.post(
            f"/suppliers/{world.seller.slug}/review/",
            {
                "interaction": str(world.rfq.public_id),
                "rating": "5",
                "title": "Nice",
                "text": "Go to <script>alert(1)</script> now please for the offer",
            },
        )
        assert response.status_code == 400
        assert "plain text" in response.content.decode()
        assert not Review.objects.exists()

    def test_buyer_without_an_interaction_is_refused(self, client, plans, tree):
        world = reviewable(tree, unlocked=False)
        client.force_login(world.buyer)
        response = client.get(f"/suppliers/{world.seller.slug}/review/")
        assert response.status_code == 403
        assert "only after it unlocked or won" in response.content.decode()
        response = client.post(f"/suppliers/{world.seller.slug}/review/", {"rating": "5"})
        assert response.status_code == 403 and not Review.objects.exists()

    def test_edit_and_delete_from_the_dashboard(self, client, world):
        review = write(world)
        client.force_login(world.buyer)
        response = client.post(
            f"/dashboard/buyer/reviews/{review.pk}/edit/",
            {
                "rating": "2",
                "title": "Second thoughts",
                "text": "The second container was damp on arrival, 14% moisture.",
            },
        )
        assert response.status_code == 302
        review.refresh_from_db()
        assert (review.rating, review.title) == (2, "Second thoughts")
        client.post(f"/dashboard/buyer/reviews/{review.pk}/delete/")
        assert not Review.objects.exists()


class TestSellerPages:
    def test_seller_replies_and_reports_from_the_dashboard(self, client, world, moderator):
        review = approve(write(world), moderator)
        client.force_login(world.owner)
        html = client.get("/dashboard/seller/reviews/").content.decode()
        assert "Clean pepper, honest grading" in html
        client.post(
            f"/dashboard/seller/reviews/{review.pk}/reply/",
            {f"reply-{review.pk}-text": "Thank you for the order!"},
        )
        assert ReviewReply.objects.get().status == ModerationStatus.PENDING
        client.post(
            f"/dashboard/seller/reviews/{review.pk}/report/",
            {f"report-{review.pk}-reason": "false", f"report-{review.pk}-details": ""},
        )
        assert ReviewReport.objects.get().reason == "false"
        html = client.get("/dashboard/seller/reviews/").content.decode()
        assert "You reported this review." in html


class TestModerationQueue:
    def test_moderator_sees_the_queue_and_approves(self, client, world, moderator):
        review = write(world, text="Great lot, details on www.pepper.example for everyone")
        admin_login(client, moderator)
        queue = client.get("/admin/reviews/")
        assert queue.status_code == 200
        assert "Contains a link" in queue.content.decode()
        page = client.get(f"/admin/reviews/{review.pk}/")
        html = page.content.decode()
        assert world.rfq.title in html and "Germany" in html and "Black pepper" in html
        response = client.post(f"/admin/reviews/{review.pk}/", {"decision": "approve"})
        assert response.status_code == 302
        review.refresh_from_db()
        assert review.status == ModerationStatus.APPROVED
        assert AuditEvent.objects.filter(action="review.approve", actor=moderator).exists()

    def test_rejecting_without_a_reason_is_refused(self, client, world, moderator):
        review = write(world)
        admin_login(client, moderator)
        response = client.post(f"/admin/reviews/{review.pk}/", {"decision": "reject"})
        assert response.status_code == 400
        assert "why the review was rejected" in response.content.decode()

    def test_replies_and_reports_are_decided_in_the_queue(self, client, world, moderator):
        review = approve(write(world), moderator)
        reply = services.reply_create(review=review, actor=world.owner, text="Thanks!")
        report = services.report_create(review=review, actor=world.owner, reason="false")
        admin_login(client, moderator)
        html = client.get("/admin/reviews/").content.decode()
        assert "Thanks!" in html and "False or misleading" in html
        client.post(f"/admin/reviews/replies/{reply.pk}/", {"decision": "approve"})
        client.post(
            f"/admin/reviews/reports/{report.pk}/", {"decision": "dismiss", "reason": "Genuine"}
        )
        reply.refresh_from_db()
        report.refresh_from_db()
        assert reply.status == ModerationStatus.APPROVED and report.status == "dismissed"

    def test_staff_without_the_permission_are_kept_out(self, client, world):
        from tests.conftest import grant
        from tests.factories import StaffFactory

        staff = grant(StaffFactory(), "wagtailadmin.access_admin")
        admin_login(client, staff)
        assert client.get("/admin/reviews/").status_code in (302, 403)
