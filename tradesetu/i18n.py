"""Compile the committed translation catalogues (``locale/*/LC_MESSAGES/*.po``) into ``.mo`` files.

Pure Python (polib), so a fresh machine needs no GNU gettext; only files older than their ``.po``
are rebuilt. ``python -m tradesetu.i18n compile``.
"""

from __future__ import annotations

import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


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
