"""RFQ creation: validation, quality gates, trust score, held until the e-mail is verified."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from marketplace.leads import services, trust
from marketplace.leads.models import RFQ
from tradesetu.errors import Conflict, PermissionDenied, RateLimited, ValidationFailed

from .factories import buyer, post_rfq, rfq_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"quantity": "-5"}, "quantity"),
        ({"quantity": "abc"}, "quantity"),
        ({"needed_by": timezone.localdate() - timedelta(days=1)}, "needed_by"),
        ({"max_sellers": 11}, "max_sellers"),
        ({"max_sellers": 0}, "max_sellers"),
        ({"destination_country": "XX"}, "destination_country"),
        ({"incoterm": "ABC"}, "incoterm"),
        ({"target_price": "5", "target_currency": ""}, "target_currency"),
        ({"title": ""}, "title"),
        ({"specs": {"form": "Liquid"}}, "specs.form"),
    ],
)
def test_bad_input_is_refused_per_field(tree, overrides, field):
    with pytest.raises(ValidationFailed) as exc:
        services.rfq_create(buyer=buyer(), data=rfq_data(tree["pepper"], **overrides))
    assert field in exc.value.fields
    assert not RFQ.objects.exists()


def test_scripts_in_notes_are_stripped_to_plain_text(tree):
    rfq = post_rfq(
        buyer(), tree["pepper"], notes="Hello <script>alert('x')</script><b>bold</b> world"
    )
    assert "<script" not in rfq.notes and "<b>" not in rfq.notes
    assert "bold" in rfq.notes


def test_sellers_cannot_post_rfqs(tree):
    from tests.factories import SellerFactory

    with pytest.raises(PermissionDenied):
        services.rfq_create(buyer=SellerFactory(), data=rfq_data(tree["pepper"]))


def test_unverified_buyer_rfq_is_held_and_released_on_verification(
    tree, django_capture_on_commit_callbacks
):
    from django.core import mail

    from marketplace.accounts.services import email_verification_token, email_verify

    user = buyer(email_verified_at=None)
    rfq = post_rfq(user, tree["pepper"])
    assert rfq.status == RFQ.Status.HELD
    assert rfq.routing_status == RFQ.Routing.PENDING
    with django_capture_on_commit_callbacks(execute=True):
        email_verify(token=email_verification_token(user=user, email=user.email))
    rfq.refresh_from_db()
    assert rfq.status == RFQ.Status.OPEN
    assert rfq.routing_status in (RFQ.Routing.ROUTED, RFQ.Routing.NO_MATCH)
    assert mail.outbox is not None


def test_near_identical_rfq_within_seven_days_is_a_duplicate(tree):
    user = buyer()
    post_rfq(user, tree["pepper"])
    with pytest.raises(Conflict) as exc:
        post_rfq(user, tree["pepper"], title="black  PEPPER 550 gl", quantity="2500")
    assert exc.value.code == "duplicate_rfq"
    post_rfq(user, tree["pepper"], destination_country="US")  # another market is a new need
    RFQ.objects.update(created_at=timezone.now() - timedelta(days=8))
    post_rfq(user, tree["pepper"])  # a week later is fine


def test_rate_limit_per_account(tree):
    user = buyer()
    for n in range(5):
        post_rfq(
            user,
            tree["pepper"],
            title=f"Spice lot {n} {'x' * n}",
            destination_country=["DE", "US", "FR", "AE", "NL"][n],
        )
    with pytest.raises(RateLimited):
        post_rfq(user, tree["pepper"], title="Cardamom", destination_country="GB")


def test_trust_score_rewards_evidence_and_flags_disposable_addresses(tree):
    solid = buyer(
        email="procurement@weber-feinkost.de", date_joined=timezone.now() - timedelta(days=60)
    )
    score, factors = trust.buyer_trust(solid)
    assert factors["company_email"] == 20 and factors["account_age"] == 15 and score >= 70
    throwaway = buyer(email="deal123@mailinator.com", phone="")
    rfq = post_rfq(throwaway, tree["pepper"])
    assert "disposable_email" in rfq.flags
    assert rfq.trust_score < 30
    assert trust.is_disposable("x@sub.yopmail.com")
    assert not trust.is_disposable("x@gmail.com")


def test_category_is_suggested_from_the_text_when_missing(tree):
    rfq = post_rfq(buyer(), None, title="Whole black pepper for grinding")
    assert rfq.category == tree["pepper"]
    assert rfq.category_suggested


def test_a_parent_category_is_refused(tree):
    with pytest.raises(ValidationFailed):
        post_rfq(buyer(), tree["spices"])
