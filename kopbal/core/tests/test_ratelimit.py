from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections

from kopbal.core import ratelimit
from kopbal.core.ratelimit.backends import DatabaseCounter


@pytest.fixture(params=["database", "cache"])
def counter(request, settings):
    settings.KOPBAL_RATELIMIT_BACKEND = {
        "database": "kopbal.core.ratelimit.backends.DatabaseCounter",
        "cache": "kopbal.core.ratelimit.backends.CacheCounter",
    }[request.param]
    ratelimit.reset_backend()
    yield ratelimit.backend()
    ratelimit.reset_backend()


@pytest.mark.django_db
def test_limit_allows_exactly_n_events_per_window(counter):
    results = [ratelimit.hit("test", "reader-1", limit=3, window=60) for _ in range(5)]
    assert results == [True, True, True, False, False]
    assert ratelimit.hit("test", "reader-2", limit=3, window=60)  # others unaffected
    assert ratelimit.hit("other-scope", "reader-1", limit=3, window=60)


@pytest.mark.django_db
def test_backends_count_up_from_one(counter):
    assert [counter.incr("k", ttl=60) for _ in range(3)] == [1, 2, 3]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_database_counter_is_atomic_across_connections():
    counter = DatabaseCounter()

    def bump(_):
        try:
            return counter.incr("concurrent", ttl=60)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=20) as pool:
        values = list(pool.map(bump, range(100)))
    assert sorted(values) == list(range(1, 101))
