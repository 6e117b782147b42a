"""A vote over HTTP in a pinned number of queries, with the results that include it."""

import pytest
from django.db import connection

from .factories import poll_create

pytestmark = pytest.mark.django_db


def test_a_vote_is_one_database_call_and_answers_with_the_results(
    client, django_assert_max_num_queries
):
    poll = poll_create(labels=("Ja", "Nee"))
    ja = poll.choices.first()
    client.get(f"/api/polls/{poll.pk}/")  # the voter cookie, as the page script gets it
    # The poll's snapshot (poll, counts, answers: cached for a second in production) and the
    # vote: one call of polls_vote_cast() on PostgreSQL; SQLite's INSERT in a transaction.
    with django_assert_max_num_queries(4 if connection.vendor == "postgresql" else 6):
        response = client.post(f"/api/polls/{poll.pk}/vote/", {"choice": ja.pk})
    assert response.status_code == 201
    body = response.json()
    assert body["my_vote"] == ja.pk
    assert body["total"] == 1
    assert [c["votes"] for c in body["choices"]] == [1, 0]


def test_a_second_vote_from_the_same_browser_is_refused_in_dutch(client):
    poll = poll_create(labels=("Ja", "Nee"))
    ja, nee = poll.choices.all()
    client.get(f"/api/polls/{poll.pk}/")
    assert client.post(f"/api/polls/{poll.pk}/vote/", {"choice": ja.pk}).status_code == 201
    again = client.post(f"/api/polls/{poll.pk}/vote/", {"choice": nee.pk})
    assert again.status_code == 409
    assert again.json()["error"] == "already_voted"
    assert "al gestemd" in again.json()["message"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL function")
def test_the_vote_function_plans_its_lookups_once_per_connection():
    # Replanned on every call, a vote's database time grew with the rows added since the
    # votes table was last analyzed (0.5 -> 3 ms at 24,000 votes: migration 0004).
    with connection.cursor() as cursor:
        cursor.execute("SELECT proconfig FROM pg_proc WHERE proname = 'polls_vote_cast'")
        (config,) = cursor.fetchone()
    assert "plan_cache_mode=force_generic_plan" in config
