"""Many readers voting in the same instant: nothing lost, nothing doubled.

Each thread has its own database connection, so these tests commit for real
(transactional), on SQLite (WAL, IMMEDIATE transactions) and on PostgreSQL alike.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections

from kopbal.polls.models import Vote
from kopbal.polls.services import AlreadyVoted, TooManyVotes, vote_cast
from kopbal.polls.voters import Voter

from .factories import poll_create

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def workers() -> int:
    # PostgreSQL allows 100 connections by default; leave room for the test itself.
    return 200 if connection.vendor == "sqlite" else 60


def run_at_once(count, vote):
    """Call vote(i) for i in range(count) from many threads released together."""
    threads = min(count, workers())
    start = threading.Barrier(threads)

    def call(i):
        if i < threads:
            start.wait()
        try:
            vote(i)
            return "counted"
        except (AlreadyVoted, TooManyVotes) as exc:
            return exc.code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(call, range(count)))


def test_200_simultaneous_votes_are_all_counted_exactly(settings):
    settings.KOPBAL_POLL_VOTES_PER_IP_PER_HOUR = 10_000
    poll = poll_create(labels=("Ja", "Nee"))
    ja, nee = poll.choices.all()

    outcomes = run_at_once(
        200,
        lambda i: vote_cast(
            poll=poll,
            choice_id=(ja, nee)[i % 2].pk,
            voter=Voter(key=f"c:reader-{i}", ip_hash=f"{i % 17:064x}"),
        ),
    )
    assert outcomes == ["counted"] * 200
    assert Vote.objects.filter(poll=poll).count() == 200
    assert Vote.objects.counts_by_choice(poll) == {ja.pk: 100, nee.pk: 100}


def test_one_voter_voting_from_many_tabs_at_once_counts_once():
    poll = poll_create(labels=("Ja", "Nee"))
    ja = poll.choices.first()
    voter = Voter(key="c:same-browser", ip_hash="a" * 64)

    outcomes = run_at_once(30, lambda i: vote_cast(poll=poll, choice_id=ja.pk, voter=voter))
    assert outcomes.count("counted") == 1
    assert outcomes.count("already_voted") == 29
    assert Vote.objects.filter(poll=poll).count() == 1


def test_ip_ceiling_holds_under_a_simultaneous_burst(settings):
    settings.KOPBAL_POLL_VOTES_PER_IP_PER_HOUR = 10
    poll = poll_create(labels=("Ja", "Nee"))
    ja = poll.choices.first()

    outcomes = run_at_once(
        40,
        lambda i: vote_cast(
            poll=poll, choice_id=ja.pk, voter=Voter(key=f"c:bot-{i}", ip_hash="b" * 64)
        ),
    )
    assert outcomes.count("counted") == 10
    assert outcomes.count("rate_limited") == 30
    assert Vote.objects.filter(poll=poll).count() == 10
