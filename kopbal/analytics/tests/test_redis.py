"""The counting path on Redis: a redis-server of the test's own (as in
kopbal/core/tests/test_redis_faults.py), killed mid-way: a beacon never fails for it."""

import os

import pytest
from django.test import Client

from kopbal.analytics import buffer
from kopbal.analytics.models import ArticleHour, PendingView
from kopbal.analytics.services import views_flush
from kopbal.core.tests.test_redis_faults import REDIS_SERVER, redis_server  # noqa: F401

from .conftest import send

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not os.access(REDIS_SERVER, os.X_OK),
        reason=f"{REDIS_SERVER} is missing (apt-get install redis-server); CI machines have it",
    ),
]


def test_beacons_wait_in_redis_until_the_flush_counts_them(redis_server, article):  # noqa: F811
    client = Client()
    for i in range(3):
        assert send(client, article.pk, view=f"redis-view-number-{i}").status_code == 204
    send(client, article.pk, view="redis-view-number-0")  # a retry
    assert redis_server.client().llen(buffer.LIST_KEY) == 3
    assert not PendingView.objects.exists()
    assert views_flush() == 3
    row = ArticleHour.objects.get(article=article)
    assert (row.views, row.uniques) == (3, 1)
    assert redis_server.client().llen(buffer.LIST_KEY) == 0


def test_unique_readers_estimated_with_a_hyperloglog(redis_server, article):  # noqa: F811
    client = Client()
    for i in range(40):
        send(client, article.pk, view=f"reader-view-number-{i}", REMOTE_ADDR=f"10.0.0.{i % 20}")
    views_flush()
    row = ArticleHour.objects.get(article=article)
    assert row.views == 40
    # Counted once per reader, not per view. HyperLogLog is nearly exact at this size, not
    # exactly: two of the 20 readers share one of its 16,384 registers about once in a
    # hundred runs (the hashes take the day's random salt), and are then counted as one.
    assert 19 <= row.uniques <= 20
    keys = redis_server.client().keys("kopbal:analytics:hll:*")
    assert len(keys) == 2  # the hour's and the day's


def test_redis_gone_the_beacon_still_answers_and_the_view_still_counts(
    redis_server,  # noqa: F811
    article,
):
    client = Client()
    send(client, article.pk, view="before-redis-died-1")
    redis_server.kill()
    response = send(client, article.pk, view="after-redis-died-01")
    assert response.status_code == 204
    assert article.url and Client().get(article.url).status_code == 200
    # The view counted before Redis died is lost with Redis; the one after is not.
    assert views_flush() == 1
    assert ArticleHour.objects.get(article=article).views == 1
