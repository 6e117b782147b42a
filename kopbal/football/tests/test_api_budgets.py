"""The football API and the season tables run a fixed number of queries, however many
clubs and matches a season has: cold (nothing cached), and warm (the answer stored)."""

import datetime
import itertools

import pytest
from django.core.cache import cache

from kopbal.football import tables
from kopbal.football.models import Match, Phase

from .factories import ClubFactory, CompetitionFactory, MatchFactory, PhaseFactory, SeasonFactory

pytestmark = pytest.mark.django_db

# Raising one of these needs a reason in the commit message.
# Cold: the site generation, competition, season, the season's generation, phases,
# matches, club names, clubs with crests.
STANDINGS_COLD = 8
# Cold: the site generation, competition, season, club, phases, their generations, matches.
MATCHES_COLD = 7
# Stored answers: one query for every generation they are stamped with.
WARM = 1
# tables.season_tables: generation, phases, clubs; computing adds matches and club names.
TABLES_COLD = 5
TABLES_WARM = 3

STANDINGS = "/api/standings/jpl/2025-26/"
MATCHES = "/api/matches/?competition=jpl&season=2025-26&club=club-0&limit=100"


@pytest.fixture
def phase():
    return PhaseFactory(
        competition=CompetitionFactory(slug="jpl"),
        season=SeasonFactory(name="2025-26"),
        kind=Phase.Kind.REGULAR,
    )


def season_of(phase, clubs: int):
    """A double round robin of `clubs` clubs, the first half of it played."""
    teams = [ClubFactory(slug=f"club-{n}") for n in range(clubs)]
    start = datetime.datetime(2025, 8, 1, 18, 45, tzinfo=datetime.UTC)
    pairs = list(itertools.permutations(teams, 2))
    for n, (home, away) in enumerate(pairs):
        played = n < len(pairs) // 2
        MatchFactory(
            phase=phase,
            home=home,
            away=away,
            round_number=n // max(1, clubs // 2) + 1,
            kickoff=start + datetime.timedelta(hours=n),
            status=Match.Status.FINISHED if played else Match.Status.SCHEDULED,
            home_goals=n % 3 if played else None,
            away_goals=n % 2 if played else None,
        )


def cold(client, url, django_assert_max_num_queries, budget):
    cache.clear()
    with django_assert_max_num_queries(budget):
        response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200
    return response.json()


def warm(client, url, django_assert_max_num_queries):
    client.get(url, HTTP_HOST="localhost")
    with django_assert_max_num_queries(WARM):
        response = client.get(url, HTTP_HOST="localhost")
    assert response["X-Api-Cache"] == "hit"


@pytest.mark.parametrize("clubs", [4, 16])
def test_standings_run_a_fixed_number_of_queries(
    client, phase, clubs, django_assert_max_num_queries
):
    season_of(phase, clubs)
    data = cold(client, STANDINGS, django_assert_max_num_queries, STANDINGS_COLD)
    assert len(data["rows"]) == clubs
    warm(client, STANDINGS, django_assert_max_num_queries)


@pytest.mark.parametrize("clubs", [4, 16])
def test_matches_run_a_fixed_number_of_queries(client, phase, clubs, django_assert_max_num_queries):
    season_of(phase, clubs)
    data = cold(client, MATCHES, django_assert_max_num_queries, MATCHES_COLD)
    assert len(data["results"]) == 2 * (clubs - 1)
    warm(client, MATCHES, django_assert_max_num_queries)


@pytest.mark.parametrize("clubs", [4, 16])
def test_season_tables_run_a_fixed_number_of_queries(phase, clubs, django_assert_max_num_queries):
    season_of(phase, clubs)
    cache.clear()
    with django_assert_max_num_queries(TABLES_COLD):
        (table,) = tables.season_tables(phase.competition, phase.season)
    assert len(table.rows) == clubs
    with django_assert_max_num_queries(TABLES_WARM):
        tables.season_tables(phase.competition, phase.season)
