"""Shared poll results: counted at most once per KOPBAL_POLL_RESULTS_SECONDS for all
readers, while every vote is still checked against the database at once."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from kopbal.polls import snapshot
from kopbal.polls.models import Poll, Vote

from .factories import poll_create

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shared_results(settings):
    settings.KOPBAL_POLL_RESULTS_SECONDS = 60
    cache.clear()
    snapshot.forget()


def time_is_up():
    """The shared snapshot's time is up: gone from the cache and from every worker."""
    cache.clear()
    snapshot.forget()


@pytest.fixture
def poll():
    return poll_create(question="Wint Antwerp de derby?", labels=("Ja", "Nee"))


def reader_at(ip: str) -> Client:
    client = Client(REMOTE_ADDR=ip)
    return client


def vote(client, poll, choice):
    client.get(f"/api/polls/{poll.pk}/")  # the voter cookie
    return client.post(f"/api/polls/{poll.pk}/vote/", {"choice": choice.pk})


def test_a_reader_always_sees_their_own_vote_in_the_results(poll):
    ja, nee = poll.choices.all()
    reader_at("10.0.0.1").get(f"/api/polls/{poll.pk}/")  # snapshot of an empty poll
    # Both snapshots predate the votes: each reader's own vote is added to it.
    assert [c["votes"] for c in vote(reader_at("10.0.0.1"), poll, ja).json()["choices"]] == [1, 0]
    second = reader_at("10.0.0.2")
    body = vote(second, poll, nee).json()
    assert [c["votes"] for c in body["choices"]] == [0, 1]
    assert body["my_vote"] == nee.pk
    time_is_up()
    # A snapshot taken after the vote counts it once, not twice.
    body = second.get(f"/api/polls/{poll.pk}/").json()
    assert [c["votes"] for c in body["choices"]] == [1, 1]


def test_other_readers_votes_show_once_the_snapshot_is_renewed(poll):
    ja, _nee = poll.choices.all()
    first = reader_at("10.0.0.1")
    vote(first, poll, ja)
    for i in range(2, 5):
        vote(reader_at(f"10.0.0.{i}"), poll, ja)
    assert first.get(f"/api/polls/{poll.pk}/").json()["total"] == 1  # shared, not recounted
    time_is_up()
    assert first.get(f"/api/polls/{poll.pk}/").json()["total"] == 4
    assert Vote.objects.filter(poll=poll).count() == 4  # nothing was ever held back


def test_reading_a_shared_snapshot_does_not_count_votes(poll):
    client = reader_at("10.0.0.1")
    client.get(f"/api/polls/{poll.pk}/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/api/polls/{poll.pk}/").status_code == 200
    assert not [q for q in queries.captured_queries if "COUNT" in q["sql"].upper()]


def test_closing_the_poll_stops_votes_at_once_even_with_a_shared_snapshot(poll):
    client = reader_at("10.0.0.1")
    client.get(f"/api/polls/{poll.pk}/")  # snapshot taken while the poll was open
    Poll.objects.filter(pk=poll.pk).update(is_closed=True)
    response = client.post(f"/api/polls/{poll.pk}/vote/", {"choice": poll.choices.first().pk})
    assert response.status_code == 403
    assert response.json()["error"] == "closed"
    assert not Vote.objects.filter(poll=poll).exists()


def test_a_deleted_poll_refuses_votes_even_with_a_shared_snapshot(poll):
    client = reader_at("10.0.0.1")
    client.get(f"/api/polls/{poll.pk}/")
    choice_id = poll.choices.first().pk
    Poll.objects.filter(pk=poll.pk).delete()
    response = client.post(f"/api/polls/{poll.pk}/vote/", {"choice": choice_id})
    assert response.status_code == 404
    assert response.json()["message"] == "Deze poll bestaat niet."


def test_a_worker_keeps_a_snapshot_only_for_the_rest_of_its_time(poll, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(snapshot, "_clock", lambda: now[0])
    ja, _nee = poll.choices.all()
    reader = reader_at("10.0.0.1")
    reader.get(f"/api/polls/{poll.pk}/")  # counted at 1000, shared for 60 s
    vote(reader_at("10.0.0.2"), poll, ja)
    cache.clear()  # another worker's view: gone from the cache, this worker still has it
    now[0] = 1059.0
    assert reader.get(f"/api/polls/{poll.pk}/").json()["total"] == 0
    now[0] = 1060.5  # no worker may show it any longer
    assert reader.get(f"/api/polls/{poll.pk}/").json()["total"] == 1
