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
# Which articles are live and what lists show of them (headline, teaser, image, date): the
# home page, the archive, "Meest recent", feeds, search. Publishing an article moves it,
# not SITE, so the pages of other articles stay cached (see kopbal.core.holes).
NEWS = "news"


def page(page_id: int) -> str:
    """One page's own content: an article's headline, body, tags, byline."""
    return f"page:{int(page_id)}"


def tag_news(kind: str, tag_id: int) -> str:
    """The articles tagged with one club, person, competition or author: its page's list,
    and "LEES OOK" on the articles that share the tag."""
    return f"news:{kind}:{int(tag_id)}"


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
    # Read before rendering as a precaution, then declared not shown (independent_of).
    independent: set[str] = field(default_factory=set)

    def stamp(self) -> tuple[tuple[str, int], ...]:
        """The generations the page shows, as stored with it."""
        return tuple(sorted((k, v) for k, v in self.values.items() if k not in self.independent))


_scope: contextvars.ContextVar[Scope | None] = contextvars.ContextVar("generations", default=None)


@contextmanager
def request_scope(*, recording: bool):
    scope = Scope(recording=recording)
    token = _scope.set(scope)
    try:
        yield scope
    finally:
        _scope.reset(token)


def read(*keys: str, shown: bool = True) -> tuple[int, ...]:
    """The current value of each key (0 for one never bumped), in one query at most.

    `shown=False`: read for something that is not part of the stored page (a hole's
    content, kopbal.core.holes), so the keys stay out of its stamp if declared so."""
    scope = _scope.get()
    known = scope.values if scope is not None else {}
    if shown and scope is not None and scope.independent:
        scope.independent.difference_update(keys)  # read for the page: it shows it
    missing = [key for key in keys if key not in known]
    if missing:
        rows = _select(missing)
        found = {key: rows.get(key, 0) for key in missing}
        if scope is None:
            known = found
        else:
            scope.values.update(found)
    return tuple(known[key] for key in keys)


def remember(key: str, value: int) -> None:
    """`value` of `key`, read by the caller within one of its own queries, as if read():
    the rest of the request then reads it for free (kopbal.news.routing reads the site
    generation with the article)."""
    scope = _scope.get()
    if scope is None or key in scope.values:
        return
    scope.independent.discard(key)
    scope.values[key] = value


def _select(keys: list[str]) -> dict[str, int]:
    # Plain SQL: every request reads generations, page-cache hits too, and building the
    # ORM query cost more than the query itself.
    from .models import Generation

    table = connection.ops.quote_name(Generation._meta.db_table)
    marks = ", ".join(["%s"] * len(keys))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key, value FROM {table} WHERE key IN ({marks})", keys)  # noqa: S608
        return dict(cursor.fetchall())


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


def recording() -> bool:
    """Whether what is being rendered may be stored (and so must record what it shows)."""
    scope = _scope.get()
    return scope is not None and scope.recording


def independent_of(*keys: str) -> None:
    """What is being rendered does not show `keys` after all, though they were read before
    rendering began (the page cache reads SITE and NEWS for every page): leave them out of
    its stamp. Reading one of them later for the page puts it back."""
    scope = _scope.get()
    if scope is not None and scope.recording:
        scope.independent.update(keys)


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
