"""The PostgreSQL engine: full-text search over the document tables, facets in one statement.

Matching: every word (or one of its typo corrections, see ``fuzzy.py``) must be found somewhere
in the product (title, category names in any language, attributes, supplier name, description)
through the GIN index on the weighted ``vector``. When fewer than ``RELAX_BELOW`` products have
every word (and the sort is by relevance), products with all words but one are accepted too and
ranked after the complete matches ("relaxed"; the answer says so).

Ranking (``sort=relevance`` with words to search for), in this order:

1. **Relevance tier**, from where the words are found (all on narrow columns: the title's own
   small vector and the category ids, so ranking never reads the wide vector):
   +3 a word names one of the product's categories (in any language),
   +2 every word is in the title, +1 the title has the words as a phrase (adjacent, in order),
   +2 per word (at most 6) when the query names a category of the product entirely ("green tea"
   → Green tea +4, Tea +2; see ``lookups.categories_named``), and, for relaxed matches, +10 per
   word found in the title or category names (complete matches first).
   So "turmeric" lists turmeric products before a "turmeric yellow" ceramic mug.
2. **Verified evidence**: ``evidence`` = 100 for the Verified Supplier badge + 10 per approved,
   unexpired KYC document + 1 per approved, unexpired certification (at most 9).
3. **Plan priority**: the seller's membership plan ``priority_rank`` (paid plans rank higher,
   but only among results equally relevant and equally well evidenced).
4. ``ts_rank`` of the title, then newest first, then id.

Without words (browsing with filters) relevance is evidence, then plan priority, then newest.
Other sorts (price, newest, rating) put relevance tier and evidence after their own key.

Every statement runs with a ``statement_timeout`` (``STATEMENT_TIMEOUT_MS``); results are
paginated with a hard cap (``types.MAX_PAGE``) so no request scans or returns without bound.
"""

# ruff: noqa: S608 - SQL is assembled from our own identifiers and constants; every value is a bound parameter.

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.db import DatabaseError, OperationalError, connection, transaction

from ... import cache as search_cache
from ... import text
from ...lookups import categories_named, tables
from ...types import (
    MOQ_BUCKETS,
    PRICE_BUCKETS,
    PRODUCTS,
    RATING_THRESHOLDS,
    SUPPLIERS,
    Filters,
    PageInfo,
    ProductHit,
    SearchRequest,
    SearchResults,
    Suggestion,
    SupplierHit,
)
from ..base import Engine, SearchUnavailable
from . import fuzzy

STATEMENT_TIMEOUT_MS = 3000
AUTOCOMPLETE_TIMEOUT_MS = 300
TOP_PRODUCTS_SCAN = 400  # autocomplete: best-evidenced products looked at before the GIN index
PLAN_CACHE_SIZE = 2000
PLAN_CACHE_SECONDS = 120
WORK_MEM = "32MB"  # facet counting of large result sets stays in memory
RELAX_BELOW = 10  # fewer documents with every word: match most of the words instead


@dataclass(frozen=True)
class TextPlan:
    """The words of a query as the index will be asked for them (cached per process)."""

    terms: tuple[str, ...]  # normalised words (unaccented, lower case)
    groups: tuple[tuple[str, ...], ...]  # per word: itself and its corrections
    corrected: str  # the query with corrections, to show ("turmeric powder")
    q_all: str  # tsquery: every word (matching, GIN)
    q_relaxed: str  # tsquery: all words but one (matching when too few have every word)
    q_any: str  # tsquery: any word (ts_rank on the title)
    q_phrase: str  # tsquery: the words in order, adjacent ("" for one word)
    q_words: tuple[str, ...] = ()  # one tsquery per word
    category_ids: tuple[int, ...] = ()  # categories whose names hold one of the words
    word_category_ids: tuple[tuple[int, ...], ...] = ()  # the same, per word
    named: tuple[tuple[int, int], ...] = ()  # (category id, points): categories the query names

    @property
    def empty(self) -> bool:
        return not self.terms


EMPTY_PLAN = TextPlan((), (), "", "", "", "", "")


