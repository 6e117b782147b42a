"""Page-cache hits answered in front of Django give exactly what the full path gives."""

import io
import sys

import pytest
from django.core.wsgi import get_wsgi_application
from django.db import OperationalError
from django.test import override_settings

from kopbal.core import fastpath
from kopbal.news.tests.factories import article_create

from .wsgi import connection_kept, served

pytestmark = pytest.mark.django_db


def call(app, path, *, method="GET", query="", **headers):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    answer = served(app, environ)
    answer["headers"] = dict(answer["headers"])
    return answer


@pytest.fixture(autouse=True)
def keep_the_test_connection(monkeypatch):
    monkeypatch.setattr(fastpath, "_close_if_obsolete", lambda: None)
    monkeypatch.setattr(fastpath, "_drop_broken_connections", lambda: None)
    with connection_kept():
        yield


@pytest.fixture
def apps():
    full = get_wsgi_application()
    return full, fastpath.PageCacheFastPath(full)


@pytest.fixture
def article(news_index):
    return article_create(news_index, title="Snel geserveerd")


@pytest.mark.parametrize(
    "headers",
    [{}, {"accept_encoding": "gzip, deflate"}],
    ids=["plain", "gzip"],
)
def test_a_hit_is_the_same_answer_as_through_django(apps, article, headers):
    full, fast = apps
    assert call(full, article.url)["headers"]["X-Page-Cache"] == "miss"
    through_django = call(full, article.url, **headers)
    in_front = call(fast, article.url, **headers)
    assert through_django["headers"]["X-Page-Cache"] == "hit"
    assert in_front == through_django


def test_a_hit_answers_if_none_match_with_304_as_django_does(apps, article):
    full, fast = apps
    etag = call(full, article.url)["headers"]["ETag"]
    in_front = call(fast, article.url, if_none_match=etag)
    assert in_front["status"].startswith("304")
    assert in_front == call(full, article.url, if_none_match=etag)


def test_a_miss_is_rendered_and_stored_by_django(apps, article):
    _full, fast = apps
    first = call(fast, article.url)
    second = call(fast, article.url)
    assert first["headers"]["X-Page-Cache"] == "miss"
    assert second["headers"]["X-Page-Cache"] == "hit"
    assert first["body"] == second["body"]


def test_an_invented_parameter_gets_the_same_answer_as_through_django(apps, article):
    # The page cache rewrites the query it sees: the fast path must not hand Django a
    # rewritten request (Django marks such an answer as not for shared caches).
    full, fast = apps
    call(full, article.url)
    in_front = call(fast, article.url, query="utm_source=nieuwsbrief")
    assert in_front == call(full, article.url, query="utm_source=nieuwsbrief")
    assert in_front["headers"]["Cache-Control"] == "max-age=0"


def test_a_non_canonical_page_number_is_redirected_as_django_does(apps, news_index):
    full, fast = apps
    in_front = call(fast, "/nieuws/", query="pagina=01")
    assert in_front["status"].startswith("301")
    assert in_front == call(full, "/nieuws/", query="pagina=01")


def test_a_reader_with_a_session_is_never_answered_from_the_cache(apps, article):
    _full, fast = apps
    call(fast, article.url)
    answer = call(fast, article.url, cookie="sessionid=abc")
    assert "X-Page-Cache" not in answer["headers"]
    assert "private" in answer["headers"]["Cache-Control"]


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_a_host_not_allowed_gets_django_s_400(article):
    fast = fastpath.PageCacheFastPath(get_wsgi_application())
    answer = call(fast, article.url, host="evil.example")
    assert answer["status"].startswith("400")


def test_a_dead_database_connection_sends_the_request_through_django(apps, article, monkeypatch):
    # PostgreSQL restarted: the generation read fails; Django reconnects and answers.
    _full, fast = apps
    call(fast, article.url)

    def failing(request):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(fast, "chain", failing)
    answer = call(fast, article.url)
    assert answer["status"].startswith("200")
    assert answer["headers"]["X-Page-Cache"] == "hit"


