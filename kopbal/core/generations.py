"""Content generations: counters in the database that say which cached copies are current.

Cached pages and fragments are stamped with the generations they were rendered under, and
a change bumps its generation in the same transaction that stores the change. The counters
used to live in Redis next to the pages; a Redis restored from an old snapshot (or a
replica promoted before it caught up) then brought back old counters *and* the pages that
matched them, so unpublished articles reappeared. In the database the counter cannot go
back, whatever happens to the cache: the price is one primary-key read per request, shared
by everything on the page through the request's scope.

Reading a generation before rendering what depends on it is what makes this safe: a copy
may be stamped older than its content (it is then rendered again), never newer.
"""

import contextvars
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection

SITE = "site"


def article(article_id: int) -> str:
    return f"article:{int(article_id)}"


def match(match_id: int) -> str:
    """One match as pages show it: score, status, minute, events."""
    return f"match:{int(match_id)}"


def football_season(competition_id: int, season_id: int) -> str:
    """Everything computed from a competition's matches in a season: its tables, its
    fixtures and results, the race. Any match of that season changing moves it."""
    return f"football:{int(competition_id)}:{int(season_id)}"


def tag(kind: str, tag_id: int) -> str:
    """One club, person or competition as pages show it (name, crest, colours, ...):
    its own reader page, the articles tagged with it, the tables it appears in."""
    return f"tag:{kind}:{int(tag_id)}"


def tags(kind: str) -> str:
    """Any tag of `kind`: for what lists them all (the club menu, feeds, search's club
    names). Moved by every save of one of them, with that one's own key."""
    return f"tags:{kind}"


@dataclass
class Scope:
    """The generations one request has read: read once, and the stamp of its page."""

    recording: bool = False  # the page may be stored: fragments must record what they show
    values: dict[str, int] = field(default_factory=dict)
    bumped: bool = False  # the request changed content: what it rendered is not stored


_scope: contextvars.ContextVar[Scope | None] = contextvars.ContextVar("generations", default=None)


@contextmanager
def request_scope(*, recording: bool):
    scope = Scope(recording=recording)
    token = _scope.set(scope)
    try:
        yield scope
    finally:
        _scope.reset(token)


def read(*keys: str) -> tuple[int, ...]:
    """The current value of each key (0 for one never bumped), in one query at most."""
    scope = _scope.get()
    known = scope.values if scope is not None else {}
    missing = [key for key in keys if key not in known]
    if missing:
        from .models import Generation

        rows = dict(Generation.objects.filter(key__in=missing).values_list("key", "value"))
        found = {key: rows.get(key, 0) for key in missing}
        if scope is None:
            known = found
        else:
            scope.values.update(found)
    return tuple(known[key] for key in keys)


def known(key: str) -> int | None:
    """The value of `key` if this request has read it already (free), else None."""
    scope = _scope.get()
    return scope.values.get(key) if scope is not None else None


def depends_on(*keys: str) -> None:
    """What is being rendered shows content of `keys`: stamp the page with them (read now,
    before the rendering, in one query). Free when the page will not be stored."""
    scope = _scope.get()
    if scope is not None and scope.recording and keys:
        read(*keys)


def bump(key: str) -> None:
    """Content of `key` changed: every copy stamped with an older value is out of date.

    Call it inside the transaction that stores the change, so both commit together.
    """
    from .models import Generation

    table = connection.ops.quote_name(Generation._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (key, value) VALUES (%s, 1) "  # noqa: S608
            f"ON CONFLICT (key) DO UPDATE SET value = {table}.value + 1",
            [key],
        )
    scope = _scope.get()
    if scope is not None:
        scope.values.pop(key, None)
        scope.bumped = True