def _configs(word: str, language: str) -> list[str]:
    kind = text.script(word)
    if kind == "hi":
        return ["hindi", "simple"]
    if kind == "ar":
        return ["arabic", "simple"]
    configs = ["english", "simple"]
    if language == "es":
        configs.insert(0, "spanish")
    elif language == "fr":
        configs.insert(0, "french")
    return configs


def _group_sql(words: tuple[str, ...], language: str, params: list) -> str:
    """One word and its corrections, in every configuration that applies, as a tsquery."""
    parts = []
    for word in words:
        for config in _configs(word, language):
            parts.append(f"to_tsquery('{config}', %s)")  # config from the fixed list above
            params.append(f"'{word}'")
    return "(" + " || ".join(parts) + ")"


def _join(items: list[tuple[str, list]], operator: str) -> tuple[str, list]:
    return (
        "(" + f" {operator} ".join(sql for sql, _ in items) + ")",
        [value for _, params in items for value in params],
    )


class _PlanCache:
    def __init__(self) -> None:
        self._data: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            item = self._data.get(key)
            if item is None or time.monotonic() - item[0] > PLAN_CACHE_SECONDS:
                return None
            self._data.move_to_end(key)
            return item[1]

    def put(self, key, value) -> None:
        with self._lock:
            self._data[key] = (time.monotonic(), value)
            while len(self._data) > PLAN_CACHE_SIZE:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


plans = _PlanCache()


def text_plan(query: str, language: str = "en") -> TextPlan:
    raw = tuple(text.query_terms(query))
    if not raw:
        return EMPTY_PLAN
    language = language if language in ("es", "fr") else "en"
    key = (raw, language)
    cached = plans.get(key)
    if cached is not None:
        return cached
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_unaccent(w) FROM unnest(%s::text[]) WITH ORDINALITY AS t(w, n) ORDER BY n",
            [list(raw)],
        )
        normalised = []
        for (word,) in cursor.fetchall():
            if word and word not in normalised:
                normalised.append(word)
    corrections = fuzzy.corrections(normalised)
    groups = tuple(tuple(dict.fromkeys([word, *corrections.get(word, [])])) for word in normalised)
    corrected = " ".join(corrections[w][0] if corrections.get(w) else w for w in normalised)
    words_sql = []
    for group in groups:
        group_params: list = []
        words_sql.append((_group_sql(group, language, group_params), group_params))
    q_all = _join(words_sql, "&&")
    q_any = _join(words_sql, "||")
    if len(words_sql) > 1:
        q_relaxed = _join(
            [
                _join([w for j, w in enumerate(words_sql) if j != i], "&&")
                for i in range(len(words_sql))
            ],
            "||",
        )
        q_phrase = _join(words_sql, "<->")
    else:
        q_relaxed, q_phrase = q_all, ("NULL::tsquery", [])
    # one statement: the query texts, then which categories the words name (all languages)
    columns = [
        (f"({q_all[0]})::text", q_all[1]),
        (f"({q_relaxed[0]})::text", q_relaxed[1]),
        (f"({q_any[0]})::text", q_any[1]),
        (f"({q_phrase[0]})::text", q_phrase[1]),
        (
            f"coalesce(array_agg(c.category_id) FILTER (WHERE c.vector @@ {q_any[0]}), '{{}}')",
            q_any[1],
        ),
        *[
            (f"coalesce(array_agg(c.category_id) FILTER (WHERE c.vector @@ {w}), '{{}}')", ps)
            for w, ps in words_sql
        ],
        *[(f"({w})::text", ps) for w, ps in words_sql],
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(c for c, _ in columns)} FROM search_categorydocument c",
            [value for _, ps in columns for value in ps],
        )
        row = cursor.fetchone()
    n = len(words_sql)
    plan = TextPlan(
        terms=tuple(normalised),
        groups=groups,
        corrected=corrected if corrected != " ".join(normalised) else "",
        q_all=row[0],
        q_relaxed=row[1],
        q_any=row[2],
        q_phrase=row[3] or "",
        category_ids=tuple(row[4]),
        word_category_ids=tuple(tuple(ids) for ids in row[5 : 5 + n]),
        q_words=tuple(row[5 + n : 5 + 2 * n]),
        named=tuple(sorted(set(categories_named(query)) | set(categories_named(corrected or "")))),
    )
    plans.put(key, plan)
    return plan


