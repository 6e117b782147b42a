"""Redis is a cache, not a dependency: a real redis-server of the test's own, killed, paused
(SIGSTOP) and restored from an old snapshot while the site is in use.

Each test starts its own redis-server on a free port, in a directory of its own, and stops
it in the fixture's teardown; every wait is bounded (socket timeouts of a quarter second).
"""

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
import redis
from django.core.cache import cache
from django.test import Client

from kopbal.comments.models import Comment
from kopbal.comments.tests.conftest import reader_create
from kopbal.core import ratelimit, rediscache
from kopbal.core.models import RateCounter
from kopbal.news.tests.factories import article_create
from kopbal.polls.models import Vote
from kopbal.polls.tests.factories import poll_create

REDIS_SERVER = "/usr/bin/redis-server"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not os.access(REDIS_SERVER, os.X_OK),
        reason=f"{REDIS_SERVER} is missing (apt-get install redis-server); CI machines have it",
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """A redis-server process of the test's own; `dir` keeps its snapshot (dump.rdb)."""

    def __init__(self, directory: Path):
        self.dir = directory
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                *(REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"),
                *("--dir", str(self.dir), "--dbfilename", "dump.rdb"),
                *("--save", "", "--appendonly", "no", "--protected-mode", "no"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_timeout=1, socket_connect_timeout=1)
        for _ in range(100):  # at most ~10 s
            try:
                if client.ping():
                    break
            except redis.exceptions.RedisError:
                time.sleep(0.1)
        else:
            pytest.fail("redis-server did not start")
        client.close()
        rediscache.reset()  # the site may use it again at once

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_timeout=2)

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)  # a paused server cannot die
            self.process.kill()
            self.process.wait(timeout=10)

    def pause(self) -> None:
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)


@pytest.fixture
def redis_server(tmp_path, settings):
    server = RedisServer(tmp_path)
    server.start()
    settings.CACHES = {
        "default": {
            "BACKEND": "kopbal.core.rediscache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{server.port}/0",
            "KEY_PREFIX": "kopbal",
            "OPTIONS": {
                "socket_connect_timeout": 0.25,
                "socket_timeout": 0.25,
                "backoff_seconds": 2,
            },
        }
    }
    settings.KOPBAL_RATELIMIT_BACKEND = "kopbal.core.ratelimit.backends.FallbackCounter"
    settings.KOPBAL_FRAGMENT_CACHE_SECONDS = 600
    settings.KOPBAL_POLL_RESULTS_SECONDS = 1
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0
    ratelimit.reset_backend()
    rediscache.reset()
    yield server
    server.kill()
    ratelimit.reset_backend()
    rediscache.reset()
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.fixture
def site(news_index):
    article = article_create(news_index, title="Derby met vuurwerk", poll=poll_create())
    other = article_create(news_index, title="Transfernieuws")
    return article, other


def pages(site) -> list[str]:
    article, other = site
    return ["/", "/nieuws/", article.url, other.url, f"{article.url}?reacties=oudste"]


def use_the_site(site, *, writes: int) -> None:
    """Pages for an anonymous reader, then a comment and a vote by a logged-in reader and a
    vote by a cookie voter: every answer 2xx, every write stored."""
    article, _ = site
    anonymous = Client()
    for url in pages(site):
        assert anonymous.get(url).status_code == 200, url
    reader = Client()
    reader.force_login(reader_create(f"Lezer{writes}"))
    response = reader.post(f"/api/articles/{article.pk}/comments/", {"body": f"Zeg {writes}"})
    assert response.status_code == 201, response.content
    comment = Comment.objects.get(body=f"Zeg {writes}")
    # A like goes through the rate-limit counters (Redis, else the database).
    liker = Client()
    liker.force_login(reader_create(f"Fan{writes}"))
    like = liker.post(f"/reactie/{comment.pk}/like/", HTTP_ACCEPT="application/json")
    assert like.status_code == 200, like.content
    poll = article.poll
    voter = Client()
    assert voter.get(f"/api/polls/{poll.pk}/").status_code == 200  # the voter cookie
    choice = poll.choices.first().pk
    votes = Vote.objects.count()
    assert voter.post(f"/api/polls/{poll.pk}/vote/", {"choice": choice}).status_code == 201
    assert Vote.objects.count() == votes + 1
    assert anonymous.get(article.url).status_code == 200


def test_the_site_works_while_redis_is_down(redis_server, site):
    use_the_site(site, writes=1)  # cache warm
    assert Client().get("/")["X-Page-Cache"] == "hit"
    redis_server.kill()
    use_the_site(site, writes=2)
    use_the_site(site, writes=3)  # skipping Redis now
    # The like limit still counts, in the database.
    assert RateCounter.objects.filter(key__startswith="rl:like:").exists()
    # Nothing was stored in the meantime, and the article shows its newest comment.
    assert "Zeg 3" in Client().get(site[0].url).content.decode()


def test_the_site_works_while_redis_hangs(redis_server, site):
    use_the_site(site, writes=1)
    redis_server.pause()
    try:
        use_the_site(site, writes=2)
        use_the_site(site, writes=3)
        assert RateCounter.objects.filter(key__startswith="rl:like:").exists()
    finally:
        redis_server.resume()
    rediscache.reset()  # as after the back-off
    assert Client().get("/").status_code == 200


def test_a_limit_still_refuses_while_redis_is_down(redis_server, site, settings):
    settings.KOPBAL_COMMENTS_PER_MINUTE = 2
    redis_server.kill()
    reader = Client()
    reader.force_login(reader_create("Snelle"))
    url = f"/api/articles/{site[0].pk}/comments/"
    statuses = [reader.post(url, {"body": f"Nummer {n}"}).status_code for n in range(3)]
    assert statuses == [201, 201, 429]


def test_a_redis_restored_from_an_old_snapshot_serves_no_page_older_than_the_last_publish(
    redis_server, site, news_index
):
    article, other = site
    reader = Client()
    for url in pages(site):
        reader.get(url)
    assert reader.get(article.url)["X-Page-Cache"] == "hit"
    redis_server.client().save()  # the snapshot: both articles on every page

    other.unpublish()
    article.title = "Derby afgelast"
    article.save_revision().publish()
    article_create(news_index, title="Vers van de pers")
    assert "Transfernieuws" not in reader.get("/").content.decode()

    redis_server.kill()
    redis_server.start()  # from the snapshot taken before the changes
    restored = redis_server.client()
    assert any(restored.scan_iter(match="*pagecache:entry:*"))  # the old pages are back

    home = reader.get("/").content.decode()
    assert "Transfernieuws" not in home
    assert "Vers van de pers" in home
    assert reader.get(other.url).status_code == 404
    page = reader.get(article.url)
    assert "Derby afgelast" in page.content.decode()
    assert "Transfernieuws" not in page.content.decode()  # "Meest recent", a fragment
    assert "Derby met vuurwerk" not in reader.get("/nieuws/").content.decode()
    # The site caches again, on the restored Redis.
    assert reader.get("/")["X-Page-Cache"] == "hit"
    assert cache.get("pagecache:entry:missing") is None
