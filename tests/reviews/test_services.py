"""Reviews: who may write them, moderation with audit events, edits within 48 hours, replies,
reports, and a rating aggregate that is always recomputed from the approved reviews."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from marketplace.audit.models import AuditEvent
from marketplace.reviews import selectors, services
from marketplace.reviews.models import (
    HoldReason,
    ModerationStatus,
    RatingSummary,
    Review,
    ReviewReply,
    ReviewReport,
)
from tradesetu.errors import Conflict, NotFound, PermissionDenied, ValidationFailed

from .factories import another_buyer, approve, review_data, reviewable, write

pytestmark = pytest.mark.django_db


def actions(entity) -> list[str]:
    return list(
        AuditEvent.objects.filter(entity_type=entity._meta.label_lower, entity_id=str(entity.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )


class TestWhoMayReview:
    def test_buyer_whose_rfq_was_unlocked_writes_a_pending_review(self, world):
        review = write(world)
        assert review.status == ModerationStatus.PENDING
        assert review.interaction == Review.Interaction.UNLOCKED
        assert review.hold_reasons == []
        assert actions(review) == ["review.create"]
        assert selectors.rating_for(world.seller) is None  # nothing published yet

    def test_awarded_rfq_counts_as_an_interaction_without_an_unlock(self, plans, tree):
        world = reviewable(tree, unlocked=False, awarded=True)
        assert world.lead.unlocked_at is None
        assert write(world).interaction == Review.Interaction.AWARDED

    def test_buyer_without_an_interaction_is_refused(self, plans, tree):
        world = reviewable(tree, unlocked=False)  # shared with the seller, never unlocked
        with pytest.raises(PermissionDenied) as refused:
            write(world)
        assert refused.value.code == "no_interaction"
        assert "only after it unlocked or won" in refused.value.message
        assert not Review.objects.exists()

    def test_someone_elses_rfq_is_no_interaction(self, world, plans, tree):
        other = reviewable(tree)
        with pytest.raises(PermissionDenied) as refused:
            services.review_create(
                author=other.buyer,
                company=world.seller,
                rfq=world.rfq,
                data=review_data(),
            )
        assert refused.value.code == "no_interaction"

    def test_second_review_for_the_same_rfq_is_refused(self, world):
        write(world)
        with pytest.raises(Conflict) as refused:
            write(world, title="Changed my mind")
        assert refused.value.code == "already_reviewed"
        assert Review.objects.count() == 1

    @pytest.mark.parametrize("rating", [0, 6, -1, "4.5", "five", None])
    def test_rating_outside_one_to_five_is_refused(self, world, rating):
        with pytest.raises(ValidationFailed) as refused:
            write(world, rating=rating)
        assert "rating" in refused.value.fields
        assert "1" in refused.value.fields["rating"][0] and "5" in refused.value.fields["rating"][0]
        assert not Review.objects.exists()

    def test_sub_ratings_are_optional_but_bounded(self, world):
        with pytest.raises(ValidationFailed) as refused:
            write(world, delivery=6)
        assert list(refused.value.fields) == ["delivery"]
        review = write(world, communication=None, product_quality="", delivery=None)
        assert (review.communication, review.product_quality, review.delivery) == (None, None, None)

    @pytest.mark.parametrize(
        "text",
        [
            "Great <script>alert('x')</script> supplier, would buy again",
            'Lovely pepper <img src=x onerror="alert(1)"> every single time',
            "Click <a href='javascript:alert(1)'>here</a> for the full story ok",
        ],
    )
    def test_markup_and_scripts_are_refused_with_a_reason(self, world, text):
        with pytest.raises(ValidationFailed) as refused:
            write(world, text=text)
        assert "plain text" in refused.value.fields["text"][0]

    def test_angle_brackets_in_plain_text_are_kept_as_written(self, world):
        text = "Moisture < 12% and bulk density > 550 g/l, exactly as promised <3"
        assert write(world, text=text).text == text

    def test_short_or_long_text_is_refused(self, world):
        with pytest.raises(ValidationFailed):
            write(world, text="ok")
        with pytest.raises(ValidationFailed):
            write(world, text="x" * 4001)

    def test_only_buyers_review(self, world):
        with pytest.raises(PermissionDenied):
            services.review_create(
                author=world.owner, company=world.seller, rfq=world.rfq, data=review_data()
            )


class TestHolds:
    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("Fine pepper, compare prices at www.cheap-pepper.example before you buy", "links"),
            ("Fine pepper, see https://pepper.example/offer for their price list", "links"),
            ("Fine pepper, write to anita@keralaspice.example for the price list", "contacts"),
            ("Fine pepper, call the owner directly on +91 98470 12345 for prices", "contacts"),
        ],
    )
    def test_links_and_contact_details_are_held(self, world, text, reason):
        review = write(world, text=text)
        assert review.status == ModerationStatus.PENDING
        assert reason in review.hold_reasons
        assert str(HoldReason(reason).label) in review.hold_reason

    @pytest.mark.parametrize(
        "text",
        [
            "The pepper was fine but the packing was total shit this time around",
            "La pimienta llegó bien pero el embalaje era una mierda absoluta",
            "Le poivre était bon mais ce fournisseur est un vrai connard avec nous",
            "الفلفل جيد لكن المورد شرموطة ولا يرد على الرسائل أبدا",
            "काली मिर्च ठीक थी लेकिन सप्लायर चूतिया है, जवाब नहीं देता",
            "Maal theek tha par supplier ekdum harami nikla, payment ke baad",
        ],
        ids=["en", "es", "fr", "ar", "hi", "hi-latn"],
    )
    def test_profanity_in_every_supported_language_is_held(self, world, text):
        assert HoldReason.PROFANITY in write(world, text=text).hold_reasons

    def test_clean_text_with_innocent_lookalikes_is_not_held(self, world):
        text = "Class act: shipped to Scunthorpe con leche de coco, cono de helado included"
        assert write(world, text=text).hold_reasons == []

    def test_accounts_younger_than_a_day_are_held(self, plans, tree):
        world = reviewable(tree, buyer_age_days=0)
        assert write(world).hold_reasons == [HoldReason.NEW_ACCOUNT]


class TestModerationAndAggregate:
    def test_approve_publishes_and_recomputes_the_summary(self, world, moderator):
        review = approve(write(world, rating=4, communication=5, delivery=None), moderator)
        summary = RatingSummary.objects.get(company=world.seller)
        assert (summary.average, summary.count) == (Decimal("4.00"), 1)
        assert summary.communication == Decimal("5.00") and summary.delivery is None
        assert review.moderated_by == moderator
        assert actions(review) == ["review.create", "review.approve"]
        assert list(selectors.company_reviews_public(world.seller)) == [review]

    def test_average_over_several_reviews_has_two_decimals(self, world, tree, moderator):
        approve(write(world, rating=5, delivery=None), moderator)
        for rating in (4, 4):
            approve(write(another_buyer(world, tree), rating=rating), moderator)
        summary = selectors.ratings_for([world.seller.pk])[world.seller.pk]
        assert (summary.average, summary.count) == (Decimal("4.33"), 3)
        assert summary.delivery == Decimal("3.00")  # two of three rated delivery (3 and 3)

    def test_rejection_needs_a_reason_and_keeps_the_review_out(self, world, moderator):
        review = write(world)
        with pytest.raises(ValidationFailed):
            services.review_moderate(review=review, moderator=moderator, approve=False)
        review = services.review_moderate(
            review=review, moderator=moderator, approve=False, reason="Not about the supplier."
        )
        assert review.status == ModerationStatus.REJECTED
        assert review.moderation_reason == "Not about the supplier."
        assert "review.reject" in actions(review)
        assert not selectors.company_reviews_public(world.seller).exists()

    def test_deciding_twice_is_refused(self, world, moderator):
        review = approve(write(world), moderator)
        with pytest.raises(Conflict):
            approve(review, moderator)

    def test_only_moderators_decide(self, world):
        review = write(world)
        for user in (world.owner, world.buyer):
            with pytest.raises(PermissionDenied):
                services.review_moderate(review=review, moderator=user, approve=True)

    def test_taking_a_published_review_down_recomputes(self, world, moderator):
        review = approve(write(world), moderator)
        services.review_moderate(review=review, moderator=moderator, approve=False, reason="Spam")
        summary = RatingSummary.objects.get(company=world.seller)
        assert (summary.average, summary.count) == (Decimal("0.00"), 0)

    def test_the_summary_is_recomputed_never_incremented(self, world, moderator):
        review = approve(write(world, rating=3), moderator)
        RatingSummary.objects.filter(company=world.seller).update(count=99, average=Decimal("1.1"))
        services.review_moderate(review=review, moderator=moderator, approve=False, reason="x")
        services.review_moderate(review=review, moderator=moderator, approve=True)
        summary = RatingSummary.objects.get(company=world.seller)
        assert (summary.average, summary.count) == (Decimal("3.00"), 1)

    def test_author_deletes_a_published_review(self, world, moderator):
        review = approve(write(world), moderator)
        services.review_delete(review=review, actor=world.buyer)
        assert not Review.objects.exists()
        assert RatingSummary.objects.get(company=world.seller).count == 0
        assert AuditEvent.objects.filter(action="review.delete").count() == 1

    def test_nobody_else_deletes_it(self, world, moderator):
        review = write(world)
        with pytest.raises(NotFound):
            services.review_delete(review=review, actor=world.owner)
        services.review_delete(review=review, actor=moderator)
        assert not Review.objects.exists()


class TestEditing:
    def test_edit_within_48_hours_goes_back_to_moderation(self, world, moderator):
        review = approve(write(world, rating=5), moderator)
        assert RatingSummary.objects.get(company=world.seller).count == 1
        review = services.review_edit(
            review=review,
            author=world.buyer,
            data={"rating": 2, "text": "Second lot was wet, 14% moisture."},
        )
        assert (review.status, review.rating, review.title) == (
            ModerationStatus.PENDING,
            2,
            "Clean pepper, honest grading",
        )
        assert review.edited_at is not None
        assert RatingSummary.objects.get(company=world.seller).count == 0
        approve(review, moderator)
        assert RatingSummary.objects.get(company=world.seller).average == Decimal("2.00")
        assert "review.edit" in actions(review)

    def test_after_48_hours_the_review_is_frozen(self, world):
        review = write(world)
        Review.objects.filter(pk=review.pk).update(
            created_at=timezone.now() - timedelta(hours=48, minutes=1)
        )
        with pytest.raises(Conflict) as refused:
            services.review_edit(review=review, author=world.buyer, data={"rating": 1})
        assert refused.value.code == "review_frozen"

    def test_only_the_author_edits(self, world):
        review = write(world)
        with pytest.raises(NotFound):
            services.review_edit(review=review, author=world.owner, data={"rating": 1})

    def test_an_edit_is_checked_again(self, world):
        review = write(world)
        with pytest.raises(ValidationFailed):
            services.review_edit(review=review, author=world.buyer, data={"rating": 6})
        edited = services.review_edit(
            review=review,
            author=world.buyer,
            data={"text": "Now with a link: www.pepper.example ok"},
        )
        assert HoldReason.LINKS in edited.hold_reasons


class TestReplies:
    def test_seller_replies_once_and_it_is_moderated(self, world, moderator):
        review = approve(write(world), moderator)
        reply = services.reply_create(review=review, actor=world.owner, text="Thank you, Jonas!")
        assert reply.status == ModerationStatus.PENDING
        assert selectors.public_reply(selectors.company_reviews_public(world.seller).get()) is None
        with pytest.raises(Conflict) as refused:
            services.reply_create(review=review, actor=world.owner, text="Again")
        assert refused.value.code == "already_replied"
        services.reply_moderate(reply=reply, moderator=moderator, approve=True)
        shown = selectors.public_reply(selectors.company_reviews_public(world.seller).get())
        assert shown.text == "Thank you, Jonas!"
        assert actions(reply) == ["review_reply.create", "review_reply.approve"]

    def test_a_rejected_reply_may_be_rewritten(self, world, moderator):
        review = approve(write(world), moderator)
        reply = services.reply_create(review=review, actor=world.owner, text="Call +91 98470 12345")
        assert HoldReason.CONTACTS in reply.hold_reasons
        services.reply_moderate(reply=reply, moderator=moderator, approve=False, reason="Contacts")
        reply = services.reply_create(review=review, actor=world.owner, text="Thank you!")
        assert reply.status == ModerationStatus.PENDING and ReviewReply.objects.count() == 1

    def test_only_the_reviewed_company_replies_to_published_reviews(
        self, world, moderator, plans, tree
    ):
        review = write(world)
        with pytest.raises(Conflict):
            services.reply_create(review=review, actor=world.owner, text="Thanks")
        approve(review, moderator)
        stranger = reviewable(tree).owner
        for user in (stranger, world.buyer):
            with pytest.raises(PermissionDenied):
                services.reply_create(review=review, actor=user, text="Thanks")


class TestReports:
    def test_seller_reports_once_with_a_reason(self, world, moderator):
        review = approve(write(world), moderator)
        with pytest.raises(ValidationFailed):
            services.report_create(review=review, actor=world.owner, reason="because")
        report = services.report_create(
            review=review, actor=world.owner, reason=ReviewReport.Reason.NOT_A_CUSTOMER
        )
        with pytest.raises(Conflict) as refused:
            services.report_create(review=review, actor=world.owner, reason="false")
        assert refused.value.code == "already_reported"
        assert actions(report) == ["review.report"]

    def test_upheld_report_takes_the_review_down(self, world, moderator):
        review = approve(write(world), moderator)
        report = services.report_create(review=review, actor=world.owner, reason="offensive")
        services.report_decide(report=report, moderator=moderator, uphold=True, reason="Abusive")
        review.refresh_from_db()
        assert review.status == ModerationStatus.REJECTED
        assert RatingSummary.objects.get(company=world.seller).count == 0
        assert AuditEvent.objects.filter(action="review_report.uphold").exists()

    def test_dismissed_report_leaves_the_review(self, world, moderator):
        review = approve(write(world), moderator)
        report = services.report_create(
            review=review, actor=world.owner, reason="other", details="We never shipped this lot."
        )
        services.report_decide(report=report, moderator=moderator, uphold=False, reason="Genuine")
        review.refresh_from_db()
        assert review.status == ModerationStatus.APPROVED
        with pytest.raises(Conflict):
            services.report_decide(report=report, moderator=moderator, uphold=True, reason="x")

    def test_strangers_cannot_report(self, world, moderator, plans, tree):
        review = approve(write(world), moderator)
        with pytest.raises(PermissionDenied):
            services.report_create(review=review, actor=reviewable(tree).owner, reason="false")


class TestInteractions:
    def test_interactions_list_unreviewed_rfqs_only(self, world):
        assert [i.rfq for i in selectors.review_interactions(world.buyer, world.seller)] == [
            world.rfq
        ]
        write(world)
        assert selectors.review_interactions(world.buyer, world.seller) == []


class TestNotifications:
    """Authors hear every moderation decision (with the reason); the reviewed company's managers
    hear about a published review. Each once."""

    @staticmethod
    def sent(user, event: str):
        from marketplace.notifications.models import Message

        return list(
            Message.objects.filter(recipient=user, event=event, channel=Message.Channel.EMAIL)
        )

    def test_a_published_review_tells_its_author_and_the_company(self, world, moderator):
        review = approve(write(world, rating=4), moderator)
        (to_author,) = self.sent(world.buyer, "review.decided")
        assert world.seller.name in to_author.subject and "published" in to_author.subject
        assert f"/suppliers/{world.seller.slug}/" in to_author.body
        (to_seller,) = self.sent(world.owner, "review.published")
        assert "4-star" in to_seller.subject
        assert review.title in to_seller.body and "/dashboard/seller/reviews/" in to_seller.body
        assert world.buyer.email not in to_seller.body  # the reviewer's contact is not passed on

    def test_a_rejection_tells_the_author_why_and_nobody_else(self, world, moderator):
        review = write(world)
        services.review_moderate(
            review=review, moderator=moderator, approve=False, reason="Names a private person."
        )
        (message,) = self.sent(world.buyer, "review.decided")
        assert "not published" in message.subject
        assert "Names a private person." in message.body
        assert self.sent(world.owner, "review.published") == []

    def test_each_decision_is_news_once(self, world, moderator):
        review = approve(write(world), moderator)
        services.review_moderate(
            review=review, moderator=moderator, approve=False, reason="Reported: off-topic."
        )
        assert len(self.sent(world.buyer, "review.decided")) == 2  # published, then taken down
        assert len(self.sent(world.owner, "review.published")) == 1

    def test_a_reply_decision_tells_the_replying_seller(self, world, moderator):
        review = approve(write(world), moderator)
        reply = services.reply_create(review=review, actor=world.owner, text="Thank you!")
        services.reply_moderate(reply=reply, moderator=moderator, approve=False, reason="Typo")
        (message,) = self.sent(world.owner, "reply.decided")
        assert review.title in message.subject and "not published" in message.subject
        assert "Typo" in message.body
