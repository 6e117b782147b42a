"""Queries whose SQL is compiled once per process, then run with new values.

An uncached article page sends about ten small queries. PostgreSQL answers each in a
fraction of a millisecond, but Django builds the same QuerySet and compiles it to the same
SQL on every request: for the article's own row (a select_related of four tables and two
subqueries) that was 2.8 ms of Python against 0.4 ms in the database. A `Precompiled`
query is built and compiled the first time a process runs it, per database and shape, and
afterwards only its values change: the rows still come through Django's own iterables, so
they are the model instances (or values() rows) the QuerySet would have given.

What may vary between runs is declared: `values` are passed to the builder as stand-ins,
found among the compiled parameters, and replaced there on each run; `shape` is anything
else the builder depends on (an index's path, whether an annotation is wanted), and gets
SQL of its own. The builder is compiled twice with different stand-ins when it is first
used: a value the SQL does not carry as a plain parameter (changed on the way, as
`__startswith` does), or a parameter that is not the same twice (a `timezone.now()`),
is refused there, so a query that cannot be precompiled faithfully never is.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet

# Two sets of stand-ins, each value unlike any id, count, depth or date a query carries as
# a constant. Integers stay in the range of a 32-bit column, so Django's overflow checks
# take them as values; datetimes are sent as the database's DateTimeField takes them.
_STAND_IN_INTS = (2_000_000_001, 2_000_000_501)
_STAND_IN_TIMES = (
    datetime(1901, 2, 3, 4, 5, 6, tzinfo=UTC),
    datetime(1902, 3, 4, 5, 6, 7, tzinfo=UTC),
)

# Shapes remembered per query: a builder's shape comes from the site's configuration (a
# handful of indexes, the private sections) and small counts, but a bound keeps a mistake
# from growing the memory without end.
_SHAPES_MAX = 64


def held_in_memory(instance) -> bool:
    """Whether `instance`'s related rows are not (only) the database's: a modelcluster
    object built from a revision or a preview form holds its child relations in memory,
    and an object without an id has none stored. A precompiled query for its relations
    would read the wrong rows: read them through the instance instead."""
    return bool(getattr(instance, "_cluster_related_objects", None)) or instance.pk is None


@dataclass(frozen=True)
class _Compiled:
    queryset: QuerySet  # built with stand-ins; cloned for each run, never evaluated
    compiler: object  # its compiler after as_sql(): select, klass_info, col_count, ...
    sql: str
    params: tuple
    slots: tuple[tuple[int, int], ...]  # (position in params, index into the values)


class Precompiled:
    """`build(*shape, *values)` -> QuerySet, compiled once per database, shape and kinds
    of values (ints, aware datetimes).

    `Precompiled(build)(shape=(index.path,), values=(pk,))` returns the list of rows the
    built QuerySet would give.
    """

    def __init__(self, build: Callable[..., QuerySet]):
        self._build = build
        self._compiled: dict[tuple, _Compiled] = {}
        self._lock = threading.Lock()

    def __call__(self, *, values: tuple = (), shape: tuple = (), using: str = DEFAULT_DB_ALIAS):
        kinds = tuple(_kind(value) for value in values)
        key = (using, shape, kinds)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compile(shape, kinds, using)
            with self._lock:
                if len(self._compiled) >= _SHAPES_MAX:
                    self._compiled.clear()
                self._compiled[key] = compiled
        return _run(compiled, values, kinds, using)

    def _compile(self, shape: tuple, kinds: tuple, using: str) -> _Compiled:
        ops = connections[using].ops
        stand_ins = [_stand_ins(kinds, which) for which in (0, 1)]
        compiled = [self._compile_with(shape, values, using) for values in stand_ins]
        (queryset, compiler, sql, params), (_, _, sql_again, params_again) = compiled
        if sql != sql_again or len(params) != len(params_again):
            raise ImproperlyConfigured(f"{self._build!r}: the SQL depends on the values")
        sent = [
            [_adapt(ops, kind, v) for kind, v in zip(kinds, values, strict=True)]
            for values in stand_ins
        ]
        slots = []
        for position, (one, two) in enumerate(zip(params, params_again, strict=True)):
            if one == two:
                continue  # a constant of the query, the same in both
            index = _find(one, sent[0])
            if index is None or index != _find(two, sent[1]):
                raise ImproperlyConfigured(
                    f"{self._build!r}: parameter {position} is not the same twice: a value "
                    "computed when the query is built, or changed by a lookup, cannot be "
                    "precompiled"
                )
            slots.append((position, index))
        missing = set(range(len(kinds))) - {index for _, index in slots}
        if missing:
            raise ImproperlyConfigured(
                f"{self._build!r}: values {sorted(missing)} are not parameters of the SQL"
            )
        return _Compiled(queryset, compiler, sql, tuple(params), tuple(slots))

    def _compile_with(self, shape: tuple, values: tuple, using: str):
        queryset = self._build(*shape, *values).using(using)
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        return queryset, compiler, sql, params


def _kind(value) -> type:
    if type(value) is int:
        return int
    if isinstance(value, datetime) and value.tzinfo is not None:
        return datetime
    raise TypeError(f"a precompiled query takes ints and aware datetimes, not {value!r}")


def _stand_ins(kinds: tuple, which: int) -> tuple:
    return tuple(
        _STAND_IN_INTS[which] + n if kind is int else _STAND_IN_TIMES[which] + timedelta(days=n)
        for n, kind in enumerate(kinds)
    )


def _adapt(ops, kind: type, value):
    """The value as the SQL's parameters carry it (SQLite's datetimes are text)."""
    return ops.adapt_datetimefield_value(value) if kind is datetime else value


def _find(param, sent: list) -> int | None:
    for index, value in enumerate(sent):
        if type(param) is type(value) and param == value:
            return index
    return None


def _run(compiled: _Compiled, values: tuple, kinds: tuple, using: str) -> list:
    connection = connections[using]
    params = list(compiled.params)
    for position, index in compiled.slots:
        params[position] = _adapt(connection.ops, kinds[index], values[index])
    # A copy per run: a compiler holds its thread's connection, and the stand-ins' SQL.
    compiler = copy.copy(compiled.compiler)
    compiler.connection = connection
    sql = compiled.sql

    def as_sql(with_limits=True, with_col_aliases=False):
        return sql, params

    compiler.as_sql = as_sql
    queryset = compiled.queryset._chain()
    queryset.query.get_compiler = lambda using=None, connection=None, elide_empty=True: compiler
    return list(queryset)
