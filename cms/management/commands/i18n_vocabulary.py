"""Write ``cms/vocabulary.py``: the words of the data files (taxonomy attribute labels and units,
the demo catalogue's product units) as ``gettext_noop`` calls, so that ``makemessages`` puts them
in the translation catalogues and ``tradesetu.i18n.vocabulary`` shows them translated.

``make makemessages`` runs it before extracting; run it after changing the taxonomy. Read from the
data modules, not the database: an editor's own label shows as typed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from django.core.management.base import BaseCommand

from marketplace.catalog import demo as catalog_demo
from marketplace.catalog import taxonomy

TARGET = Path(__file__).resolve().parents[2] / "vocabulary.py"

HEADER = '''"""Words of the data files for the translation catalogues (see ``tradesetu.i18n``).

Written by ``manage.py i18n_vocabulary`` (``make makemessages`` runs it): do not edit by hand.
"""

from django.utils.translation import gettext_noop

'''


def vocabulary() -> dict[str, list[str]]:
    labels: dict[str, None] = {}
    units: dict[str, None] = {}

    def walk(node: dict) -> None:
        for attribute in node["attrs"]:
            labels[attribute["label"]] = None
            if attribute["unit"]:
                units[attribute["unit"]] = None
        for child in node["children"]:
            walk(child)

    for node in taxonomy.TAXONOMY:
        walk(node)
    for pricing in catalog_demo.PRICING.values():
        units[pricing[2]] = None
        units[pricing[5]] = None
    return {"ATTRIBUTE_LABELS": sorted(labels), "UNITS": sorted(u for u in units if _has_words(u))}


def _has_words(unit: str) -> bool:
    """Units written with words ("pieces", "box of 100") are translated; symbols ("kg", "ppm",
    "g/m²", "SHU") read the same in every language and stay out of the catalogue."""
    return any(w not in SYMBOLS for w in re.findall(r"\b[a-z]{3,}\b", unit))


SYMBOLS = {"cfu", "cps", "ppb", "ppm"}


class Command(BaseCommand):
    help = "Write cms/vocabulary.py (data words for makemessages)."

    def handle(self, *args, **options):
        blocks = []
        for name, words in vocabulary().items():
            items = "".join(
                f"    gettext_noop({json.dumps(w, ensure_ascii=False)}),\n" for w in words
            )
            blocks.append(f"{name} = (\n{items})\n")
        TARGET.write_text(HEADER + "\n".join(blocks), encoding="utf-8")
        self.stdout.write(f"wrote {TARGET.relative_to(TARGET.parents[1])}")
