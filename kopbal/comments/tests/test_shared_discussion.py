"""Anonymous readers share one rendering of a discussion, renewed by every change in it
and by nothing else; logged-in readers always get their own."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kopbal.comments.services import comment_post
from kopbal.comments.services.moderation import discussion_close, discussion_open
from kopbal.news.tests.factories import article_create

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shared_fragments(settings):
    settings.KOPBAL_FRAGMENT_CACHE_SECONDS = 600
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0  # every request renders its page


def comment_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in queries.captured_queries if "comments_comment" in q["sql"]]


def test_the_second_anonymous_reader_gets_the_discussion_without_its_queries(
    client, article, reader
):
    comment_post(article=article, user=reader, body="Wat een sfeer in het stadion!")
    assert comment_queries(client, article.url)
    assert comment_queries(client, article.url) == []
    assert "Wat een sfeer in het stadion!" in client.get(article.url).content.decode()


def test_a_new_comment_shows_at_once(client, article, reader):
    client.get(article.url)
    comment_post(article=article, user=reader, body="Eindelijk nog eens drie punten.")
    html = client.get(article.url).content.decode()
    assert "Eindelijk nog eens drie punten." in html
    assert f'data-comment-count="{article.pk}">1<' in html


def test_closing_the_discussion_shows_at_once(client, article, reader, admin_user):
    client.get(article.url)
    discussion_close(article=article, by=admin_user, reason="Te verhit")
    assert "Reageren is gesloten voor dit artikel." in client.get(article.url).content.decode()
    discussion_open(article=article, by=admin_user)
    client.force_login(reader)  # the discussion as a reader who may comment sees it
    html = client.get(article.url).content.decode()
    assert "Reageren is gesloten" not in html and 'name="body"' in html


def test_publishing_elsewhere_does_not_render_the_discussion_again(
    client, article, reader, news_index
):
    comment_post(article=article, user=reader, body="Blijft gewoon staan.")
    client.get(article.url)
    article_create(news_index, title="Ander nieuws")  # every page is rendered anew
    assert comment_queries(client, article.url) == []


def test_each_sort_and_page_is_its_own_fragment(client, article, reader):
    comment_post(article=article, user=reader, body="Eerste reactie van de dag.")
    client.get(article.url)
    html = client.get(article.url + "?reacties=oudste").content.decode()
    assert 'href="?reacties=oudste#reacties" aria-current="true"' in html


def test_logged_in_readers_never_get_the_anonymous_fragment_nor_leave_theirs(
    client, article, reader, other_reader
):
    comment_post(article=article, user=other_reader, body="Scheidsrechter had een slechte dag.")
    client.get(article.url)  # the anonymous fragment is stored
    client.force_login(reader)
    html = client.get(article.url).content.decode()
    assert "csrfmiddlewaretoken" in html and "Melden" in html
    client.logout()
    html = client.get(article.url).content.decode()
    assert "csrfmiddlewaretoken" not in html and "Melden" not in html