# --------------------------------------------------------------------------- filters


class Where:
    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: dict = {}

    def add(self, clause: str, **params) -> None:
        self.clauses.append(clause)
        self.params.update(params)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "TRUE"


def _bucket(buckets, key: str) -> tuple[Decimal | None, Decimal | None] | None:
    for name, low, high in buckets:
        if name == key:
            return low, high
    return None


def _words_matched(plan: TextPlan, params: dict) -> str:
    """How many of the words the title or the category names hold (ranking relaxed matches)."""
    parts = []
    for n, query in enumerate(plan.q_words):
        params[f"q_w{n}"] = query
        params[f"c_w{n}"] = (
            list(plan.word_category_ids[n]) if n < len(plan.word_category_ids) else []
        )
        parts.append(
            f"(d.title_vector @@ %(q_w{n})s::tsquery OR d.category_path && %(c_w{n})s::integer[])::int"
        )
    return "(" + " + ".join(parts) + ")"


def _filters(filters: Filters, plan: TextPlan, kind: str, *, relaxed: bool = False) -> Where:
    where = Where()
    lookup = tables()
    if not plan.empty:
        # a plain (weightless) tsquery: the GIN index answers exactly, the wide vector itself
        # is never read
        where.add(
            "d.vector @@ %(q_match)s::tsquery", q_match=plan.q_relaxed if relaxed else plan.q_all
        )
    if filters.category and filters.category in lookup.category_by_slug:
        where.add(
            "d.category_path @> ARRAY[%(category_id)s]::integer[]",
            category_id=lookup.category_by_slug[filters.category].id,
        )
    cert_ids = [
        lookup.cert_by_code[c][0] for c in filters.certifications if c in lookup.cert_by_code
    ]
    if cert_ids:
        where.add("d.certifications @> %(cert_ids)s::integer[]", cert_ids=cert_ids)
    if filters.countries:
        where.add("d.country = ANY(%(countries)s)", countries=list(filters.countries))
    if filters.states:
        where.add("d.state_code = ANY(%(states)s)", states=list(filters.states))
    if filters.verified:
        where.add("d.is_verified")
    if filters.rating_min:
        where.add("d.rating_avg >= %(rating_min)s", rating_min=filters.rating_min)
    if filters.tiers:
        where.add("d.plan_slug = ANY(%(tiers)s)", tiers=list(filters.tiers))
    if filters.payment_terms:
        where.add("d.payment_terms && %(terms)s::varchar[]", terms=list(filters.payment_terms))
    price_column = "d.price_min_usd"
    if filters.price_min is not None:
        where.add(f"{price_column} >= %(price_min)s", price_min=filters.price_min)
    if filters.price_max is not None:
        where.add(f"{price_column} <= %(price_max)s", price_max=filters.price_max)
    price = _bucket(PRICE_BUCKETS, filters.price)
    if price:
        low, high = price
        if low is not None:
            where.add(f"{price_column} >= %(price_low)s", price_low=low)
        if high is not None:
            where.add(f"{price_column} < %(price_high)s", price_high=high)
    if kind == PRODUCTS:
        moq = _bucket(MOQ_BUCKETS, filters.moq)
        if moq:
            low, high = moq
            if low is not None:
                where.add("d.moq > %(moq_low)s", moq_low=low)
            if high is not None:
                where.add("d.moq <= %(moq_high)s", moq_high=high)
        for n, (key, value) in enumerate(filters.attributes):
            where.add(
                f"d.attributes @> %(attr_{n})s::jsonb", **{f"attr_{n}": json.dumps({key: value})}
            )
    return where


# --------------------------------------------------------------------------- SQL pieces


