"""Django's Redis cache, made a cache and not a dependency: when Redis is down or hangs,
reads miss and writes are dropped, so every page renders from the database instead of
answering 500.

Short socket timeouts (CACHES OPTIONS) bound the wait on a hung Redis; after a failure the
process skips Redis for `backoff_seconds` (a circuit breaker), so a dead Redis costs one
timeout per process per back-off, not one per cache call. Only `incr` tells its caller:
a count is an answer, not a hint, so it raises CacheUnavailable and the rate limiter falls
back to the database (kopbal.core.ratelimit.backends.FallbackCounter).
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger("kopbal.cache")

# Per process and per server, shared by the threads of an app server worker (each thread has a
# cache object of its own).
_down_until: dict[str, float] = {}


class CacheUnavailable(Exception):
    """Redis did not answer (or is being skipped after a failure)."""


class ResilientRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, *, backoff_seconds: float = 2.0, **options):
        super().__init__(servers, **options)
        self._backoff = backoff_seconds
        self._name = ",".join(servers)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        # Django builds a new redis.Redis for every call, which with redis-py 8 costs more
        # than the command itself (about 0.4 ms of CPU, measured with cProfile): one per
        # connection pool is enough (a redis.Redis is thread-safe; the pool is the state).
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def _call(self, operation: str, *args):
        parent = super()
        return self.run(operation, lambda _redis: getattr(parent, operation)(*args))

    def run(self, operation: str, func):
        """`func(redis_client)` under the same timeouts and back-off as the cache calls, for
        what the cache API cannot say (lists, scripts, HyperLogLogs: kopbal.analytics).
        Raises CacheUnavailable when Redis fails or is being skipped."""
        if _down_until.get(self._name, 0) > time.monotonic():
            raise CacheUnavailable(self._name)
        try:
            return func(self.get_client(write=True))
        except (RedisError, OSError) as exc:
            _down_until[self._name] = time.monotonic() + self._backoff
            logger.warning(
                "Redis %s failed (%s: %s); skipping it for %ss",
                operation,
                type(exc).__name__,
                exc,
                self._backoff,
            )
            raise CacheUnavailable(self._name) from exc

    def _quiet(self, operation: str, fallback, *args):
        try:
            return self._call(operation, *args)
        except CacheUnavailable:
            return fallback

    def get(self, key, default):
        return self._quiet("get", default, key, default)

    def get_many(self, keys):
        return self._quiet("get_many", {}, keys)

    def has_key(self, key):
        return self._quiet("has_key", False, key)

    def set(self, key, value, timeout):
        self._quiet("set", None, key, value, timeout)

    def set_many(self, data, timeout):
        self._quiet("set_many", None, data, timeout)

    def add(self, key, value, timeout):
        # As if stored: callers use add() as a lock (allauth's rate limits), and a lock on a
        # cache that is down guards nothing; refusing would refuse every caller instead.
        return self._quiet("add", True, key, value, timeout)

    def touch(self, key, timeout):
        return self._quiet("touch", False, key, timeout)

    def delete(self, key):
        return self._quiet("delete", False, key)

    def delete_many(self, keys):
        self._quiet("delete_many", None, keys)

    def incr(self, key, delta):
        return self._call("incr", key, delta)

    def clear(self):
        return self._quiet("clear", False)


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ResilientRedisCacheClient


def reset() -> None:
    """Forget past failures (tests restart their Redis)."""
    _down_until.clear()
