"""Gzip in the embedded profile: anonymous cached pages only, never anything personal."""

import gzip

import pytest
from django.core.cache import cache

from kopbal.comments.tests.conftest import reader_create
from kopbal.core import compression, pagecache
from kopbal.news.tests.factories import article_create

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.fixture
def article(news_index):
    # Long enough to be worth compressing, as every real article is.
    intro = "<p>" + "Genk wint de topper na een spannende tweede helft. " * 30 + "</p>"
    return article_create(news_index, title="Genk wint de topper", intro=intro)


def vary(response) -> list[str]:
    return [v.strip().lower() for v in response.get("Vary", "").split(",")]


@pytest.mark.parametrize("cached", ["miss", "hit"])
def test_anonymous_article_is_gzipped_and_decompresses_to_the_same_page(client, article, cached):
    if cached == "hit":
        client.get(article.url)
    zipped = client.get(article.url, **GZIP)
    assert zipped["X-Page-Cache"] == cached
    plain = client.get(article.url)
    plain_bytes = plain.content
    assert zipped["Content-Encoding"] == "gzip"
    assert int(zipped["Content-Length"]) == len(zipped.content) < len(plain_bytes) / 2
    assert gzip.decompress(zipped.content) == plain_bytes
    assert "accept-encoding" in vary(zipped) and "accept-encoding" in vary(plain)
    assert "Content-Encoding" not in plain
    assert int(plain["Content-Length"]) == len(plain_bytes)
    # Another body, another ETag: a weak one, which still answers If-None-Match with 304.
    assert zipped["ETag"] == "W/" + plain["ETag"]
    again = client.get(article.url, HTTP_IF_NONE_MATCH=zipped["ETag"], **GZIP)
    assert again.status_code == 304


def test_a_reader_who_refuses_gzip_gets_the_plain_page(client, article):
    client.get(article.url)
    for accept in ("identity", "gzip;q=0, deflate", "br", "*;q=0"):
        response = client.get(article.url, HTTP_ACCEPT_ENCODING=accept)
        assert "Content-Encoding" not in response, accept
    assert client.get(article.url, HTTP_ACCEPT_ENCODING="*")["Content-Encoding"] == "gzip"


def test_logged_in_reader_never_gets_a_gzipped_page(client, article):
    client.force_login(reader_create("Ingelogd"))
    for _ in range(2):
        response = client.get(article.url, **GZIP)
        assert response.status_code == 200
        assert "Content-Encoding" not in response
        assert b"Genk wint de topper" in response.content


def test_a_page_with_a_csrf_token_is_never_gzipped(client, news_index):
    for url in ("/accounts/login/", "/accounts/signup/"):
        for _ in range(2):
            response = client.get(url, **GZIP)
            assert b"csrfmiddlewaretoken" in response.content, url
            assert "Content-Encoding" not in response, url


def test_a_token_in_a_stored_page_would_still_go_out_plain():
    """Belt and braces: should a form ever reach the page cache, it is not compressed."""
    from django.http import HttpResponse

    form = HttpResponse(b'<input name="csrfmiddlewaretoken" value="x">' + b" " * 2000)
    assert compression.compress(form) is None
    assert compression.compress(HttpResponse(b"<p>" + b"x" * 2000)) is not None
    assert compression.compress(HttpResponse(b"<p>kort</p>")) is None  # not worth it


def test_entries_stored_before_compression_are_still_served(client, article, monkeypatch):
    # The archive: a page without holes (kopbal.core.holes), stored whole as before.
    stored = []
    monkeypatch.setattr(pagecache.cache, "set", lambda key, *args: stored.append(key))
    client.get("/nieuws/")
    monkeypatch.undo()
    (key,) = [k for k in stored if ":entry:" in k]  # not the shared fragments' entries
    client.get("/nieuws/")
    stamp, status, headers, content, _gzipped = cache.get(key)
    cache.set(key, (stamp, status, headers, content))  # the shape of the previous release
    response = client.get("/nieuws/", **GZIP)
    assert response["X-Page-Cache"] == "hit"
    assert "Content-Encoding" not in response
    assert response.content == content