@override_settings(SECURE_SSL_REDIRECT=True)
def test_plain_http_is_sent_to_https_as_django_does(article):
    full = get_wsgi_application()
    fast = fastpath.PageCacheFastPath(full)
    in_front = call(fast, article.url)
    assert in_front["status"].startswith("301")
    assert in_front["headers"]["Location"].startswith("https://")
    assert in_front == call(full, article.url)


def test_static_files_and_posts_pass_untouched(apps, article):
    full, fast = apps
    assert call(fast, article.url, method="POST") == call(full, article.url, method="POST")


class Clock:
    def __init__(self, monkeypatch):
        self.now = 1000.0
        monkeypatch.setattr(fastpath, "_clock", lambda: self.now)


@pytest.fixture
def remembering(settings, monkeypatch):
    """Workers remember hits for a second, on a clock the test moves."""
    settings.KOPBAL_WORKER_CACHE_SECONDS = 1
    return Clock(monkeypatch)


def test_a_worker_answers_a_repeated_hit_from_memory_for_a_second(
    apps, article, remembering, django_assert_num_queries
):
    full, fast = apps
    call(full, article.url)
    first = call(fast, article.url)
    assert first["headers"]["X-Page-Cache"] == "hit"
    article.title = "Nieuwe kop na de rust"
    article.save_revision().publish()
    remembering.now += 0.9
    with django_assert_num_queries(0):
        again = call(fast, article.url)
    # Exactly the answer the full path gave, within the second: the old title.
    assert again == first
    remembering.now += 0.2
    later = call(fast, article.url)
    assert "Nieuwe kop na de rust" in later["body"].decode()
    assert later["headers"]["X-Page-Cache"] == "miss"


def test_gzip_and_plain_readers_each_get_their_own_answer(apps, article, remembering):
    full, fast = apps
    call(full, article.url)
    plain = call(fast, article.url)
    zipped = call(fast, article.url, accept_encoding="gzip, deflate, br")
    assert "Content-Encoding" not in plain["headers"]
    assert zipped["headers"]["Content-Encoding"] == "gzip"
    assert call(fast, article.url) == plain
    assert call(fast, article.url, accept_encoding="gzip, deflate, br") == zipped
    refused = call(fast, article.url, accept_encoding="gzip;q=0")
    assert refused == plain


def test_a_conditional_request_still_gets_its_304(apps, article, remembering):
    full, fast = apps
    call(full, article.url)
    etag = call(fast, article.url)["headers"]["ETag"]
    assert call(fast, article.url, if_none_match=etag)["status"].startswith("304")


def test_a_reader_with_a_session_is_never_answered_from_memory(apps, article, remembering):
    full, fast = apps
    call(full, article.url)
    call(fast, article.url)
    answer = call(fast, article.url, cookie="sessionid=abc")
    assert "X-Page-Cache" not in answer["headers"]


@override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_an_https_answer_is_not_given_to_plain_http(article, remembering, settings):
    settings.SECURE_SSL_REDIRECT = True
    full = get_wsgi_application()
    fast = fastpath.PageCacheFastPath(full)
    call(full, article.url, x_forwarded_proto="https")
    over_https = call(fast, article.url, x_forwarded_proto="https")
    assert over_https["status"].startswith("200")
    assert over_https["headers"]["X-Page-Cache"] == "hit"
    plain = call(fast, article.url)
    assert plain["status"].startswith("301")
    assert plain["headers"]["Location"].startswith("https://")


def test_invented_query_strings_do_not_fill_a_worker_s_memory(apps, article, remembering):
    full, fast = apps
    call(full, article.url)
    for number in range(fastpath.RECENT_MAX * 2):
        answer = call(fast, article.url, query=f"utm_campaign={number}")
        assert answer["status"].startswith("200")
    assert len(fast.recent.entries) <= fastpath.RECENT_MAX


def test_nothing_is_remembered_when_it_is_off(apps, article):
    full, fast = apps
    call(full, article.url)
    call(fast, article.url)
    assert fast.recent.entries == {}