def _tier(plan: TextPlan, relaxed: bool) -> tuple[str, dict]:
    """The relevance tier of the module docstring, as SQL over narrow columns only."""
    params: dict = {"q_all": plan.q_all, "category_ids": list(plan.category_ids)}
    parts = [
        "CASE WHEN d.category_path && %(category_ids)s::integer[] THEN 3 ELSE 0 END",
        "CASE WHEN d.title_vector @@ %(q_all)s::tsquery THEN 2 ELSE 0 END",
    ]
    if plan.q_phrase:
        parts.append("CASE WHEN d.title_vector @@ %(q_phrase)s::tsquery THEN 1 ELSE 0 END")
        params["q_phrase"] = plan.q_phrase
    if plan.named:
        by_points: dict[int, list[int]] = {}
        for category_id, points in plan.named:
            by_points.setdefault(points, []).append(category_id)
        whens = []
        for points in sorted(by_points, reverse=True):
            params[f"named_{points}"] = by_points[points]
            whens.append(f"WHEN d.category_path && %(named_{points})s::integer[] THEN {points}")
        parts.append(f"CASE {' '.join(whens)} ELSE 0 END")
    if relaxed:
        parts.append(f"10 * {_words_matched(plan, params)}")
    return "(" + " + ".join(parts) + ")", params


PRODUCT_COLUMNS = """d.product_id, d.slug, d.title, d.category_slug, d.category_name, d.company_id,
  d.company_slug, d.company_name, d.is_verified, d.price_min, d.price_max, d.currency,
  d.price_unit, d.moq, d.moq_unit, d.lead_time_days, d.country, d.state_code, d.rating_avg,
  d.rating_count, d.plan_slug, d.lang"""
SUPPLIER_COLUMNS = """d.company_id, d.slug, d.name, d.city, d.country, d.state_code, d.is_verified,
  d.evidence, d.product_count, d.moq_min, d.price_min_usd, d.price_max_usd, d.rating_avg,
  d.rating_count, d.plan_slug, d.payment_terms, d.export_markets"""

PRODUCT_ORDER = {
    "relevance": "tier DESC, d.evidence DESC, d.plan_rank DESC, rank DESC, d.published_at DESC, d.product_id DESC",
    "browse": "d.evidence DESC, d.plan_rank DESC, d.published_at DESC, d.product_id DESC",
    "price_asc": "d.price_min_usd ASC NULLS LAST, tier DESC, d.evidence DESC, d.product_id DESC",
    "price_desc": "d.price_min_usd DESC NULLS LAST, tier DESC, d.evidence DESC, d.product_id DESC",
    "newest": "d.published_at DESC, d.product_id DESC",
    "rating": "d.rating_avg DESC NULLS LAST, d.rating_count DESC, tier DESC, d.evidence DESC, d.product_id DESC",
}
SUPPLIER_ORDER = {
    "relevance": "tier DESC, d.evidence DESC, d.plan_rank DESC, rank DESC, d.product_count DESC, d.company_id DESC",
    "browse": "d.evidence DESC, d.plan_rank DESC, d.product_count DESC, d.company_id DESC",
    "newest": "d.created_at DESC, d.company_id DESC",
    "rating": "d.rating_avg DESC NULLS LAST, d.rating_count DESC, tier DESC, d.evidence DESC, d.company_id DESC",
    "products": "d.product_count DESC, tier DESC, d.evidence DESC, d.company_id DESC",
}


def _case(column: str, buckets, *, upper_inclusive: bool) -> str:
    """Prices bucket as [low, high), MOQs as (low, high] ("MOQ up to 100")."""
    low_op, high_op = (">", "<=") if upper_inclusive else (">=", "<")
    whens = []
    for name, low, high in buckets:
        conditions = []
        if low is not None:
            conditions.append(f"{column} {low_op} {low}")
        if high is not None:
            conditions.append(f"{column} {high_op} {high}")
        whens.append(f"WHEN {' AND '.join(conditions)} THEN '{name}'")
    return f"CASE {' '.join(whens)} END"


