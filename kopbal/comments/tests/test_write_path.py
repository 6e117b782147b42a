"""A comment post over HTTP: what the reader gets back, in a pinned number of queries, and
nothing lost or doubled when many post at once (threads, each its own connection)."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections

from kopbal.comments import counts
from kopbal.comments.models import Comment
from kopbal.comments.services import CommentRefused, comment_post
from kopbal.news.tests.factories import article_create

from .conftest import reader_create

API = "/api/articles/{}/comments/"


def post(client, article, body, **fields):
    return client.post(
        API.format(article.pk), {"body": body, **fields}, HTTP_ACCEPT="application/json"
    )


@pytest.mark.django_db
def test_a_post_answers_with_the_new_count_in_few_queries(
    client, article, reader, django_assert_max_num_queries
):
    client.force_login(reader)
    assert post(client, article, "De eerste van de avond").status_code == 201
    # Session, reader, article, the post itself (one call on PostgreSQL), the counter (which
    # gives the count for the answer), the cached pages' generation (and SQLite's checks).
    with django_assert_max_num_queries(8 if connection.vendor == "postgresql" else 17):
        response = post(client, article, "En nog een, na de rust")
    assert response.status_code == 201
    assert response.json()["count"] == 2
    assert counts.counts_for([article.pk]) == {article.pk: 2}


@pytest.mark.django_db
def test_a_reply_joins_the_thread_and_counts(client, article, reader, other_reader):
    client.force_login(reader)
    first = post(client, article, "Wie wint er vanavond?").json()
    client.force_login(other_reader)
    reply = post(client, article, "Wij natuurlijk", parent=first["id"]).json()
    client.force_login(reader)
    answer = post(client, article, "Dat zien we nog", parent=reply["id"])
    assert answer.status_code == 201
    assert answer.json()["parent"] == first["id"]
    assert answer.json()["count"] == 3


@pytest.mark.django_db
def test_refusals_keep_their_dutch_messages_and_store_nothing(client, article, reader):
    client.force_login(reader)
    assert post(client, article, "Zelfde tekst").status_code == 201
    duplicate = post(client, article, "Zelfde tekst")
    assert duplicate.status_code == 409
    assert duplicate.json()["error"] == "duplicate"
    bad_parent = post(client, article, "Antwoord op niets", parent="987654321")
    assert bad_parent.status_code == 400
    assert bad_parent.json()["error"] == "bad_parent"
    assert Comment.objects.filter(article=article).count() == 1
    assert counts.counts_for([article.pk]) == {article.pk: 1}


def at_once(count, call):
    """call(i) for i in range(count) from threads released together: the outcomes."""
    start = threading.Barrier(count)

    def run(i):
        start.wait()
        try:
            call(i)
            return "stored"
        except CommentRefused as exc:
            return exc.code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_many_readers_posting_at_once_are_all_stored_and_counted(news_index):
    article = article_create(news_index, title="Derby in de regen")
    readers = [reader_create(f"Fan{i}") for i in range(24)]
    outcomes = at_once(
        24,
        lambda i: comment_post(article=article, user=readers[i], body=f"Reactie {i}"),
    )
    assert outcomes == ["stored"] * 24
    assert Comment.objects.filter(article=article).count() == 24
    assert counts.counts_for([article.pk]) == {article.pk: 24}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_reader_posting_at_once_gets_exactly_the_budget(news_index, settings):
    settings.KOPBAL_COMMENTS_PER_MINUTE = 3
    article = article_create(news_index, title="Beker in de mist")
    reader = reader_create("Snelle")
    outcomes = at_once(12, lambda i: comment_post(article=article, user=reader, body=f"Snel {i}"))
    assert sorted(outcomes) == ["rate_limited"] * 9 + ["stored"] * 3
    assert Comment.objects.filter(article=article).count() == 3
    assert counts.counts_for([article.pk]) == {article.pk: 3}


@pytest.mark.django_db
def test_a_post_held_for_moderation_answers_with_the_unchanged_count(
    client, article, reader, other_reader, settings, news_index
):
    elsewhere = article_create(news_index, title="Ander verhaal")
    client.force_login(other_reader)
    post(client, elsewhere, "Een zichtbare reactie")
    assert post(client, elsewhere, "Nog een zichtbare").json()["count"] == 2
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 5
    client.force_login(reader)  # a new reader: the first posts wait for a moderator
    answer = post(client, article, "Mijn eerste reactie ooit")
    assert answer.status_code == 201
    assert answer.json()["status"] == "pending"
    assert answer.json()["count"] == 0
