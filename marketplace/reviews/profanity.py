"""A small, curated profanity list for the languages we support (en, es, fr, ar, hi — Hindi in
Devanagari and in Latin letters). A match holds a review for a moderator; it never rejects on
its own, so the list stays short and leaves out words with innocent meanings ("con", "coño"
→ "cono", "كلب", "साला"…).

Matching is per word after normalising: NFKC, case folding, Latin accents removed, Arabic
diacritics, tatweel and letter variants unified, simple digit substitutions (sh1t) and
stretched letters (shiiit) undone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "fuck", "fucking", "fucked", "fucker", "motherfucker", "shit", "shitty", "bullshit",
        "bitch", "bastard", "asshole", "arsehole", "cunt", "dickhead", "wanker", "twat",
        "bollocks",
    ),
    "es": (
        "mierda", "puta", "puto", "putas", "cabrón", "cabrones", "gilipollas", "pendejo",
        "pendeja", "joder", "jodido", "chingada", "chingar", "culero", "malparido", "hijueputa",
    ),
    "fr": (
        "merde", "putain", "connard", "connasse", "salope", "salaud", "enculé", "enfoiré",
        "pute", "nique", "fdp", "ntm",
    ),
    "ar": (
        "كس", "زب", "شرموطة", "قحبة", "عاهرة", "منيوك", "منيك", "خرا", "خول", "متناك",
    ),
    "hi": (
        "चूतिया", "चुतिया", "मादरचोद", "बहनचोद", "भेनचोद", "भोसड़ीके", "भोसडीके", "गांडू",
        "गाण्डू", "हरामी", "हरामज़ादा", "हरामजादा", "कमीना", "रंडी", "लौड़ा",
        "chutiya", "chutia", "madarchod", "behenchod", "bhenchod", "bhosdike", "bhosadike",
        "gandu", "harami", "haramzada", "kamina", "kamine", "randi", "lauda",
    ),
}  # fmt: skip

# Letters, digits and the combining marks of Latin, Arabic and Devanagari (Python's \w alone
# splits Devanagari words at their vowel signs); the Devanagari danda (। ॥) is punctuation.
TOKEN_RE = re.compile(
    r"(?:[^\W_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    r"\u0900-\u0963\u0966-\u097f\u200c\u200d])+"
)
ARABIC_MARKS_RE = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
STRETCHED_RE = re.compile(r"(.)\1{2,}")


def normalize(word: str) -> str:
    word = unicodedata.normalize("NFKC", word).casefold()
    decomposed = unicodedata.normalize("NFD", word)
    word = unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not "\u0300" <= ch <= "\u036f")
    )
    word = ARABIC_MARKS_RE.sub("", word).translate(ARABIC_LETTERS).replace("\u200c", "")
    return word.replace("\u200d", "")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    return {normalize(word): language for language, words in WORDS.items() for word in words}


def _variants(token: str) -> set[str]:
    variants = {token}
    if token.isascii():
        variants.add(token.translate(LEET))
    for variant in list(variants):
        variants.add(STRETCHED_RE.sub(r"\1", variant))
        variants.add(STRETCHED_RE.sub(r"\1\1", variant))
    return variants


def profanity_found(text: str) -> list[str]:
    """The languages whose listed words appear in ``text`` (empty when clean)."""
    lexicon = _lexicon()
    found: set[str] = set()
    for token in TOKEN_RE.findall(text or ""):
        for variant in _variants(normalize(token)):
            if variant in lexicon:
                found.add(lexicon[variant])
    return sorted(found)
