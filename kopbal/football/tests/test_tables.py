"""Season tables as pages read them: from the database, cached per change of the matches."""

import pytest
from django.core.management import call_command

from kopbal.core import generations
from kopbal.football import tables
from kopbal.football.models import Competition, Match, Phase, Season
from kopbal.football.openfootball import DATA_DIR

from .test_import_command import league_clubs  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def season_2024_25(league_clubs):  # noqa: F811
    call_command("import_openfootball", DATA_DIR / "2024-25" / "be1.txt")
    return Competition.objects.get(slug="jupiler-pro-league"), Season.objects.get(name="2024-25")


def test_the_tables_of_2024_25_come_in_phase_order_with_genk_and_union_on_top(season_2024_25):
    competition, season = season_2024_25

    found = tables.season_tables(competition, season)

    assert [t.phase.kind for t in found] == ["regular", "champions", "europe", "relegation"]
    regular, champions = found[0].rows, found[1].rows
    assert (regular[0].club.slug, regular[0].points) == ("genk", 68)
    assert champions[0].club.slug == "union"
    assert len(regular) == 16 and [len(t.rows) for t in found[1:]] == [6, 6, 4]


def test_a_cached_table_costs_three_queries_and_a_saved_score_renews_it(
    season_2024_25, django_assert_max_num_queries
):
    competition, season = season_2024_25
    tables.season_tables(competition, season)
    with django_assert_max_num_queries(3):
        tables.season_tables(competition, season)

    # The leader's last home match of the regular season becomes a heavy defeat.
    regular = Phase.objects.get(competition=competition, season=season, kind="regular")
    leader = tables.season_tables(competition, season)[0].rows[0]
    match = Match.objects.filter(phase=regular, home=leader.club).order_by("-kickoff").first()
    before = generations.read(tables.season_key(competition, season))
    match.home_goals, match.away_goals = 0, 9
    match.save()

    assert generations.read(tables.season_key(competition, season)) != before
    rows = tables.season_tables(competition, season)[0].rows
    row = next(r for r in rows if r.club == leader.club)
    assert row.goals_against > leader.goals_against


def test_a_live_score_does_not_count_in_the_table(season_2024_25):
    competition, season = season_2024_25
    regular = Phase.objects.get(competition=competition, season=season, kind="regular")
    match = Match.objects.filter(phase=regular).first()
    played_before = {r.club.pk: r.played for r in tables.season_tables(competition, season)[0].rows}
    match.status, match.minute = Match.Status.LIVE, 12
    match.save()

    played = {r.club.pk: r.played for r in tables.season_tables(competition, season)[0].rows}

    assert played[match.home_id] == played_before[match.home_id] - 1
