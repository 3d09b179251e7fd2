"""Every interface string is translated for es, ar, fr and hi; Arabic pages are right to left."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
LANGUAGES = ["es", "ar", "fr", "hi"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete_and_not_fuzzy(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not missing, f"{language}: untranslated {missing[:5]}"
    assert not fuzzy, f"{language}: fuzzy {fuzzy[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    import re

    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    pattern = re.compile(r"%\(\w+\)[sd]")
    for entry in catalogue.translated_entries():
        wanted = sorted(
            set(pattern.findall(entry.msgid)) | set(pattern.findall(entry.msgid_plural))
        )
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            found = sorted(set(pattern.findall(translation)))
            # a plural form may leave the count out ("one day" for n == 1), never add or rename
            assert set(found) <= set(wanted), (entry.msgid, translation)
            if not entry.msgid_plural:
                assert found == wanted, (entry.msgid, translation)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "direction", "text"),
    [
        ("", "ltr", "Log in"),
        ("/es", "ltr", "Iniciar sesión"),
        ("/ar", "rtl", "تسجيل الدخول"),
        ("/fr", "ltr", "Se connecter"),
        ("/hi", "ltr", "लॉग इन करें"),
    ],
)
def test_login_page_in_each_language(client, prefix, direction, text):
    response = client.get(f"{prefix}/accounts/login/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'dir="{direction}"' in html
    assert text in html


@pytest.mark.django_db
def test_unknown_language_prefix_is_404(client, home_page):
    assert client.get("/xx/accounts/login/").status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_brand_stays_latin_in_every_translation(language):
    """ "TradeSetu" is a name, never transliterated: a msgstr keeps it wherever the msgid has it."""
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    changed = [
        entry.msgid
        for entry in catalogue.translated_entries()
        if "TradeSetu" in entry.msgid and "TradeSetu" not in entry.msgstr
    ]
    assert not changed, changed[:5]


# --------------------------------------------------------------------------- numbers and money


@pytest.mark.parametrize(
    ("language", "inr", "lakh", "usd"),
    [
        ("en", "₹3,538.82", "₹12,34,567.00", "$8.53"),
        ("hi", "₹3,538.82", "₹12,34,567.00", "$8.53"),
        ("ar", "₹3,538.82", "₹12,34,567.00", "$8.53"),
        ("es", "₹3\xa0538,82", "₹12\xa034\xa0567,00", "$8,53"),
        ("fr", "₹3\xa0538,82", "₹12\xa034\xa0567,00", "$8,53"),
    ],
)
def test_amounts_use_one_format_per_language_and_indian_grouping_for_rupees(
    language, inr, lakh, usd
):
    """Rupees read ₹3,538.82 (not ₹3538.82) and ₹12,34,567.00 (lakh/crore grouping); every
    language writes its amounts one way (Arabic: decimal point, as the sellers' figures)."""
    from django.utils import translation

    from tradesetu.money import money_format

    with translation.override(language):
        assert money_format("3538.82", "INR") == inr
        assert money_format(1234567, "INR") == lakh
        assert money_format("8.53", "USD") == usd
        assert money_format("12", "AED").startswith("AED 12")
        assert money_format(None, "INR") == ""


def test_arabic_and_hindi_pages_format_numbers_consistently():
    """Arabic: "8.53" and "21,500" side by side (Django's Arabic mixed "8,53" with the sellers'
    "21,500"); Hindi groups by lakhs."""
    from django.template.defaultfilters import floatformat
    from django.utils import translation

    with translation.override("ar"):
        assert floatformat(21500.5, "2g") == "21,500.50"
        assert floatformat(8.53, "2g") == "8.53"
    with translation.override("hi"):
        assert floatformat(1234567, "0g") == "12,34,567"


def test_a_price_range_is_one_bidi_isolated_unit():
    """A range on a right-to-left page keeps its ends in order ("$US 5–1" was "5–10 US$")."""
    from django.template import Context, Template
    from django.utils import translation

    with translation.override("ar"):
        html = Template("{% load money %}{% money_range 5 10 'USD' %}").render(Context())
        same = Template("{% load money %}{% money_range 5 5 'USD' %}").render(Context())
    assert html == "<bdi>$5.00–$10.00</bdi>"
    assert same == "<bdi>$5.00</bdi>"


def test_search_price_facets_read_as_amounts():
    """Facet labels: "$5–$10", "Under $5", in the visitor's number format."""
    from django.utils import translation

    from search.facets import _price_label

    assert _price_label(5, 10) == "$5–$10"
    with translation.override("fr"):
        assert _price_label(2.5, 10) == "$2,50–$10"
        assert "$5" in _price_label(None, 5)


# --------------------------------------------------------------------------- data vocabulary


@pytest.mark.django_db
def test_sort_options_and_country_names_follow_the_visitors_language(client):
    """Labels built at import time stayed English: the search sort options and the countries
    of the sign-up form now read in the page's language."""
    from django.utils import translation

    from search.views import SORT_LABELS

    with translation.override("es"):
        assert str(SORT_LABELS["relevance"]) == "Mejor coincidencia"
    html = client.get("/ar/accounts/signup/").content.decode()
    assert "ألمانيا" in html and ">Germany<" not in html


def test_vocabulary_module_is_up_to_date_with_the_taxonomy():
    """Every taxonomy label and worded unit is in ``cms/vocabulary.py`` (what makemessages
    reads): a label added to the taxonomy without re-running ``i18n_vocabulary`` fails here."""
    import re

    from cms.management.commands.i18n_vocabulary import TARGET, vocabulary

    written = set(re.findall(r'gettext_noop\("((?:[^"\\]|\\.)*)"\)', TARGET.read_text()))
    wanted = {word for words in vocabulary().values() for word in words}
    assert wanted - written == set()


@pytest.mark.django_db
def test_data_words_show_in_the_visitors_language():
    """Attribute labels and units, plan and certification names come from data: shown through
    the catalogue when it has them, as typed otherwise."""
    from django.utils import translation

    from billing.models import Plan
    from marketplace.catalog.models import CategoryAttribute
    from marketplace.companies.models import CertificationType
    from tradesetu.i18n import vocabulary

    attribute = CategoryAttribute(label="Moisture (max.)", unit="months")
    with translation.override("es"):
        assert attribute.display_label == "Humedad (máx.)"
        assert attribute.display_unit == "meses"
        assert vocabulary("pieces") == "piezas"
        assert vocabulary("A label an editor typed") == "A label an editor typed"
        assert Plan(name="Growth").display_name != "Growth"
        assert CertificationType(name="CE marking").display_name != "CE marking"
    with translation.override("hi"):
        assert vocabulary("MOQ") != "MOQ"
