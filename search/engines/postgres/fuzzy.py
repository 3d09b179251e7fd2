"""Typo tolerance: a word the index does not know ("turmric") is searched together with the
closest known words ("turmeric").

Candidates come from the vocabulary table ``search_term`` (words of the indexed titles, category
names and supplier names, with document counts). With ``pg_trgm`` installed, a trigram GIN index
on it returns the candidates in SQL; without it, an in-process trigram index over the same
vocabulary does (loaded once per process and reloaded when the vocabulary version changes).
Either way the final choice is the same: optimal-string-alignment distance within the allowed
edits (1 for words of 4–5 letters, 2 for longer ones; shorter words are never corrected), the
closest first, then the most frequent; at most ``MAX_ALTERNATIVES`` per word. A known prefix
("turm") also finds the words it starts.
"""

# ruff: noqa: S608 - the schema name comes from pg_extension; every value is a bound parameter.

from __future__ import annotations

import bisect
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection

from .features import features

MAX_ALTERNATIVES = 3
MIN_LENGTH = 4
VOCABULARY_VERSION_KEY = "search:vocabulary-version"
RECHECK_SECONDS = 30


def allowed_edits(word: str) -> int:
    if len(word) < MIN_LENGTH:
        return 0
    return 1 if len(word) <= 5 else 2


def distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours counts once), or limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def trigrams(word: str) -> set[str]:
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


@dataclass
class Vocabulary:
    terms: list[str] = field(default_factory=list)  # sorted
    df: dict[str, int] = field(default_factory=dict)
    grams: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Vocabulary:
        with connection.cursor() as cursor:
            cursor.execute("SELECT term, df FROM search_term ORDER BY term")
            rows = cursor.fetchall()
        vocabulary = cls(terms=[r[0] for r in rows], df=dict(rows))
        grams: dict[str, list[int]] = defaultdict(list)
        for index, term in enumerate(vocabulary.terms):
            for gram in trigrams(term):
                grams[gram].append(index)
        vocabulary.grams = dict(grams)
        return vocabulary

    def similar(self, word: str, limit: int = 200) -> list[str]:
        shared: dict[int, int] = defaultdict(int)
        for gram in trigrams(word):
            for index in self.grams.get(gram, ()):
                shared[index] += 1
        best = sorted(shared.items(), key=lambda item: -item[1])[:limit]
        return [self.terms[index] for index, _ in best]

    def starting_with(self, prefix: str, limit: int = 50) -> list[str]:
        start = bisect.bisect_left(self.terms, prefix)
        found = []
        for term in self.terms[start : start + 5000]:
            if not term.startswith(prefix):
                break
            found.append(term)
        return sorted(found, key=lambda t: -self.df.get(t, 0))[:limit]


_lock = threading.Lock()
_state: dict[str, object] = {"vocabulary": None, "version": None, "checked": 0.0}


def vocabulary_changed() -> None:
    try:
        cache.incr(VOCABULARY_VERSION_KEY)
    except ValueError:
        cache.set(VOCABULARY_VERSION_KEY, 1, None)


def vocabulary() -> Vocabulary:
    now = time.monotonic()
    with _lock:
        current = _state["vocabulary"]
        if current is not None and now - float(_state["checked"]) < RECHECK_SECONDS:
            return current  # type: ignore[return-value]
        version = cache.get(VOCABULARY_VERSION_KEY)
        if current is None or version != _state["version"]:
            current = Vocabulary.load()
            _state.update(vocabulary=current, version=version)
        _state["checked"] = now
        return current  # type: ignore[return-value]


def forget_vocabulary() -> None:
    with _lock:
        _state.update(vocabulary=None, version=None, checked=0.0)


def known(words: list[str]) -> set[str]:
    if not words:
        return set()
    with connection.cursor() as cursor:
        cursor.execute("SELECT term FROM search_term WHERE term = ANY(%s)", [words])
        return {row[0] for row in cursor.fetchall()}


def _candidates_sql(word: str) -> list[tuple[str, int]]:
    schema = features().trigram_schema
    with connection.cursor() as cursor:
        cursor.execute(
            f"""(SELECT term, df FROM search_term
                 WHERE term OPERATOR({schema}.%%) %(w)s
                 ORDER BY {schema}.similarity(term, %(w)s) DESC, df DESC LIMIT 200)
                UNION
                (SELECT term, df FROM search_term WHERE term LIKE %(prefix)s
                 ORDER BY df DESC LIMIT 50)""",
            {"w": word, "prefix": word.replace("%", "").replace("_", "") + "%"},
        )
        return cursor.fetchall()


def _candidates_python(word: str) -> list[tuple[str, int]]:
    vocab = vocabulary()
    found = set(vocab.similar(word)) | set(vocab.starting_with(word))
    return [(term, vocab.df.get(term, 0)) for term in found]


def corrections(words: list[str]) -> dict[str, list[str]]:
    """For each word the index does not know, the known words to search instead (may be
    empty). Known words and words too short to correct are left out."""
    checkable = [w for w in words if w and not w.isdigit()]
    found = known(checkable)
    unknown = [w for w in checkable if w not in found]
    result: dict[str, list[str]] = {}
    use_sql = features().trigram
    for word in unknown:
        limit = allowed_edits(word)
        if not limit:
            continue
        pool = _candidates_sql(word) if use_sql else _candidates_python(word)
        scored = []
        for term, df in pool:
            if term == word:
                continue
            if term.startswith(word) and len(word) >= MIN_LENGTH:
                scored.append((0.5, -df, term))  # a prefix of a known word: complete it
                continue
            edits = distance(word, term, limit)
            if edits <= limit:
                scored.append((edits, -df, term))
        scored.sort()
        if scored:
            best = scored[0][0]
            result[word] = [t for d, _, t in scored if d <= max(best, 1)][:MAX_ALTERNATIVES]
        else:
            result[word] = []
    return result
