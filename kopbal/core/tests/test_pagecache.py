"""Anonymous readers get cached pages; every change shows at once; nobody else is cached."""

import pytest
from django.test import Client

from kopbal.comments import services as comments
from kopbal.comments.tests.conftest import reader_create
from kopbal.football.tests.factories import ClubFactory
from kopbal.news.tests.factories import article_create

pytestmark = pytest.mark.django_db


def test_second_anonymous_visit_is_served_from_the_cache(client, news_index):
    article_create(news_index, title="Eerste nieuws")
    first = client.get("/")
    second = client.get("/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert first.content == second.content


def test_cached_page_has_the_same_headers_as_a_fresh_one(client, news_index):
    # Security headers, ETag and Cache-Control on every hit, not only on the first visit.
    article = article_create(news_index)
    first = client.get(article.url)
    second = client.get(article.url)
    assert second["X-Page-Cache"] == "hit"
    for header in (
        "Content-Type",
        "Content-Length",
        "Cache-Control",
        "ETag",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert second[header] == first[header], header


def test_redirect_to_the_current_url_is_answered_but_not_stored(client, news_index):
    # Any slug redirects: storing the answer would give every invented slug an entry.
    article = article_create(news_index, title="Nieuwe kop")
    old_url = article.url.replace("nieuwe-kop", "oude-kop")
    first = client.get(old_url)
    second = client.get(old_url)
    assert first.status_code == second.status_code == 301
    assert second["Location"] == first["Location"] == article.url
    assert "X-Page-Cache" not in second


def test_shared_caches_get_s_maxage_and_stale_while_revalidate(client, news_index):
    cache_control = client.get("/")["Cache-Control"]
    for part in ("public", "max-age=0", "s-maxage=10", "stale-while-revalidate=20"):
        assert part in cache_control


def test_anonymous_pages_do_not_vary_on_cookies(client, news_index):
    # Otherwise nginx or a CDN would keep one copy per reader's CSRF or voter cookie.
    assert "Cookie" not in client.get("/").get("Vary", "")
    assert "Cookie" not in client.get("/").get("Vary", "")  # the cached copy too


def test_etag_gives_304_when_nothing_changed(client, news_index):
    article_create(news_index)
    etag = client.get("/")["ETag"]
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_page_cached_by_a_head_request_answers_get_with_etag(client, news_index):
    article = article_create(news_index)
    assert client.head(article.url)["X-Page-Cache"] == "miss"
    response = client.get(article.url)
    assert response["X-Page-Cache"] == "hit"
    assert client.get(article.url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_etag_changes_when_the_page_changes(client, news_index):
    article = article_create(news_index, title="Eerste versie")
    etag = client.get(article.url)["ETag"]
    article.title = "Tweede versie"
    article.save_revision().publish()
    response = client.get(article.url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "Tweede versie" in response.content.decode()


def test_publishing_shows_on_cached_pages_at_once(client, news_index):
    article = article_create(news_index, title="Oud verhaal")
    client.get("/")
    client.get(article.url)
    article_create(news_index, title="Vers verhaal")
    assert "Vers verhaal" in client.get("/").content.decode()
    assert "Vers verhaal" in client.get(article.url).content.decode()  # "Meest recent"


def test_editing_and_unpublishing_show_at_once(client, news_index):
    article = article_create(news_index, title="Eerste kop")
    client.get(article.url)
    article.title = "Verbeterde kop"
    article.save_revision().publish()
    assert "Verbeterde kop" in client.get(article.url).content.decode()
    article.unpublish()
    assert client.get(article.url).status_code == 404
    assert "Verbeterde kop" not in client.get("/").content.decode()


def test_deleting_an_article_removes_it_from_cached_lists(client, news_index):
    article = article_create(news_index, title="Weg ermee")
    client.get("/")
    article.delete()
    assert "Weg ermee" not in client.get("/").content.decode()


def test_renaming_a_club_shows_at_once(client, news_index):
    club = ClubFactory(name="KFC Oudenaam", slug="oudenaam")
    article_create(news_index, clubs=[club])
    client.get("/club/oudenaam/")
    club.name = "KFC Nieuwenaam"
    club.save()
    assert "KFC Nieuwenaam" in client.get("/club/oudenaam/").content.decode()


def test_new_comment_shows_to_anonymous_readers_at_once(client, news_index, settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    article = article_create(news_index, title="Discussie")
    client.get(article.url)
    comments.comment_post(article=article, user=reader_create("Lezer"), body="Net geplaatst")
    assert "Net geplaatst" in client.get(article.url).content.decode()


def test_logged_in_readers_and_editors_are_never_served_cached_pages(news_index):
    article_create(news_index, title="Voor iedereen")
    Client().get("/")  # an anonymous visit fills the cache
    browser = Client()
    browser.force_login(reader_create("Ingelogd"))
    response = browser.get("/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_unknown_query_parameters_get_the_page_without_them(client, news_index):
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/?utm_source=spam")["X-Page-Cache"] == "hit"
    assert client.get("/nieuws/?pagina=2&x=1").status_code == 404  # 1 page: no page 2


def test_personal_endpoints_are_never_cached(client, news_index):
    article_create(news_index)
    for path in ("/api/me/", "/accounts/login/", "/admin/login/"):
        assert "X-Page-Cache" not in client.get(path), path


def test_switched_off_with_zero_seconds(client, news_index, settings):
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0
    client.get("/")
    assert "X-Page-Cache" not in client.get("/")
