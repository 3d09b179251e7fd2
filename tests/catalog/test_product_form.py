"""The product form says each problem once, and the one category picker (product, import and
RFQ forms): leaf categories grouped by top category, sorted in the visitor's language, with a
filter box that needs JavaScript and a plain grouped select without it."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from marketplace.catalog.forms import CategoryChoiceForm, CategoryField, ImportForm
from marketplace.catalog.models import Category

pytestmark = pytest.mark.django_db

VALID = {
    "title": "Pepper",
    "currency": "USD",
    "price_unit": "kg",
    "moq": "10",
    "moq_unit": "kg",
    "attr_form": "Whole",
    "attr_moisture": "11",
}


@pytest.mark.parametrize(
    ("prices", "field", "message"),
    [
        ({"price_min": "5", "price_max": "4"}, "price_max", "The upper price is below the lower"),
        ({"price_min": "0"}, "price_min", "Must be more than zero."),
        ({"moq": "0"}, "moq", "Must be more than zero."),
    ],
)
def test_one_message_per_price_error(client, owner, tree, prices, field, message):
    """A price problem is reported once, on its field, with nothing repeated above the form
    (the issue saw two messages for one price error)."""
    client.force_login(owner)
    response = client.post(
        f"/dashboard/seller/products/new/?category={tree['pepper'].pk}", {**VALID, **prices}
    )
    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors.get(field) == [form.errors[field][0]]
    assert message in form.errors[field][0]
    assert not form.non_field_errors()
    assert set(form.errors) == {field}


@pytest.fixture
def taxonomy(db):
    """Two top categories whose leaves sort differently in English and Spanish."""

    def node(slug, name, parent=None, **i18n):
        return Category.objects.create(slug=slug, name=name, parent=parent, name_i18n=i18n)

    spices = node("x-spices", "Spices", es="Especias")
    pepper = node("x-pepper", "Pepper and chillies", spices, es="Pimienta y chiles")
    node("x-black", "Black pepper", pepper, es="Pimienta negra")
    node("x-chilli", "Chilli powder", pepper, es="Ají en polvo")
    node("x-cumin", "Cumin seed", pepper, es="Comino")
    textiles = node("x-textiles", "Textiles", es="Textiles")
    yarn = node("x-yarn", "Yarn", textiles, es="Hilados")
    node("x-cotton", "Cotton yarn", yarn, es="Hilo de algodón")
    return spices


def groups(html: str) -> list[tuple[str, list[str]]]:
    found = []
    for label, body in re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', html, re.S):
        found.append((label, re.findall(r"<option[^>]*>([^<]+)</option>", body)))
    return found


def test_grouped_by_top_category_and_sorted_in_the_visitors_language(taxonomy):
    """One <optgroup> per top category, leaves alphabetical in the active language."""
    field = CategoryChoiceForm()["category"]
    assert groups(str(field)) == [
        ("Spices", ["Black pepper", "Chilli powder", "Cumin seed"]),
        ("Textiles", ["Cotton yarn"]),
    ]
    with translation.override("es"):
        html = str(CategoryChoiceForm()["category"])
    assert groups(html) == [
        ("Especias", ["Ají en polvo", "Comino", "Pimienta negra"]),
        ("Textiles", ["Hilo de algodón"]),
    ]


def test_options_carry_their_names_for_the_filter_and_work_without_javascript(taxonomy):
    """Each option lists its names in every language and its groups' names for the filter; the
    filter box is hidden until the script shows it, so without JavaScript a grouped select
    remains; only leaf categories are choices."""
    html = str(ImportForm()["category"])
    assert re.search(r'data-search="[^"]*Pimienta negra[^"]*Pepper and chillies', html)
    assert re.search(r'<span class="category-filter" hidden>', html)
    assert 'aria-controls="id_category"' in html and "category-picker.js" in html
    assert "<select" in html and "Choose a category" in html
    parent = Category.objects.get(slug="x-pepper")
    form = CategoryChoiceForm({"category": parent.pk})
    assert not form.is_valid() and "category" in form.errors
    leaf = Category.objects.get(slug="x-black")
    assert CategoryChoiceForm({"category": leaf.pk}).is_valid()


def test_product_import_and_rfq_forms_use_the_one_field(taxonomy):
    """The product (choose category), import and RFQ forms share the picker."""
    from marketplace.leads.forms import RFQForm

    for form in (CategoryChoiceForm(), ImportForm(), RFQForm()):
        assert isinstance(form.fields["category"], CategoryField)
        assert "<optgroup" in str(form["category"])
