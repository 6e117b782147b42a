"""The counting path: POST /api/view/ as the page script sends it, then the flush job."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.sessions.models import Session
from django.test import Client, RequestFactory

from kopbal.analytics import buffer
from kopbal.analytics.models import ArticleDay, ArticleHour, DailySalt, PendingView
from kopbal.analytics.services import views_flush
from kopbal.analytics.wsgi import BeaconMiddleware

from .conftest import FIREFOX, send

pytestmark = pytest.mark.django_db


def stored() -> int:
    """Beacons waiting for the flush: in the Redis list when the cache is Redis (CI's second
    run), else in this process's buffer, written out and counted."""
    buffer.local_flush()
    waiting = PendingView.objects.count()
    client = buffer.redis_client()
    if client is not None:
        waiting += client.run("test", lambda redis: redis.llen(buffer.LIST_KEY))
    return waiting


def hour_row(article):
    return ArticleHour.objects.get(article=article)


def test_beacon_answers_204_never_cached_and_sets_no_cookie(article):
    client = Client()
    response = send(client, article.pk)
    assert response.status_code == 204
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    assert Session.objects.count() == 0


def test_beacon_reads_no_cookie_a_session_cookie_changes_nothing(article):
    client = Client()
    client.cookies["sessionid"] = "not-a-session"
    client.cookies["csrftoken"] = "x" * 32
    response = send(client, article.pk)
    assert response.status_code == 204
    assert not response.cookies
    views_flush()
    assert hour_row(article).views == 1


def test_view_counted_in_its_hour_and_day_after_the_flush(article):
    send(Client(), article.pk)
    assert views_flush() == 1
    row = hour_row(article)
    now = datetime.now(tz=UTC)
    assert (row.views, row.uniques) == (1, 1)
    assert row.hour == now.replace(minute=0, second=0, microsecond=0)
    day = ArticleDay.objects.get(article=article)
    assert (day.day, day.views, day.uniques) == (now.date(), 1, 1)


def test_repeated_beacon_with_the_same_view_id_is_counted_once(article):
    client = Client()
    for _ in range(3):
        assert send(client, article.pk, view="retry-retry-retry-1").status_code == 204
    views_flush()
    # Also when the retry arrives after the first one was counted.
    send(client, article.pk, view="retry-retry-retry-1")
    views_flush()
    assert hour_row(article).views == 1


def test_one_reader_twice_is_two_views_but_one_unique_reader(article):
    client = Client()
    send(client, article.pk, view="first-view-of-reader")
    send(client, article.pk, view="second-view-of-reader")
    send(client, article.pk, view="another-reader-view", REMOTE_ADDR="10.1.2.3")
    views_flush()
    row = hour_row(article)
    assert (row.views, row.uniques) == (3, 2)


def test_flushes_add_up(article):
    client = Client()
    send(client, article.pk, view="flush-one-view-0001")
    views_flush()
    send(client, article.pk, view="flush-two-view-0002")
    views_flush()
    assert hour_row(article).views == 2
    assert ArticleDay.objects.get(article=article).views == 2


@pytest.mark.parametrize(
    "ua",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "HeadlessChrome/131.0.0.0 Safari/537.36",
        "curl/8.5.0",
        "python-requests/2.32",
    ],
)
def test_bots_are_answered_but_not_counted(article, ua):
    response = send(Client(), article.pk, ua=ua)
    assert response.status_code == 204
    assert views_flush() == 0
    assert not ArticleHour.objects.exists()


def test_the_ip_address_is_never_stored_only_a_hash(article):
    send(Client(), article.pk, REMOTE_ADDR="203.0.113.77")
    assert stored() == 1
    client = buffer.redis_client()
    if client is not None:  # waiting in Redis: "<article> <visitor> <time>"
        [raw] = client.run("test", lambda redis: redis.lrange(buffer.LIST_KEY, 0, -1))
        waiting = buffer.View.unpacked(raw)
        kept = raw.decode()
    else:
        waiting = PendingView.objects.get()
        kept = json.dumps([waiting.view_id, waiting.visitor, str(waiting.at)])
    assert "203.0.113.77" not in kept
    assert len(waiting.visitor) == 32


def test_the_salt_is_thrown_away_after_its_day(article):
    send(Client(), article.pk)
    views_flush()
    assert DailySalt.objects.count() == 1
    views_flush(now=datetime.now(tz=UTC) + timedelta(days=1))
    assert not DailySalt.objects.exists()


