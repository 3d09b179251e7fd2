"""The export taxonomy as `taxonomy_load()` stores it: size, shape, HS ranges, attribute schemas,
translations, and a second load that changes nothing.

The taxonomy is loaded once for the module (twice, to check idempotency) inside a transaction
that is rolled back at the end, so other test modules never see it."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from django.db import transaction
from django.db.models import Count

from marketplace.catalog.models import MAX_DEPTH, Category, CategoryAttribute
from marketplace.catalog.taxonomy import taxonomy_load, taxonomy_nodes

# every test uses the database, so pytest-django keeps this module's tests together (its
# module-scoped seed is made once) and before the transactional tests that empty the tables
pytestmark = pytest.mark.django_db

LANGUAGES = ("es", "ar", "fr", "hi")


def _counts() -> dict[str, int]:
    return {
        "categories": Category.objects.count(),
        "attributes": CategoryAttribute.objects.count(),
    }


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        before = _counts()
        first = taxonomy_load()
        after_first = _counts()
        second = taxonomy_load()
        after_second = _counts()
        yield {
            "before": before,
            "first": first,
            "after_first": after_first,
            "second": second,
            "after_second": after_second,
        }
        transaction.set_rollback(True)


@pytest.fixture
def taxonomy(loaded, db) -> dict[str, Category]:
    """Every category of the taxonomy by slug (other tests' categories left out)."""
    slugs = {node.slug for node in taxonomy_nodes()}
    return {
        category.slug: category
        for category in Category.objects.filter(slug__in=slugs).select_related("parent")
    }


def _leaves(taxonomy: dict[str, Category]) -> list[Category]:
    parents = {category.parent_id for category in taxonomy.values()}
    return [category for category in taxonomy.values() if category.pk not in parents]


def test_size(taxonomy):
    top = [c for c in taxonomy.values() if c.parent_id is None]
    leaves = _leaves(taxonomy)
    assert len(top) >= 12
    assert len(leaves) >= 150
    assert len(taxonomy) == len(list(taxonomy_nodes()))


def test_depth_at_most_three_and_consistent(taxonomy):
    for category in taxonomy.values():
        assert 1 <= category.depth <= MAX_DEPTH == 3
        if category.parent_id is None:
            assert category.depth == 1
        else:
            assert category.depth == category.parent.depth + 1
            assert category.parent.slug in taxonomy
    # a leaf is a product group's child: products never sit on a top category
    assert all(leaf.depth >= 2 for leaf in _leaves(taxonomy))


def test_every_leaf_has_an_hs_range_inside_its_parents(taxonomy):
    for leaf in _leaves(taxonomy):
        low, high = leaf.hs_code_from, leaf.hs_code_to
        assert low.isdigit() and high.isdigit(), leaf.slug
        assert 4 <= len(low) <= 10 and len(low) == len(high), leaf.slug
        assert low <= high, leaf.slug
        parent = leaf.parent
        if parent.hs_code_from:
            assert parent.hs_code_from <= low[: len(parent.hs_code_from)], leaf.slug
            assert high[: len(parent.hs_code_to)] <= parent.hs_code_to, leaf.slug


def test_every_leaf_has_a_required_attribute(taxonomy):
    for leaf in _leaves(taxonomy):
        schema = leaf.schema()
        assert schema, leaf.slug
        assert any(attribute.required for attribute in schema), leaf.slug
        keys = [attribute.key for attribute in schema]
        assert len(keys) == len(set(keys)), leaf.slug  # a refinement replaces, never repeats


def test_choice_attributes_have_choices(taxonomy):
    attributes = CategoryAttribute.objects.filter(category__in=taxonomy.values())
    choice_attributes = attributes.filter(type=CategoryAttribute.Type.CHOICE)
    assert choice_attributes.exists()
    for attribute in choice_attributes:
        assert len(attribute.choices) >= 2, attribute
        lowered = [choice.strip().lower() for choice in attribute.choices]
        assert all(lowered), attribute
        assert len(lowered) == len(set(lowered)), attribute  # choices match case-insensitively
    for attribute in attributes.exclude(type=CategoryAttribute.Type.CHOICE):
        assert attribute.choices == [], attribute
    assert set(attributes.values_list("type", flat=True)) <= set(CategoryAttribute.Type.values)


def test_attribute_keys_unique_per_category(taxonomy):
    attributes = CategoryAttribute.objects.filter(category__in=taxonomy.values())
    duplicated = (
        attributes.values("category", "key").annotate(n=Count("pk")).filter(n__gt=1).count()
    )
    assert duplicated == 0
    for key in attributes.values_list("key", flat=True).distinct():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", key), key
    assert all(label.strip() for label in attributes.values_list("label", flat=True))


def test_loading_twice_changes_nothing(loaded):
    first, second = loaded["first"], loaded["second"]
    for key in ("top", "groups", "leaves", "attributes"):
        assert first[key] == second[key]
    assert first["top"] >= 12 and first["leaves"] >= 150
    assert loaded["after_first"] == loaded["after_second"]
    assert loaded["after_first"]["categories"] >= first["top"] + first["groups"] + first["leaves"]
    assert second["categories_created"] == 0
    assert second["attributes_created"] == 0
    assert second["categories_updated"] == 0
    assert second["attributes_updated"] == 0


def test_first_load_stores_every_node_and_attribute(loaded):
    first = loaded["first"]
    grew = {
        key: loaded["after_first"][key] - loaded["before"][key]
        for key in ("categories", "attributes")
    }
    assert grew["categories"] == first["categories_created"]
    assert grew["attributes"] == first["attributes_created"]
    assert first["categories_created"] + first["categories_updated"] <= (
        first["top"] + first["groups"] + first["leaves"]
    )


def test_top_categories_and_groups_are_translated(taxonomy):
    parents = {category.parent_id for category in taxonomy.values() if category.parent_id}
    named = [c for c in taxonomy.values() if c.parent_id is None or c.pk in parents]
    assert len(named) >= 12 + 40
    for category in named:
        for language in LANGUAGES:
            name = category.name_i18n.get(language, "")
            assert name.strip(), (category.slug, language)
    # the names really are in those languages, not English copied over
    hindi = Counter(
        bool(re.search("[\u0900-\u097f]", c.name_i18n["hi"])) for c in named
    )  # Devanagari
    arabic = Counter(bool(re.search("[\u0600-\u06ff]", c.name_i18n["ar"])) for c in named)
    assert hindi[True] == len(named)
    assert arabic[True] == len(named)


def test_display_name_follows_the_language(taxonomy):
    from django.utils import translation

    spices = taxonomy["spices"]
    with translation.override("es"):
        assert spices.display_name == spices.name_i18n["es"]
    with translation.override("en"):
        assert spices.display_name == "Spices"
