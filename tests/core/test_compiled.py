"""``tradesetu.compiled.CompiledQuery``: an ORM query compiled once, then run with new values."""

from __future__ import annotations

import pytest

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.companies.selectors import company_for_user
from tests.factories import CompanyFactory, CompanyMemberFactory, UserFactory
from tradesetu.compiled import CompiledQuery

pytestmark = pytest.mark.django_db


def _named(email: str, first_name: str = ""):
    return User.objects.filter(email=email, first_name=first_name).order_by("pk")


def test_later_calls_run_the_same_sql_with_their_own_values(django_assert_num_queries):
    first, second = UserFactory(first_name="Asha"), UserFactory(first_name="Ravi")
    query = CompiledQuery(_named, email="sentinel@example.invalid", first_name="sentinel")
    with django_assert_num_queries(1):
        assert list(query.raw(email=second.email, first_name="Ravi")) == [second]
    assert list(query.raw(email=first.email, first_name="Ravi")) == []  # both values count
    assert query.first(email=first.email, first_name="Asha") == first
    assert query.first(email="nobody@example.com", first_name="Asha") is None


def test_rows_give_tuples_of_a_values_query():
    user = UserFactory(first_name="Asha")
    query = CompiledQuery(
        lambda pk: User.objects.filter(pk=pk).values_list("first_name", "email"), pk=-1
    )
    assert query.rows(pk=user.pk) == [("Asha", user.email)]


def test_a_sentinel_that_cannot_be_swapped_is_refused():
    with pytest.raises(ValueError, match="None"):
        CompiledQuery(_named, email=None)
    # a value the query never sends as a parameter cannot be swapped in later: one it ignores,
    # or a boolean (Django writes ``is_active = false`` into the SQL text)
    ignored = CompiledQuery(lambda email, unused: _named(email), email="x@y.invalid", unused=5)
    with pytest.raises(ValueError, match="unused"):
        ignored.first(email="a@b.c", unused=6)
    flag = CompiledQuery(lambda active: User.objects.filter(is_active=active), active=False)
    with pytest.raises(ValueError, match="active"):
        flag.first(active=True)
    with pytest.raises(TypeError):
        CompiledQuery(_named, email="x@y.invalid").first(mail="a@b.c")


def test_company_for_user_picks_the_oldest_membership_of_the_kind_asked():
    user = UserFactory()
    buyer_side = CompanyFactory(kind=Company.Kind.BUYER)
    seller_side = CompanyFactory(kind=Company.Kind.SELLER)
    CompanyMemberFactory(user=user, company=buyer_side)
    CompanyMemberFactory(user=user, company=seller_side)
    assert company_for_user(user) == buyer_side
    assert company_for_user(user, kind=Company.Kind.SELLER) == seller_side
    assert company_for_user(UserFactory(), kind=Company.Kind.SELLER) is None


def test_the_session_user_is_read_by_the_compiled_query_and_inactive_users_are_refused():
    from marketplace.accounts.backends import EmailBackend

    backend, user = EmailBackend(), UserFactory()
    assert backend.get_user(user.pk) == user
    assert backend.get_user(str(user.pk)) == user  # as stored in the session
    assert backend.get_user("not-a-number") is None
    assert backend.get_user(user.pk + 1000) is None
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert backend.get_user(user.pk) is None