def test_same_reader_gets_another_hash_on_another_day():
    from kopbal.analytics.readers import visitor_hash

    today = datetime.now(tz=UTC).date()
    reader = {"ip": "10.0.0.1", "user_agent": FIREFOX, "article_id": 5}
    assert visitor_hash(**reader, day=today) == visitor_hash(**reader, day=today)
    assert visitor_hash(**reader, day=today) != visitor_hash(**reader, day=today - timedelta(1))


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("not json", 400),
        ('{"page": "1", "view": "abcdefghijklmnopq"}', 400),
        ('{"page": 1, "view": "short"}', 400),
        ('{"page": 1, "view": "has spaces in it here"}', 400),
        ('{"view": "abcdefghijklmnopq"}', 400),
        ('["page", 1]', 400),
        ('{"page": 1, "view": "' + "a" * 600 + '"}', 413),
    ],
)
def test_bad_beacons_are_refused_and_nothing_is_stored(article, body, status):
    assert send(Client(), article.pk, body=body).status_code == status
    assert not stored()


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("page=1", 400),
        ("view=abcdefghijklmnopq", 400),
        ("page=x1&view=abcdefghijklmnopq", 400),
        ("page=-1&view=abcdefghijklmnopq", 400),
        ("page=%C2%B2&view=abcdefghijklmnopq", 400),  # a superscript two is a digit to Python
        ("page=1&page=2&view=abcdefghijklmnopq", 400),
        ("page=1&view=short", 400),
        ("page=1&view=has%20spaces%20in%20it", 400),
        ("page=1&view=" + "a" * 600, 413),
    ],
)
def test_bad_query_beacons_are_refused_and_nothing_is_stored(article, query, status):
    assert send(Client(), article.pk, query=query).status_code == status
    assert not stored()


def test_form_encoded_post_is_judged_by_its_query_string_not_a_server_error(article):
    query = f"page={article.pk}&view=form-encoded-view-01"
    response = Client().post(
        f"/api/view/?{query}",
        {"a": "b"},
        HTTP_SEC_FETCH_SITE="same-origin",
        HTTP_USER_AGENT=FIREFOX,
    )
    assert response.status_code == 204


def test_beacon_of_a_page_cached_before_the_query_string_still_counts(article):
    body = json.dumps({"page": article.pk, "view": "json-body-view-0001"})
    assert send(Client(), article.pk, body=body).status_code == 204
    views_flush()
    assert hour_row(article).views == 1


def test_beacon_for_an_unknown_or_unpublished_article_is_404(article, news_index):
    from kopbal.news.tests.factories import article_create

    draft = article_create(news_index, title="Nog niet gepubliceerd", live=False)
    assert send(Client(), article.pk + 1000).status_code == 404
    assert send(Client(), draft.pk).status_code == 404
    assert not stored()


def test_beacon_for_an_article_published_a_moment_ago_counts(article, news_index):
    from kopbal.news.tests.factories import article_create

    send(Client(), article.pk)  # the live ids are now known in this process
    fresh = article_create(news_index, title="Net gepubliceerd")
    assert send(Client(), fresh.pk, view="fresh-article-view-1").status_code == 204


def test_get_is_not_a_beacon(article):
    response = Client().get("/api/view/")
    assert response.status_code == 405
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"site": "cross-site"}, 403),
        ({"site": "same-site"}, 403),
        ({"site": None, "HTTP_ORIGIN": "https://evil.example"}, 403),
        ({"site": None}, 403),  # neither header: not a browser's beacon
        ({"site": None, "HTTP_ORIGIN": "http://testserver"}, 204),
    ],
)
def test_only_same_origin_beacons_are_accepted(article, headers, status):
    assert send(Client(), article.pk, **headers).status_code == status
    assert stored() == (status == 204)


def _environ(body: bytes, **headers):
    return (
        RequestFactory()
        .post("/api/view/", body, content_type="text/plain", HTTP_USER_AGENT=FIREFOX, **headers)
        .environ
    )


def test_wsgi_layer_answers_the_beacon_without_django(article):
    def django(environ, start_response):
        raise AssertionError("the beacon reached Django")

    answered = {}
    app = BeaconMiddleware(django)
    body = json.dumps({"page": article.pk, "view": "wsgi-layer-view-001"}).encode()
    result = app(
        _environ(body, HTTP_SEC_FETCH_SITE="same-origin"),
        lambda status, headers: answered.update(status=status, headers=dict(headers)),
    )
    assert b"".join(result) == b""
    assert answered["status"] == "204 No Content"
    assert answered["headers"]["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in answered["headers"]
    views_flush()
    assert hour_row(article).views == 1


def test_wsgi_layer_refuses_a_huge_body_unread(article):
    answered = {}
    environ = _environ(b"x" * 100_000, HTTP_SEC_FETCH_SITE="same-origin")
    BeaconMiddleware(None)(environ, lambda status, headers: answered.update(status=status))
    assert answered["status"].startswith("413")
    assert not stored()


def test_wsgi_layer_passes_everything_else_to_django():
    app = BeaconMiddleware(lambda environ, start_response: [b"django"])
    environ = RequestFactory().get("/nieuws/").environ
    assert app(environ, None) == [b"django"]
