"""With nothing listening where Redis should be, the cache misses instead of failing, and
after one failure each process leaves Redis alone for the back-off."""

import socket

import pytest
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCacheClient

from kopbal.core import ratelimit, rediscache
from kopbal.core.models import RateCounter


@pytest.fixture
def dead_redis(settings):
    with socket.socket() as s:  # a free port: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "kopbal.core.rediscache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
    settings.KOPBAL_RATELIMIT_BACKEND = "kopbal.core.ratelimit.backends.FallbackCounter"
    rediscache.reset()
    ratelimit.reset_backend()
    yield
    rediscache.reset()
    ratelimit.reset_backend()


def test_reads_miss_and_writes_are_dropped(dead_redis):
    assert cache.get("page", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    cache.set("page", "html")
    cache.delete("page")
    assert cache.add("lock", 1) is True  # a lock on a cache that is down guards nothing
    with pytest.raises(rediscache.CacheUnavailable):
        cache.incr("count")


def test_after_a_failure_redis_is_not_asked_again_until_the_back_off_ends(dead_redis, monkeypatch):
    asked = []
    original = RedisCacheClient.get

    def counting_get(self, key, default):
        asked.append(key)
        return original(self, key, default)

    monkeypatch.setattr(RedisCacheClient, "get", counting_get)
    for _ in range(5):
        assert cache.get("page") is None
    assert asked == [cache.make_key("page")]
    rediscache.reset()  # the back-off is over
    cache.get("page")
    assert len(asked) == 2


@pytest.mark.django_db
def test_rate_limits_count_in_the_database_meanwhile(dead_redis):
    results = [ratelimit.hit("test", "reader-1", limit=2, window=60) for _ in range(3)]
    assert results == [True, True, False]
    assert RateCounter.objects.filter(key__startswith="rl:test:reader-1:").get().count == 3
