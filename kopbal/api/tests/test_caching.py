"""The read API is cached for everyone, renewed on publish, and readable from any origin."""

import pytest

from kopbal.comments.tests.conftest import reader_create
from kopbal.comments.tests.factories import comment_create
from kopbal.news.tests.factories import article_create

from .conftest import get

pytestmark = pytest.mark.django_db

URLS = ["/api/v1/articles/", "/api/v1/clubs/", "/api/v1/articles/{id}/"]


@pytest.fixture
def article(address, news_index):
    return article_create(news_index, title="Kemphanen pakken punt")


@pytest.mark.parametrize("url", URLS)
def test_answers_are_public_cached_and_have_an_etag(client, article, url):
    url = url.format(id=article.pk)
    first, second = get(client, url), get(client, url)
    assert (first["X-Api-Cache"], second["X-Api-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    cache_control = {part.strip() for part in second["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "s-maxage=10"} <= cache_control
    assert second["ETag"] == first["ETag"]
    assert second["Access-Control-Allow-Origin"] == "*"
    unchanged = get(client, url, 304, HTTP_IF_NONE_MATCH=first["ETag"])
    assert unchanged.content == b""
    # A browser refuses a cross-origin 304 without CORS as it would a 200.
    assert unchanged["Access-Control-Allow-Origin"] == "*"


def test_a_publish_renews_the_list_at_once(client, article, news_index):
    assert [a["headline"] for a in get(client, "/api/v1/articles/").json()["results"]] == [
        "Kemphanen pakken punt"
    ]
    article_create(news_index, title="Breaking")
    response = get(client, "/api/v1/articles/")
    assert response["X-Api-Cache"] == "miss"
    assert response.json()["results"][0]["headline"] == "Breaking"
    article.unpublish()
    assert "Kemphanen pakken punt" not in get(client, "/api/v1/articles/").content.decode()


def test_a_new_comment_renews_the_articles_count(client, article):
    url = f"/api/v1/articles/{article.pk}/"
    assert get(client, url).json()["comment_count"] == 0
    comment_create(article=article, author=reader_create("Lezer"))
    assert get(client, url).json()["comment_count"] == 1


def test_answers_with_since_are_not_stored(client, article):
    for _ in range(2):
        response = get(client, "/api/v1/articles/?since=2026-01-01")
        assert "X-Api-Cache" not in response
        assert "public" in response["Cache-Control"]


def test_logged_in_readers_get_the_same_public_answer(client, article):
    client.force_login(reader_create("Lezer"))
    response = get(client, "/api/v1/articles/")
    assert "public" in response["Cache-Control"]
    assert "Set-Cookie" not in response and "Cookie" not in response.get("Vary", "")


def test_errors_are_json_readable_from_any_origin_and_not_cached(client, address):
    response = get(client, "/api/v1/articles/?since=gisteren", 400)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "no-store" in response["Cache-Control"]


def test_preflight_allows_get_from_any_origin(client, address):
    response = client.options("/api/v1/articles/", HTTP_ORIGIN="https://app.example")
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_writes_are_refused_with_allow(client, address, method):
    response = getattr(client, method)("/api/v1/articles/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response.json()["message"]


def test_head_answers_like_get(client, article):
    assert client.head("/api/v1/articles/").status_code == 200


@pytest.mark.parametrize("url", URLS)
def test_a_stored_answer_costs_one_query(client, article, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = url.format(id=article.pk)
    get(client, url)
    with CaptureQueriesContext(connection) as queries:
        assert get(client, url)["X-Api-Cache"] == "hit"
    assert len(queries) == 1  # the generations the answer was stamped with
