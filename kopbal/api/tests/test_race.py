"""/api/race/<competition>/<season>/: the race per club, cached per season generation."""

import pytest
from django.core.management import call_command

from kopbal.football.models import Club, Match, Phase
from kopbal.football.openfootball import DATA_DIR
from kopbal.football.tests.factories import SeasonFactory
from kopbal.football.tests.test_import_command import league_clubs  # noqa: F401 (fixture)

from .conftest import get

pytestmark = pytest.mark.django_db

URL = "/api/race/jupiler-pro-league/2024-25/"


@pytest.fixture
def season_2024_25(league_clubs):  # noqa: F811
    call_command("import_openfootball", DATA_DIR / "2024-25" / "be1.txt")


def by_slug(response):
    return {club["club_slug"]: club for club in response.json()["clubs"]}


def test_the_regular_season_race_after_round_29(client, season_2024_25):
    data = get(client, f"{URL}?after_round=29").json()

    assert (data["competition"], data["season"], data["after_round"]) == (
        "jupiler-pro-league",
        "2024-25",
        29,
    )
    clubs = {c["club_slug"]: c for c in data["clubs"]}
    assert len(clubs) == 16
    genk = clubs["genk"]
    assert (genk["top6"], genk["points_needed"], genk["matches_left"]) == ("certain", 0, 1)
    assert {c["top6"] for c in clubs.values()} <= {"certain", "possible", "eliminated"}
    # Last after 29 rounds, out of reach of the top six.
    assert data["clubs"][-1]["top6"] == "eliminated"
    assert data["clubs"][-1]["points_needed"] is None


def test_the_title_race_two_rounds_before_the_end(client, season_2024_25):
    clubs = by_slug(get(client, f"{URL}?phase=champions&after_round=8"))

    union, brugge = clubs["union"], clubs["club-brugge"]
    assert (union["title"], union["title_points_needed"]) == ("possible", 6)
    # Brugge could still be champion, but only if Union drops points.
    assert (brugge["title"], brugge["title_points_needed"]) == ("possible", None)
    assert union["europe"] == "certain"


def test_the_barrage_after_the_last_round(client, season_2024_25):
    clubs = by_slug(get(client, f"{URL}?phase=relegation"))

    assert clubs["beerschot"]["barrage"] == "certain"
    assert {clubs[s]["barrage"] for s in clubs if s != "beerschot"} == {"eliminated"}


@pytest.mark.parametrize(
    ("query", "status", "code"),
    [
        ("?phase=beker", 400, "bad_phase"),
        ("?after_round=31", 400, "bad_after_round"),
        ("?after_round=-1", 400, "bad_after_round"),
        ("?after_round=tien", 400, "bad_after_round"),
        ("?after_round=%EF%BC%93", 400, "bad_after_round"),  # a full-width digit
        ("?ronde=3", 400, "unknown_parameter"),
    ],
)
def test_bad_parameters_are_a_400_in_dutch(client, season_2024_25, query, status, code):
    data = get(client, URL + query, status).json()
    assert data["error"] == code
    assert data["message"] and "must" not in data["message"]


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("/api/race/eredivisie/2024-25/", "unknown_competition"),
        ("/api/race/jupiler-pro-league/1999-00/", "unknown_season"),
        ("/api/race/jupiler-pro-league/2025-26/?phase=champions", "unknown_phase"),
    ],
)
def test_unknown_things_are_a_404_in_dutch(client, season_2024_25, url, code):
    SeasonFactory(name="2025-26")  # a season without play-offs yet
    assert get(client, url, 404).json()["error"] == code


def test_head_and_cors_work_and_a_saved_score_renews_the_cached_answer(client, season_2024_25):
    url = f"{URL}?phase=champions&after_round=9"
    first, second = get(client, url), get(client, url)
    assert (first["X-Api-Cache"], second["X-Api-Cache"]) == ("miss", "hit")
    assert second["Access-Control-Allow-Origin"] == "*"
    head = client.head(url, HTTP_HOST="localhost")
    assert head.status_code == 200 and head.content == b""

    # Union lose their ninth-round match after all: the answer is computed again.
    phase = Phase.objects.get(kind="champions", season__name="2024-25")
    union = Club.objects.get(slug="union")
    match = Match.objects.filter(phase=phase, round_number=9).for_club(union).get()
    union_home = match.home.slug == "union"
    match.home_goals, match.away_goals = (0, 5) if union_home else (5, 0)
    match.save()

    third = get(client, url)
    assert third["X-Api-Cache"] == "miss"
    assert by_slug(third)["union"]["points"] < by_slug(first)["union"]["points"]


def test_a_score_in_a_later_round_does_not_solve_an_earlier_race_again(
    client, season_2024_25, monkeypatch
):
    from kopbal.football import season_race

    url = f"{URL}?phase=champions&after_round=8"
    first = get(client, url)
    solved = []
    monkeypatch.setattr(
        season_race.race,
        "playoff_race",
        lambda *args, **kwargs: solved.append(args) or [],
    )
    phase = Phase.objects.get(kind="champions", season__name="2024-25")
    match = Match.objects.filter(phase=phase, round_number=10).first()
    match.home_goals, match.away_goals = 7, 0
    match.save()

    again = get(client, url)

    assert again["X-Api-Cache"] == "miss"  # the season changed: the answer is rebuilt...
    assert again.json() == first.json()  # ...from the race kept for those results
    assert solved == []


def test_a_state_before_the_halfway_point_is_refused_with_the_first_round_it_has(
    client, season_2024_25
):
    data = get(client, f"{URL}?after_round=5", 400).json()

    assert data["error"] == "too_early"
    assert "15" in data["message"]
    assert get(client, f"{URL}?after_round=15").json()["after_round"] == 15


def test_a_race_the_solver_cannot_prove_in_time_is_a_503_with_retry_after(
    client, season_2024_25, monkeypatch
):
    from kopbal.football.race import solver

    monkeypatch.setattr(solver, "SOLVER_SECONDS", 0.0)

    response = get(client, f"{URL}?after_round=20", 503)

    assert response.json()["error"] == "undecided"
    assert response["Retry-After"] == "60"
