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
