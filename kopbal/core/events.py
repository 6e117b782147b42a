"""Domain events: what happened, told by the services, heard by whoever cares.

A service says what it changed (`emit(MatchUpdated(...))`) and knows nothing of who
listens: caching bumps generations, counters count, live scores follow. Subscribers are
wired in AppConfig.ready() with `subscribe`. Two kinds:

- in-transaction (the default): run at once, inside the service's transaction, so what
  they write (a cache generation, a counter) commits or rolls back with the change;
- after commit (`on_commit=True`): run once the change is stored (a push to readers, a
  task), never for a change that was rolled back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from django.db import transaction

logger = logging.getLogger("kopbal.events")


@dataclass(frozen=True)
class Event:
    """Base of every domain event: small, typed, immutable, ids rather than objects."""


@dataclass(frozen=True)
class MatchUpdated(Event):
    """A match's score, status, minute, kick-off or events changed."""

    match_id: int
    competition_id: int
    season_id: int
    changed: frozenset[str]  # field names; "events" when its events changed


@dataclass(frozen=True)
class TagChanged(Event):
    """A club, person or competition (what articles are tagged with) was saved or deleted."""

    kind: str  # the tag's route: "club", "person", "competition"
    tag_id: int


@dataclass(frozen=True)
class CommentPosted(Event):
    article_id: int
    comment_id: int
    visible: bool  # False when it is held for moderation
    parent_id: int | None = None  # the thread's first comment, for a reply


@dataclass(frozen=True)
class CommentChanged(Event):
    """A comment (or, with comment_id None, the whole discussion: closed, opened) changed
    as the article's readers see it."""

    article_id: int
    comment_id: int | None
    was_visible: bool
    is_visible: bool


@dataclass(frozen=True)
class VoteCast(Event):
    poll_id: int
    choice_id: int
    vote_id: int


Handler = Callable[[Event], None]
_subscribers: dict[type[Event], list[tuple[Handler, bool]]] = {}


def subscribe(event_type: type[Event], handler: Handler, *, on_commit: bool = False) -> None:
    """Call `handler(event)` for every `event_type` emitted (subclasses included). Calling
    it twice with the same handler subscribes once (ready() may run more than once)."""
    handlers = _subscribers.setdefault(event_type, [])
    if (handler, on_commit) not in handlers:
        handlers.append((handler, on_commit))


def subscribers(event_type: type[Event]) -> list[tuple[Handler, bool]]:
    found = []
    for klass in event_type.__mro__:
        found += _subscribers.get(klass, [])
    return found


def emit(event: Event) -> None:
    """Tell the subscribers. In-transaction ones run now (an exception rolls the change
    back: a page that could not be invalidated must not show old content); after-commit
    ones are queued on the current transaction (run at once outside one)."""
    for handler, on_commit in subscribers(type(event)):
        if on_commit:
            transaction.on_commit(partial(_run_after_commit, handler, event), robust=True)
        else:
            handler(event)


def _run_after_commit(handler: Handler, event: Event) -> None:
    # The change is stored: a failing listener is logged, not raised to the reader.
    try:
        handler(event)
    except Exception:
        logger.exception("Subscriber %r failed on %r", handler, event)
