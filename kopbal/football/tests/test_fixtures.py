"""The read helpers behind the matchday and club pages, on constructed seasons."""

import pytest

from kopbal.football import fixtures
from kopbal.football.models import Match

from .factories import ClubFactory, CompetitionFactory, season_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def rounds():
    """Four clubs, three rounds of two matches: round 1 played."""
    competition = CompetitionFactory()
    return season_create(competition, [ClubFactory(competition=competition) for _ in range(4)])


def test_the_current_round_is_the_first_with_a_match_to_play(rounds):
    phase = rounds[0][0].phase

    assert fixtures.current_round(phase) == 2


def test_a_postponed_match_does_not_hold_the_current_round_back(rounds):
    phase = rounds[0][0].phase
    Match.objects.filter(pk=rounds[0][0].pk).update(
        status=Match.Status.POSTPONED, home_goals=None, away_goals=None
    )

    assert fixtures.current_round(phase) == 2


def test_when_every_round_is_played_the_current_round_is_the_last(rounds):
    phase = rounds[0][0].phase
    Match.objects.filter(phase=phase).update(
        status=Match.Status.FINISHED, home_goals=1, away_goals=1
    )

    assert fixtures.current_round(phase) == 3
    assert fixtures.current_phase([phase], fixtures.phase_rounds([phase])) == phase


def test_a_club_summary_has_its_line_its_next_match_and_its_results(rounds):
    club = rounds[0][0].home

    summary = fixtures.club_summary(club)

    # Both winners of round 1 stand level on everything: the names order them.
    assert summary.row.points == 3 and summary.row.position in (1, 2)
    assert summary.next_match.round_number == 2
    assert [m.round_number for m in summary.last_results] == [1]
