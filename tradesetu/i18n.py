"""Translation helpers: data vocabulary in the visitor's language, and the catalogue compiler.

* ``vocabulary(text)`` (template filter ``{{ value|vocabulary }}`` after ``{% load vocabulary %}``):
  words that come from data (taxonomy attribute labels and units, product units, plan names,
  certification names) in the visitor's language when the catalogue has them, else as typed.
  The data's words reach the catalogue as the plan taglines do (``gettext_noop`` in the data
  modules) or, for the taxonomy and demo units, through ``cms/vocabulary.py``, written by
  ``manage.py i18n_vocabulary`` (``make makemessages`` runs it first).
* ``python -m tradesetu.i18n compile``: compile the committed catalogues
  (``locale/*/LC_MESSAGES/*.po``) into ``.mo`` files. Pure Python (polib), so a fresh machine needs
  no GNU gettext; only files older than their ``.po`` are rebuilt.
"""

from __future__ import annotations

import sys
from pathlib import Path

from django import template
from django.utils.translation import gettext

BASE_DIR = Path(__file__).resolve().parent.parent

register = template.Library()


@register.filter
def vocabulary(text) -> str:
    """A data word (a unit, a label) in the active language when the catalogue has it."""
    return gettext(text) if text else ""


def compile_catalogues(locale_dir: Path = BASE_DIR / "locale") -> list[Path]:
    import polib

    built = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        built.append(mo_path)
    return built


if __name__ == "__main__":
    if sys.argv[1:] != ["compile"]:
        print("usage: python -m tradesetu.i18n compile", file=sys.stderr)
        sys.exit(2)
    for path in compile_catalogues():
        print(f"compiled {path.relative_to(BASE_DIR)}")
