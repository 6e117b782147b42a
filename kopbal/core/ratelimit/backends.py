"""Counter backends: each increments a key and returns the new value, atomically."""

from datetime import timedelta

from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

from kopbal.core.rediscache import CacheUnavailable


class BaseCounter:
    def incr(self, key: str, *, ttl: int) -> int:
        raise NotImplementedError


class CacheCounter(BaseCounter):
    """Django's cache; atomic with Redis (INCR), and within one process with LocMemCache."""

    def incr(self, key: str, *, ttl: int) -> int:
        cache.add(key, 0, timeout=ttl)
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 0, timeout=ttl)
            return cache.incr(key)


class DatabaseCounter(BaseCounter):
    """An UPSERT on core_ratecounter: one statement, atomic on SQLite and PostgreSQL."""

    def incr(self, key: str, *, ttl: int) -> int:
        from kopbal.core.models import RateCounter

        table = connection.ops.quote_name(RateCounter._meta.db_table)
        expires = timezone.now() + timedelta(seconds=ttl)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (key, count, expires_at) VALUES (%s, 1, %s) "  # noqa: S608
                "ON CONFLICT (key) DO UPDATE SET count = "
                f"{table}.count + 1 RETURNING count",
                [key, expires],
            )
            count = cursor.fetchone()[0]
        if count == 1 and hash(key) % 100 == 0:
            # Now and then, sweep counters whose window has passed.
            RateCounter.objects.filter(expires_at__lt=timezone.now()).delete()
        return count


class FallbackCounter(BaseCounter):
    """Redis while it answers, the database while it does not: a limit must hold through an
    outage of the cache (sign-ups, log-ins and comments are not let through unlimited),
    and it must not refuse everyone either. During an outage the count starts again in the
    database, so a reader may get at most one extra window's worth of events."""

    def __init__(self):
        self.cache = CacheCounter()
        self.database = DatabaseCounter()

    def incr(self, key: str, *, ttl: int) -> int:
        try:
            return self.cache.incr(key, ttl=ttl)
        except CacheUnavailable:
            return self.database.incr(key, ttl=ttl)
