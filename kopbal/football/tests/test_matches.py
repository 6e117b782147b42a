"""Matches: the rules the database keeps, the read rules pages use, the admin screens."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from kopbal.football.models import Match
from kopbal.football.tests.factories import ClubFactory, MatchFactory, PhaseFactory

pytestmark = pytest.mark.django_db


def test_a_club_cannot_play_itself():
    club = ClubFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        MatchFactory(home=club, away=club)


def test_the_same_fixture_cannot_be_stored_twice_in_one_round():
    match = MatchFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        MatchFactory(phase=match.phase, home=match.home, away=match.away, round_number=1)
    # The return fixture, or the same one in another round, is a different match.
    MatchFactory(phase=match.phase, home=match.away, away=match.home, round_number=1)
    MatchFactory(phase=match.phase, home=match.home, away=match.away, round_number=2)


def test_a_finished_match_needs_a_score():
    with pytest.raises(IntegrityError), transaction.atomic():
        MatchFactory(status=Match.Status.FINISHED)
    MatchFactory(status=Match.Status.FINISHED, home_goals=0, away_goals=0)


def test_read_rules_split_results_from_fixtures_and_find_a_clubs_matches():
    phase = PhaseFactory()
    club = ClubFactory()
    result = MatchFactory(phase=phase, home=club, home_goals=2, away_goals=0, status="finished")
    later = MatchFactory(
        phase=phase,
        away=club,
        round_number=3,
        kickoff=datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC),
    )
    sooner = MatchFactory(
        phase=phase, round_number=2, kickoff=datetime.datetime(2026, 2, 1, tzinfo=datetime.UTC)
    )
    unknown = MatchFactory(phase=phase, round_number=4, kickoff=None)
    live = MatchFactory(phase=phase, round_number=2, status="live", home_goals=0, away_goals=0)

    assert list(Match.objects.finished()) == [result]
    assert list(Match.objects.upcoming()) == [sooner, later, unknown]
    assert list(Match.objects.in_play()) == [live]
    assert set(Match.objects.for_club(club)) == {result, later}
    assert set(Match.objects.in_round(phase, 2)) == {sooner, live}


def test_the_newsroom_lists_matches_filtered_by_status_in_the_admin(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chef", "c@example.com", "pw"))
    MatchFactory(
        home=ClubFactory(name="KV Thuisploeg"), status="finished", home_goals=1, away_goals=0
    )
    MatchFactory(home=ClubFactory(name="KV Later"))

    listing = client.get("/admin/snippets/football/match/", {"status": "finished"})

    assert listing.status_code == 200
    html = listing.content.decode()
    assert "KV Thuisploeg" in html and "KV Later" not in html
    assert client.get("/admin/snippets/football/match/", {"q": "Later"}).status_code == 200
    assert client.get("/admin/snippets/football/phase/").status_code == 200
    assert client.get("/admin/snippets/football/season/").status_code == 200
