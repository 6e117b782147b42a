"""/competitie/<slug>/race/ and its what-if page, readable without JavaScript."""

import pytest
from django.core.management import call_command

from kopbal.football.models import Match, Phase
from kopbal.football.openfootball import DATA_DIR

from .test_import_command import league_clubs  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

RACE = "/competitie/jupiler-pro-league/race/"
WHATIF = "/competitie/jupiler-pro-league/race/wat-als/"


@pytest.fixture
def season_2024_25(league_clubs):  # noqa: F811
    call_command("import_openfootball", DATA_DIR / "2024-25" / "be1.txt")


@pytest.fixture
def last_round_open(season_2024_25):
    """The Champions' Play-Offs before their last round: three matches still to play."""
    phase = Phase.objects.get(kind="champions", season__name="2024-25")
    Match.objects.filter(phase=phase, round_number=10).update(
        status=Match.Status.SCHEDULED, home_goals=None, away_goals=None
    )
    return list(
        Match.objects.filter(phase=phase, round_number=10).with_clubs().order_by("kickoff", "pk")
    )


def text(response) -> str:
    return " ".join(response.content.decode().split())


def test_after_the_regular_season_the_race_page_shows_the_play_offs(client, season_2024_25):
    page = text(client.get(RACE))

    assert "Play-Offs" in page or "Play-offs" in page
    assert "Zeker van de titel" in page  # Union, the champion
    assert "Zeker van een Europees ticket" in page


def test_the_regular_season_race_in_plain_dutch(client, season_2024_25):
    page = text(client.get(f"{RACE}?fase=regulier"))

    assert "Zeker van Play-Off I" in page
    assert "Kan Play-Off I niet meer halen" in page


def test_the_title_race_before_the_last_round_says_what_union_needs(client, last_round_open):
    page = text(client.get(f"{RACE}?fase=po1"))

    # Union lead Brugge by one point with one match left: a draw is not enough on its own.
    assert "Heeft nog 3 punten nodig" in page or "Heeft nog 1 punt nodig" in page


def test_unknown_competition_phase_or_season_is_a_404(client, season_2024_25):
    assert client.get("/competitie/eredivisie/race/").status_code == 404
    assert client.get(f"{RACE}?fase=beker").status_code == 404
    assert client.get(f"{RACE}?seizoen=1999-00").status_code == 404


def test_a_picked_result_changes_the_table_without_javascript(client, last_round_open):
    page = client.get(f"{WHATIF}?fase=po1")
    fixtures = page.context["rounds"][0][1]
    assert [f["match"] for f in fixtures] == last_round_open
    first = fixtures[0]
    away = first["match"].away
    before = next(line for line in page.context["table"] if line.club == away)

    picked = client.get(f"{WHATIF}?fase=po1&{first['name']}=2")

    after = next(line for line in picked.context["table"] if line.club == away)
    assert (after.points, after.played) == (before.points + 3, before.played + 1)
    assert f'id="{first["name"]}-2" name="{first["name"]}" value="2" checked' in text(picked)


def test_a_nonsense_pick_is_ignored(client, last_round_open):
    page = client.get(f"{WHATIF}?fase=po1&u1=<script>")
    assert page.status_code == 200
    assert "<script>" not in page.content.decode().split("</h1>")[1].split("whatif-data")[0]


def test_the_race_page_costs_a_fixed_number_of_queries_once_computed(
    client, season_2024_25, django_assert_max_num_queries
):
    client.get(RACE)
    with django_assert_max_num_queries(12):
        client.get(RACE)


def test_the_race_is_cached_for_everyone_but_a_readers_picks_are_not(client, last_round_open):
    assert client.get(f"{RACE}?fase=po1")["X-Page-Cache"] == "miss"
    assert client.get(f"{RACE}?fase=po1")["X-Page-Cache"] == "hit"
    assert client.get(f"{WHATIF}?fase=po1")["X-Page-Cache"] == "miss"

    picked = client.get(f"{WHATIF}?fase=po1&u1=1")
    again = client.get(f"{WHATIF}?fase=po1&u1=1")

    assert picked.status_code == again.status_code == 200
    assert "X-Page-Cache" not in again  # answered, never stored


def test_a_saved_score_renews_the_cached_race(client, last_round_open):
    before = client.get(f"{RACE}?fase=po1")
    match = last_round_open[0]
    match.status, match.home_goals, match.away_goals = Match.Status.FINISHED, 2, 0
    match.save()

    after = client.get(f"{RACE}?fase=po1")

    assert after["X-Page-Cache"] == "miss"
    assert after.content != before.content


def test_before_the_halfway_point_the_race_page_says_from_when_it_is_worked_out(client, db):
    from kopbal.football.tests.factories import ClubFactory, MatchFactory, PhaseFactory

    phase = PhaseFactory(competition__slug="vroeg", kind="regular")
    clubs = ClubFactory.create_batch(4)
    # Six rounds of a four-club league; only the first is played.
    for number in range(1, 7):
        for home, away in ((0, 1), (2, 3)) if number % 2 else ((1, 2), (3, 0)):
            MatchFactory(
                phase=phase,
                round_number=number,
                home=clubs[home],
                away=clubs[away],
                status="finished" if number == 1 else "scheduled",
                home_goals=1 if number == 1 else None,
                away_goals=0 if number == 1 else None,
            )

    response = client.get("/competitie/vroeg/race/")

    assert response.status_code == 200
    assert "vanaf speeldag 3" in response.content.decode()
