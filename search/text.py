"""Query text handling shared by the engines: words only, never syntax.

A query is reduced to at most ``MAX_TERMS`` words (letters and digits, with the combining marks
Devanagari and Arabic need); quotes, operators, brackets, SQL and query-DSL fragments are just
separators. Engines build their own query structures from these words with bound parameters.
"""

from __future__ import annotations

import re
import unicodedata

from .types import MAX_QUERY_CHARS, MAX_TERMS

# letters/digits, plus combining marks (Latin accents, Devanagari matras and viramas, Arabic
# harakat); the Devanagari danda (।, ॥) separates words.
WORD = re.compile(
    r"(?:[^\W_]|[\u0300-\u036F\u0900-\u0963\u0966-\u097F\u0610-\u061A\u064B-\u065F\u0670"
    r"\u06D6-\u06ED])+"
)
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
ARABIC = re.compile(r"[\u0600-\u06FF]")

# Words that carry no meaning in a product search (English, Spanish, French); dropped unless the
# query has nothing else.
STOPWORDS = frozenset(
    """a an and are as at be by for from in into is it of on or the to with without per
    buy buyer buyers supplier suppliers exporter exporters manufacturer manufacturers india indian
    de del la las el los y en con para por un una
    le les du des et au aux pour avec sur une""".split()
)
# "india" and "supplier" would otherwise match every document (every seller is an Indian
# supplier); a query of only such words still searches for them.


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").casefold()


def unaccent(text: str) -> str:
    """Latin accents off (what ``search_unaccent`` does in SQL); other scripts unchanged."""
    decomposed = unicodedata.normalize("NFKD", text)
    out = []
    for char in decomposed:
        if unicodedata.combining(char) and "\u0300" <= char <= "\u036f":
            continue
        out.append(char)
    return unicodedata.normalize("NFKC", "".join(out))


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text)[: MAX_QUERY_CHARS * 2])


def query_terms(text: str) -> list[str]:
    """The words a search looks for: stopwords dropped (unless nothing else is left),
    duplicates removed, at most MAX_TERMS."""
    found = words(text)
    meaningful = [w for w in found if w not in STOPWORDS]
    chosen = meaningful or found
    unique: list[str] = []
    for word in chosen:
        word = word[:60]
        if word not in unique:
            unique.append(word)
    return unique[:MAX_TERMS]


def script(word: str) -> str:
    if DEVANAGARI.search(word):
        return "hi"
    if ARABIC.search(word):
        return "ar"
    return "latin"