def _facet_sql(table: str, where: Where, kind: str) -> str:
    """Every facet and the total in one statement: the matching rows' narrow columns are
    materialised once, then counted per facet (array facets through ``unnest`` in the select
    list, single-valued ones through one ``GROUPING SETS`` pass). Bucket edges are our own
    Decimal constants, never user input."""
    columns = [
        "category_path",
        "certifications",
        "payment_terms",
        "country",
        "state_code",
        "plan_slug",
        "is_verified",
        "rating_avg",
    ]
    sets = ["(country)", "(state_code)", "(plan_slug)"]
    names = ["country", "state_code", "plan_slug"]
    if kind == PRODUCTS:
        columns += [
            f"{_case('price_min_usd', PRICE_BUCKETS, upper_inclusive=False)} AS pb",
            f"{_case('moq', MOQ_BUCKETS, upper_inclusive=True)} AS mb",
        ]
        sets += ["(pb)", "(mb)"]
        names += ["pb", "mb"]
    labels = {
        "country": "country",
        "state_code": "state",
        "plan_slug": "tier",
        "pb": "price",
        "mb": "moq",
    }
    facet_of = " ".join(f"WHEN GROUPING({n}) = 0 THEN '{labels[n]}'" for n in names)
    key_of = f"coalesce({', '.join(names)})"
    ratings = " ".join(
        f"UNION ALL SELECT 'rating', '{n}', count(*) FROM m WHERE rating_avg >= {n}"
        for n in RATING_THRESHOLDS
    )
    return f"""
    WITH m AS MATERIALIZED (SELECT {", ".join(columns)} FROM {table} d WHERE {where.sql()})
    SELECT CASE {facet_of} ELSE 'total' END, {key_of}, count(*)
      FROM m GROUP BY GROUPING SETS ({", ".join(sets)}, ())
    UNION ALL SELECT 'category', c::text, count(*)
      FROM (SELECT unnest(category_path) AS c FROM m) x GROUP BY c
    UNION ALL SELECT 'cert', c::text, count(*)
      FROM (SELECT unnest(certifications) AS c FROM m) x GROUP BY c
    UNION ALL SELECT 'terms', c, count(*)
      FROM (SELECT unnest(payment_terms) AS c FROM m) x GROUP BY c
    UNION ALL SELECT 'verified', 'true', count(*) FROM m WHERE is_verified
    {ratings}
    """


def _raw_facets(rows) -> tuple[int, dict[str, dict[str, int]]]:
    facets: dict[str, dict[str, int]] = {}
    total = 0
    for name, key, count in rows:
        if name == "total":
            total = count
        elif key not in (None, "") and count:
            facets.setdefault(name, {})[str(key)] = count
    return total, facets


# --------------------------------------------------------------------------- supplier names


class SupplierNames:
    """Every word of every public supplier's name, sorted, for prefix suggestions without a
    query (10,000 suppliers: about a megabyte per process; reloaded every two minutes)."""

    def __init__(self, rows) -> None:
        entries = []
        for name, slug, evidence in rows:
            for word in set(text.words(text.unaccent(name))):
                entries.append((word, -evidence, name, slug))
        entries.sort()
        self.entries = entries
        self.keys = [entry[0] for entry in entries]

    def starting_with(self, prefix: str, limit: int) -> list[tuple[str, str]]:
        import bisect

        start = bisect.bisect_left(self.keys, prefix)
        found: dict[str, tuple[int, str, str]] = {}
        for word, rank, name, slug in self.entries[start : start + 500]:
            if not word.startswith(prefix):
                break
            found.setdefault(slug, (rank, name, slug))
        return [(name, slug) for _, name, slug in sorted(found.values())[:limit]]


_names_lock = threading.Lock()
_names: dict[str, object] = {"index": None, "at": 0.0}
NAMES_SECONDS = 120


def supplier_names() -> SupplierNames:
    now = time.monotonic()
    with _names_lock:
        if _names["index"] is None or now - float(_names["at"]) > NAMES_SECONDS:
            with connection.cursor() as cursor:
                cursor.execute("SELECT name, slug, evidence FROM search_supplierdocument")
                _names.update(index=SupplierNames(cursor.fetchall()), at=now)
        return _names["index"]  # type: ignore[return-value]


def forget_supplier_names() -> None:
    with _names_lock:
        _names.update(index=None, at=0.0)


# --------------------------------------------------------------------------- the engine


