"""Where counted views wait for the flush job: the request path only appends.

With Redis: one script call per beacon that remembers the view id for an hour (SET NX) and,
only if it was new, pushes "article visitor epoch" onto a list. Without Redis, or while it
is down: a list in this process, written to PendingView rows in one INSERT per BATCH views
or every FLUSH_SECONDS (at the next beacon, and at exit); the view id is unique there.
"""

import atexit
import hashlib
import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.core.cache import cache
from redis.exceptions import NoScriptError

from kopbal.core.rediscache import CacheUnavailable, ResilientRedisCacheClient

logger = logging.getLogger("kopbal.analytics")

LIST_KEY = "kopbal:analytics:views"
SEEN_KEY = "kopbal:analytics:seen:"
SEEN_SECONDS = 3600
BATCH = 200
FLUSH_SECONDS = 2.0

_APPEND = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then
  redis.call('RPUSH', KEYS[2], ARGV[1])
  return 1
end
return 0
"""
# Called by its hash: the script's text is sent only when Redis does not know it yet.
_APPEND_SHA = hashlib.sha1(_APPEND.encode()).hexdigest()  # noqa: S324 (Redis's script id)


def _append_script(redis, keys: list[str], args: list) -> int:
    try:
        return redis.evalsha(_APPEND_SHA, len(keys), *keys, *args)
    except NoScriptError:
        return redis.eval(_APPEND, len(keys), *keys, *args)


@dataclass(frozen=True)
class View:
    view_id: str
    article_id: int
    visitor: str
    at: float  # epoch seconds

    def packed(self) -> str:
        return f"{self.article_id} {self.visitor} {self.at:.0f}"

    @classmethod
    def unpacked(cls, raw: bytes) -> "View":
        article, visitor, at = raw.decode().split()
        return cls(view_id="", article_id=int(article), visitor=visitor, at=float(at))

    @property
    def when(self) -> datetime:
        return datetime.fromtimestamp(self.at, tz=UTC)


def redis_client() -> ResilientRedisCacheClient | None:
    """The cache's Redis client (its connections, timeouts and back-off), or None."""
    client = getattr(cache, "_cache", None)
    return client if isinstance(client, ResilientRedisCacheClient) else None


_local: list[View] = []
_local_ids: set[str] = set()
_local_since = [0.0]
_lock = threading.Lock()


def append(view: View) -> None:
    """Keep `view` for the flush job, once per view id."""
    client = redis_client()
    if client is not None:
        try:
            client.run(
                "analytics_append",
                lambda redis: _append_script(
                    redis, [SEEN_KEY + view.view_id, LIST_KEY], [view.packed(), SEEN_SECONDS]
                ),
            )
            return
        except CacheUnavailable:
            pass  # logged by the client; the view is kept here instead
    with _lock:
        if view.view_id in _local_ids:
            return
        if not _local:
            _local_since[0] = time.monotonic()
        _local.append(view)
        _local_ids.add(view.view_id)
        due = len(_local) >= BATCH or time.monotonic() - _local_since[0] >= FLUSH_SECONDS
    if due:
        local_flush()


def local_flush() -> int:
    """Write this process's waiting views to PendingView (a repeated view id is skipped)."""
    from .models import PendingView

    with _lock:
        views = list(_local)
        _local.clear()
        _local_ids.clear()
    if views:
        PendingView.objects.bulk_create(
            [
                PendingView(
                    view_id=v.view_id, article_id=v.article_id, visitor=v.visitor, at=v.when
                )
                for v in views
            ],
            ignore_conflicts=True,
        )
    return len(views)


def _flush_at_exit() -> None:
    if not _local:
        return  # most processes: nothing waits, and no database connection is opened
    try:
        local_flush()
    except Exception as error:  # the database may be gone at shutdown: nothing to do about it
        logger.warning("Analytics: %s views not written at exit: %s", len(_local), error)


atexit.register(_flush_at_exit)


def redis_take(limit: int) -> list[View]:
    """Up to `limit` views off the Redis list (none when there is no Redis)."""
    client = redis_client()
    if client is None:
        return []

    def take(redis):
        pipe = redis.pipeline(transaction=True)
        pipe.lrange(LIST_KEY, 0, limit - 1)
        pipe.ltrim(LIST_KEY, limit, -1)
        return pipe.execute()[0]

    try:
        return [View.unpacked(raw) for raw in client.run("analytics_take", take)]
    except CacheUnavailable:
        return []


def redis_give_back(views: list[View]) -> None:
    """Put views taken from Redis back (the database write after taking them failed)."""
    client = redis_client()
    if client is None or not views:
        return
    try:
        client.run("analytics_give_back", lambda r: r.lpush(LIST_KEY, *[v.packed() for v in views]))
    except CacheUnavailable:
        logger.error("Analytics: %s views lost (database and Redis both failed)", len(views))
