"""ORM queries compiled to SQL once per process, for the few reads on every hot page.

Building and compiling a queryset with nested subqueries costs Django a few milliseconds of
Python on each call, more than PostgreSQL takes to answer it. ``CompiledQuery`` builds the
queryset once with sentinel values, keeps its SQL, and afterwards only swaps the sentinels
for the real values. The query stays written once, in the ORM, where the rest of the code reads
it; only its shape must not depend on the values (no ``None``, no lists of varying length, no
booleans: Django writes those into the SQL text). A sentinel that does not come out as a
parameter is refused when the query is first run::

    _PLAN = CompiledQuery(lambda company_id, at: Plan.objects.filter(...), company_id=-1, at=T0)
    plan = _PLAN.first(company_id=company.pk, at=timezone.now())
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, NamedTuple

from django.db import connections, models


class _Compiled(NamedTuple):
    model: type[models.Model]
    db: str
    sql: str
    slots: list[tuple[str | None, Any]]  # per parameter: the sentinel's name, or the literal
    columns: list[str]  # the names of a values query's columns


class CompiledQuery:
    def __init__(self, build: Callable[..., models.QuerySet], **sentinels: Any) -> None:
        if any(value is None for value in sentinels.values()):
            raise ValueError("a sentinel must not be None: it would compile to IS NULL")
        self.build = build
        self.sentinels = sentinels
        self._compiled: _Compiled | None = None
        self._lock = threading.Lock()

    def _compile(self) -> _Compiled:
        with self._lock:
            if self._compiled is None:
                queryset = self.build(**self.sentinels)
                sql, params = queryset.query.sql_with_params()
                slots = [(self._sentinel_name(param), param) for param in params]
                missing = set(self.sentinels) - {name for name, _ in slots}
                if missing:
                    raise ValueError(f"sentinels not found in the compiled query: {missing}")
                query = queryset.query
                columns = [*query.extra_select, *query.values_select, *query.annotation_select]
                self._compiled = _Compiled(queryset.model, queryset.db, sql, slots, columns)
        return self._compiled

    def _sentinel_name(self, param: Any) -> str | None:
        for name, value in self.sentinels.items():
            if _same_kind(param, value) and param == value:
                return name
        return None

    def _bind(self, values: dict[str, Any]) -> tuple[_Compiled, list[Any]]:
        if values.keys() != self.sentinels.keys():
            raise TypeError(f"expected the values {sorted(self.sentinels)}")
        compiled = self._compiled or self._compile()
        return compiled, [values[name] if name else literal for name, literal in compiled.slots]

    def raw(self, **values: Any) -> models.query.RawQuerySet:
        """The query with ``values`` in place of the sentinels, as model instances (annotations
        become attributes)."""
        compiled, params = self._bind(values)
        return compiled.model._default_manager.db_manager(compiled.db).raw(compiled.sql, params)

    def rows(self, *, limit: int | None = None, offset: int = 0, **values: Any) -> list[tuple]:
        """The query's rows as tuples, for a ``values_list`` query; ``limit`` and ``offset``
        page through a query that was compiled without a slice."""
        compiled, params = self._bind(values)
        sql = compiled.sql
        if limit is not None:
            sql, params = f"{sql} LIMIT %s OFFSET %s", [*params, limit, offset]
        with connections[compiled.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def dicts(self, *, limit: int | None = None, offset: int = 0, **values: Any) -> list[dict]:
        """The rows of a ``values`` query as dicts, as the queryset would give them."""
        rows = self.rows(limit=limit, offset=offset, **values)
        columns = self._compiled.columns  # compiled by rows()
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def first(self, **values: Any) -> models.Model | None:
        return next(iter(self.raw(**values)), None)


def _same_kind(param: Any, value: Any) -> bool:
    """A parameter of the sentinel's type (an integer may come back wrapped, as psycopg's Int2
    for a small integer column; a boolean never stands for an integer)."""
    if isinstance(param, bool) or isinstance(value, bool):
        return False
    if isinstance(param, int) and isinstance(value, int):
        return True
    return type(param) is type(value)