class PostgresEngine(Engine):
    name = "postgres"

    def products(self, request: SearchRequest) -> SearchResults:
        return self._search(request, PRODUCTS)

    def suppliers(self, request: SearchRequest) -> SearchResults:
        return self._search(request, SUPPLIERS)

    def _search(self, request: SearchRequest, kind: str) -> SearchResults:
        from ...models import ProductDocument, SupplierDocument

        table = (ProductDocument if kind == PRODUCTS else SupplierDocument)._meta.db_table
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    # short statements, many at once: no JIT compilation (it costs more than
                    # it saves here) and no parallel workers (they oversubscribe the cores
                    # when many searches run together)
                    cursor.execute(
                        f"SET LOCAL statement_timeout = {STATEMENT_TIMEOUT_MS}; "
                        f"SET LOCAL work_mem = '{WORK_MEM}'; SET LOCAL jit = off; "
                        "SET LOCAL max_parallel_workers_per_gather = 0"
                    )
                plan = text_plan(request.query, request.language)
                if not plan.empty:
                    # the full vector is stored out of line: never let the planner pick a
                    # sequential scan that would read every one of them instead of the index
                    with connection.cursor() as cursor:
                        cursor.execute("SET LOCAL enable_seqscan = off")
                where = _filters(request.filters, plan, kind)
                total, raw = self._facets(table, where, kind)
                relaxed = (
                    total < RELAX_BELOW and len(plan.terms) > 1 and request.sort == "relevance"
                )
                if relaxed:  # too few documents have every word: take those with most of them
                    where = _filters(request.filters, plan, kind, relaxed=True)
                    total, raw = self._facets(table, where, kind)
                hits = self._hits(table, where, plan, request, kind, relaxed) if total else []
        except OperationalError as error:
            raise SearchUnavailable(str(error)) from error
        num_pages = max(1, -(-total // request.page_size))
        return SearchResults(
            kind=kind,
            query=request.query,
            hits=hits,
            total=total,
            raw_facets=raw,
            page_info=PageInfo(request.page, request.page_size, total, num_pages),
            sort=request.sort,
            corrected_query=plan.corrected,
            engine=self.name,
            relaxed=relaxed,
        )

    def _facets(self, table: str, where: Where, kind: str) -> tuple[int, dict]:
        key = (
            "search:facets:"
            + hashlib.sha256(
                json.dumps([kind, where.sql(), where.params], default=str, sort_keys=True).encode()
            ).hexdigest()
        )
        key = search_cache.versioned(key)
        cached = cache.get(key) if key else None
        if cached is not None:
            return cached
        with connection.cursor() as cursor:
            cursor.execute(_facet_sql(table, where, kind), where.params)
            result = _raw_facets(cursor.fetchall())
        if key:
            cache.set(key, result, search_cache.timeout())
        return result

    def _hits(self, table, where: Where, plan: TextPlan, request, kind: str, relaxed: bool = False):
        params = dict(where.params)
        if plan.empty:
            tier, rank = "0", "0"
            sort = "browse" if request.sort == "relevance" else request.sort
        else:
            tier, tier_params = _tier(plan, relaxed)
            rank = "ts_rank(d.title_vector, %(q_any)s::tsquery)"
            sort = request.sort
            params.update(tier_params, q_any=plan.q_any)
        order = (PRODUCT_ORDER if kind == PRODUCTS else SUPPLIER_ORDER).get(
            sort, PRODUCT_ORDER["browse"] if kind == PRODUCTS else SUPPLIER_ORDER["browse"]
        )
        columns = PRODUCT_COLUMNS if kind == PRODUCTS else SUPPLIER_COLUMNS
        params.update(limit=request.page_size, offset=request.offset)
        if plan.empty:  # browsing: an index can give the order, filters are cheap
            sql = f"""SELECT {columns}, {tier} AS tier, {rank} AS rank FROM {table} d
                      WHERE {where.sql()} ORDER BY {order} LIMIT %(limit)s OFFSET %(offset)s"""
        else:  # words: the GIN index first (never an ordered scan re-checking every vector)
            extra = ["d.title_vector", "d.category_path", "d.evidence", "d.plan_rank"]
            extra += ["d.published_at", "d.price_min_usd"] if kind == PRODUCTS else ["d.created_at"]
            present = {c.strip() for c in columns.split(",")}
            needed = ", ".join([columns, *(c for c in extra if c not in present)])
            sql = f"""WITH d AS MATERIALIZED (SELECT {needed} FROM {table} d WHERE {where.sql()})
                      SELECT {columns}, {tier} AS tier, {rank} AS rank FROM d
                      ORDER BY {order} LIMIT %(limit)s OFFSET %(offset)s"""
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if kind == PRODUCTS:
            return [
                ProductHit(*row[:22], relevance=float(row[22]) + float(row[23])) for row in rows
            ]
        return [
            SupplierHit(
                *row[:15],
                payment_terms=tuple(row[15] or ()),
                export_markets=tuple(row[16] or ()),
                relevance=float(row[17]) + float(row[18]),
            )
            for row in rows
        ]

    # ----------------------------------------------------------------------- autocomplete

    def autocomplete(self, prefix: str, *, language: str, limit: int) -> list[Suggestion]:
        from django.urls import reverse

        words = text.words(prefix)
        if not words:
            return []
        head, last = words[:-1], words[-1]
        suggestions: list[Suggestion] = []
        seen: set[str] = set()
        with connection.cursor() as cursor:
            cursor.execute("SELECT search_unaccent(%s)", [last])
            (stem,) = cursor.fetchone()
            if len(stem) >= 2:
                cursor.execute(
                    "SELECT term FROM search_term WHERE term LIKE %s ORDER BY df DESC, term LIMIT %s",
                    [stem.replace("%", "").replace("_", "") + "%", limit],
                )
                for (term,) in cursor.fetchall():
                    phrase = " ".join([*head, term])
                    if phrase not in seen:
                        seen.add(phrase)
                        suggestions.append(Suggestion(phrase, "term"))
        if len(stem) >= 3:
            suggestions.extend(self._top_products([text.unaccent(w) for w in head], stem, 3))
            for name, slug in supplier_names().starting_with(stem, 3):
                suggestions.append(
                    Suggestion(
                        name, "supplier", reverse("companies:supplier", kwargs={"slug": slug})
                    )
                )
        return suggestions

    def _top_products(self, head: list[str], stem: str, limit: int) -> list[Suggestion]:
        """Products whose title has the words typed (the last one as a prefix), best evidenced
        first. Two cheap steps: the ``TOP_PRODUCTS_SCAN`` best-evidenced products in the browse
        index's order (a common prefix finds its products there at once); only when they hold
        fewer than ``limit``, the title vector's GIN index (then the prefix is rare, so few rows
        match). Both under a short statement timeout: when it runs out, no products."""
        from django.urls import reverse

        def lexeme(word: str) -> str:
            return "'" + word.replace("\\", "").replace("'", "''") + "'"

        query = " & ".join([*(lexeme(w) for w in head if w), lexeme(stem) + ":*"])
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL statement_timeout = {AUTOCOMPLETE_TIMEOUT_MS}")
                cursor.execute(
                    """SELECT t.title, t.slug FROM (
                         SELECT title, slug, title_vector, evidence, plan_rank, published_at
                         FROM search_productdocument
                         ORDER BY evidence DESC, plan_rank DESC, published_at DESC LIMIT %s
                       ) t
                       WHERE t.title_vector @@ to_tsquery('simple', %s)
                       ORDER BY t.evidence DESC, t.plan_rank DESC, t.published_at DESC
                       LIMIT %s""",
                    [TOP_PRODUCTS_SCAN, query, limit],
                )
                rows = cursor.fetchall()
                if len(rows) < limit:
                    # "evidence + 0": sort the (few) GIN matches, never walk the browse index
                    cursor.execute(
                        """SELECT d.title, d.slug FROM search_productdocument d
                           WHERE d.title_vector @@ to_tsquery('simple', %s)
                           ORDER BY d.evidence + 0 DESC, d.plan_rank DESC, d.published_at DESC,
                                    d.product_id DESC
                           LIMIT %s""",
                        [query, limit],
                    )
                    rows = cursor.fetchall()
        except DatabaseError:  # timed out (or a word the parser refused): no products
            return []
        return [
            Suggestion(title, "product", reverse("catalog:product", kwargs={"slug": slug}))
            for title, slug in rows
        ]

    # ----------------------------------------------------------------------- index upkeep

    def rebuild(self, log=print) -> dict:
        return {}  # the document tables are this engine's index (services.documents_rebuild)
