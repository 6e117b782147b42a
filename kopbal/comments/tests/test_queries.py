"""A long discussion renders in a fixed number of queries, however long it gets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kopbal.comments.counts import recount
from kopbal.comments.models import Comment

from .conftest import reader_create

pytestmark = pytest.mark.django_db


def add_comments(article, authors, count):
    comments = Comment.objects.bulk_create(
        Comment(article=article, author=authors[i % len(authors)], body=f"Reactie {i}")
        for i in range(count)
    )
    # Every fifth comment gets two replies.
    Comment.objects.bulk_create(
        Comment(article=article, author=authors[j % len(authors)], parent=c, body="Antwoord")
        for c in comments[::5]
        for j in range(2)
    )
    recount([article.pk])


def queries_for(client, url) -> int:
    client.get(url)  # warm caches that fill once per process (site root, templates)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("logged_in", [False, True])
def test_article_with_700_comments_runs_as_many_queries_as_with_60(client, news_index, logged_in):
    from kopbal.news.tests.factories import article_create

    authors = [reader_create(f"Lezer{i}") for i in range(10)]
    small = article_create(news_index, title="Kleine discussie")
    large = article_create(news_index, title="Grote discussie")
    add_comments(small, authors, 60)
    add_comments(large, authors, 700)
    if logged_in:
        client.force_login(authors[0])
    assert queries_for(client, large.url) == queries_for(client, small.url)
    html = client.get(large.url).content.decode()
    assert html.count('class="comment ') + html.count('class="comment"') >= 50


@pytest.mark.parametrize("logged_in", [False, True])
def test_article_nobody_reacted_to_asks_nothing_of_the_comments(
    client, news_index, settings, logged_in
):
    """Most articles have no comment yet: their empty discussion costs no comment query,
    and it still invites the first one. A held comment is not a visible one."""
    # Rendered every time, as after a change.
    settings.KOPBAL_PAGE_CACHE_SECONDS = settings.KOPBAL_FRAGMENT_CACHE_SECONDS = 0
    from kopbal.comments.tests.factories import comment_create
    from kopbal.news.tests.factories import article_create

    reader = reader_create("Eerste")
    article = article_create(news_index, title="Nog geen reacties")
    comment_create(article=article, author=reader, body="Wacht op de redactie", status="pending")
    if logged_in:
        client.force_login(reader)
    client.get(article.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    html = response.content.decode()
    assert "data-comments-empty" in html
    assert "Wacht op de redactie" not in html
    assert not [q["sql"] for q in queries if '"comments_comment"' in q["sql"]]

    comment_create(article=article, author=reader, body="Nu wel zichtbaar")
    html = client.get(article.url).content.decode()
    assert "Nu wel zichtbaar" in html and "data-comments-empty" not in html
