"""The reviews API: create (buyers), public list and rating, moderate (moderators), reply and
report (the reviewed company), edits and deletes; every error in the shared shape; all of it in
the OpenAPI schema."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from marketplace.reviews.models import ModerationStatus, Review

from .factories import approve, review_data, reviewable, write

pytestmark = pytest.mark.django_db


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def create_payload(world, **overrides) -> dict:
    return {"company": world.seller.pk, "rfq": str(world.rfq.public_id), **review_data(**overrides)}


class TestCreate:
    def test_buyer_creates_a_review(self, world):
        response = client_for(world.buyer).post(
            "/api/v1/reviews", create_payload(world), format="json"
        )
        assert response.status_code == 201, response.json()
        body = response.json()
        assert body["status"] == "pending" and body["rating"] == 4
        assert body["interaction"] == {
            "verified": True,
            "category": "Black pepper",
            "destination_country": "DE",
        }

    def test_multipart_with_photos(self, world, clamd):
        from .factories import png_upload

        payload = create_payload(world)
        payload["photos"] = [png_upload("a.png"), png_upload("b.png")]
        response = client_for(world.buyer).post("/api/v1/reviews", payload, format="multipart")
        assert response.status_code == 201, response.json()
        assert Review.objects.get().photos.count() == 2

    @pytest.mark.parametrize("rating", [0, 6])
    def test_rating_out_of_range(self, world, rating):
        response = client_for(world.buyer).post(
            "/api/v1/reviews", create_payload(world, rating=rating), format="json"
        )
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["code"] == "validation_error" and "rating" in error["fields"]

    def test_no_interaction(self, plans, tree):
        world = reviewable(tree, unlocked=False)
        response = client_for(world.buyer).post(
            "/api/v1/reviews", create_payload(world), format="json"
        )
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "no_interaction"

    def test_second_review_for_the_same_rfq(self, world):
        client = client_for(world.buyer)
        client.post("/api/v1/reviews", create_payload(world), format="json")
        response = client.post("/api/v1/reviews", create_payload(world), format="json")
        assert response.status_code == 409
        assert response.json()["error"]["code"] == "already_reviewed"

    def test_script_in_the_text(self, world):
        response = client_for(world.buyer).post(
            "/api/v1/reviews",
            create_payload(world, text="<script>document.location='//evil'</script> great!"),
            format="json",
        )
        assert response.status_code == 400
        assert "plain text" in response.json()["error"]["fields"]["text"][0]

    def test_someone_elses_rfq_is_not_found(self, world, plans, tree):
        other = reviewable(tree)
        response = client_for(other.buyer).post(
            "/api/v1/reviews", create_payload(world), format="json"
        )
        assert response.status_code == 404

    def test_flood_from_one_ip(self, world, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "review_ip_hour": (1, 3600)}
        client = client_for(world.buyer)
        client.post("/api/v1/reviews", create_payload(world), format="json")
        response = client.post("/api/v1/reviews", create_payload(world), format="json")
        assert response.status_code == 429
        assert response.json()["error"]["code"] == "rate_limited"
        assert int(response["Retry-After"]) > 0

    def test_anonymous_is_refused(self, world):
        response = APIClient().post("/api/v1/reviews", create_payload(world), format="json")
        assert response.status_code in (401, 403)


class TestPublic:
    def test_list_shows_approved_reviews_only(self, world, moderator, tree):
        from .factories import another_buyer

        approve(write(world, rating=5), moderator)
        write(another_buyer(world, tree), rating=1)  # pending
        response = APIClient().get(f"/api/v1/companies/{world.seller.pk}/reviews")
        assert response.status_code == 200
        body = response.json()
        assert body["count"] == 1 and body["results"][0]["rating"] == 5
        assert "status" not in body["results"][0] and "rfq" not in body["results"][0]

    def test_rating(self, world, moderator):
        url = f"/api/v1/companies/{world.seller.pk}/rating"
        assert APIClient().get(url).json()["count"] == 0
        approve(write(world, rating=4), moderator)
        body = APIClient().get(url).json()
        assert (body["average"], body["count"]) == ("4.00", 1)

    def test_unknown_company(self, db):
        response = APIClient().get("/api/v1/companies/999999/reviews")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"


class TestModerateReplyReport:
    def test_moderation_is_for_moderators(self, world, moderator):
        review = write(world)
        url = f"/api/v1/reviews/{review.pk}/moderate"
        response = client_for(world.owner).post(url, {"decision": "approve"}, format="json")
        assert response.status_code == 403
        response = client_for(moderator).post(url, {"decision": "reject"}, format="json")
        assert response.status_code == 400 and "reason" in response.json()["error"]["fields"]
        response = client_for(moderator).post(url, {"decision": "approve"}, format="json")
        assert response.status_code == 200 and response.json()["status"] == "approved"

    def test_reply_and_report(self, world, moderator):
        review = approve(write(world), moderator)
        seller = client_for(world.owner)
        response = seller.post(
            f"/api/v1/reviews/{review.pk}/reply", {"text": "Thank you!"}, format="json"
        )
        assert response.status_code == 201 and response.json()["status"] == "pending"
        response = seller.post(
            f"/api/v1/reviews/{review.pk}/reply", {"text": "Again"}, format="json"
        )
        assert response.status_code == 409
        reply_id = review.reply.pk
        response = client_for(moderator).post(
            f"/api/v1/review-replies/{reply_id}/moderate", {"decision": "approve"}, format="json"
        )
        assert response.status_code == 200
        body = APIClient().get(f"/api/v1/companies/{world.seller.pk}/reviews").json()
        assert body["results"][0]["reply"]["text"] == "Thank you!"

        response = seller.post(
            f"/api/v1/reviews/{review.pk}/report", {"reason": "offensive"}, format="json"
        )
        assert response.status_code == 201
        response = seller.post(
            f"/api/v1/reviews/{review.pk}/report", {"reason": "offensive"}, format="json"
        )
        assert response.status_code == 409
        assert response.json()["error"]["code"] == "already_reported"
        report_id = response.json() and review.reports.get().pk
        response = client_for(moderator).post(
            f"/api/v1/review-reports/{report_id}/decide",
            {"decision": "uphold", "reason": "Abusive language"},
            format="json",
        )
        assert response.json() == {"id": report_id, "status": "upheld"}
        review.refresh_from_db()
        assert review.status == ModerationStatus.REJECTED

    def test_buyers_cannot_reply_or_report(self, world, moderator):
        review = approve(write(world), moderator)
        buyer = client_for(world.buyer)
        assert (
            buyer.post(f"/api/v1/reviews/{review.pk}/reply", {"text": "x"}, format="json")
        ).status_code == 403
        assert (
            buyer.post(f"/api/v1/reviews/{review.pk}/report", {"reason": "false"}, format="json")
        ).status_code == 403

    def test_author_edits_and_deletes(self, world):
        review = write(world)
        author = client_for(world.buyer)
        response = author.patch(f"/api/v1/reviews/{review.pk}", {"rating": 3}, format="json")
        assert response.status_code == 200 and response.json()["rating"] == 3
        assert client_for(world.owner).delete(f"/api/v1/reviews/{review.pk}").status_code == 404
        assert author.delete(f"/api/v1/reviews/{review.pk}").status_code == 204


def test_the_schema_documents_the_reviews_api(db):
    schema = APIClient().get("/api/schema/?format=json").json()
    paths = schema["paths"]
    for path in (
        "/api/v1/reviews",
        "/api/v1/reviews/{id}",
        "/api/v1/reviews/{id}/moderate",
        "/api/v1/reviews/{id}/reply",
        "/api/v1/reviews/{id}/report",
        "/api/v1/review-replies/{id}/moderate",
        "/api/v1/review-reports/{id}/decide",
        "/api/v1/companies/{company_id}/reviews",
        "/api/v1/companies/{company_id}/rating",
    ):
        assert path in paths, path
    assert paths["/api/v1/reviews"]["post"]["operationId"] == "reviews_create"
