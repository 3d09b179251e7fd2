"""Lead routing reads the rating from RatingSummary: +5 × (average − 3) / 2 once a seller has
approved reviews, nothing before."""

from __future__ import annotations

import pytest

from marketplace.leads import routing
from marketplace.leads.models import Lead
from tests.leads.factories import post_rfq

from .factories import approve, write

pytestmark = pytest.mark.django_db


def factors_for(world, tree):
    from tests.leads.factories import buyer

    rfq = post_rfq(buyer(), tree["pepper"], route=False, title="White pepper for testing")
    candidates = routing.eligible_candidates(rfq)
    return next(c for c in candidates if _company_id(c) == world.seller.pk).factors


def _company_id(candidate) -> int:
    return getattr(candidate, "company_id", None) or candidate.company.pk


def test_no_rating_factor_without_approved_reviews(world, tree):
    write(world, rating=5)  # pending
    assert "rating" not in factors_for(world, tree)


def test_rating_factor_follows_the_approved_average(world, tree, moderator):
    approve(write(world, rating=5), moderator)
    assert factors_for(world, tree)["rating"] == 5.0
    review = world.seller.reviews.get()
    from marketplace.reviews import services

    services.review_moderate(review=review, moderator=moderator, approve=False, reason="x")
    assert "rating" not in factors_for(world, tree)
    assert Lead.objects.filter(company=world.seller).exists()


def test_ratings_are_read_in_one_query(world, tree, django_assert_max_num_queries):
    from marketplace.reviews.selectors import ratings_for

    with django_assert_max_num_queries(1):
        assert ratings_for([world.seller.pk, 123456]) == {}
    with django_assert_max_num_queries(0):
        assert ratings_for([]) == {}
