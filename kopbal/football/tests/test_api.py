"""The football read API: /api/standings/<competition>/<season>/ and /api/matches/."""

import datetime
import json
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from kopbal.api.cursor import cursor_encode
from kopbal.football.models import Match, Phase
from kopbal.football.openfootball import DATA_DIR

from .factories import ClubFactory, CompetitionFactory, MatchFactory, PhaseFactory, SeasonFactory
from .test_import_command import league_clubs  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

STANDINGS = "/api/standings/jupiler-pro-league/2024-25/"
BRUSSELS_SUMMER = datetime.timezone(datetime.timedelta(hours=2))


def get(client, url, status=200, **extra):
    response = client.get(url, HTTP_HOST="localhost", **extra)
    assert response.status_code == status, (url, response.content[:300])
    return response


@pytest.fixture
def season_2024_25(league_clubs):  # noqa: F811
    call_command("import_openfootball", DATA_DIR / "2024-25" / "be1.txt")


@pytest.fixture
def league():
    """A small league: 2025-26, four clubs, matchday 1 played, matchday 2 to come."""
    competition = CompetitionFactory(slug="jupiler-pro-league", name="Jupiler Pro League")
    season = SeasonFactory(name="2025-26")
    phase = PhaseFactory(competition=competition, season=season, kind=Phase.Kind.REGULAR)
    clubs = [ClubFactory(slug=slug, name=name) for slug, name in CLUBS]
    anderlecht, brugge, genk, gent = clubs
    kickoff = datetime.datetime(2025, 8, 2, 18, 45, tzinfo=datetime.UTC)
    played = dict(status=Match.Status.FINISHED, phase=phase, round_number=1)
    MatchFactory(home=anderlecht, away=brugge, home_goals=2, away_goals=1, kickoff=kickoff,
                 home_goals_half_time=1, away_goals_half_time=0, **played)  # fmt: skip
    MatchFactory(home=genk, away=gent, home_goals=0, away_goals=0,
                 kickoff=kickoff + datetime.timedelta(hours=2), **played)  # fmt: skip
    later = dict(phase=phase, round_number=2)
    MatchFactory(home=brugge, away=genk, kickoff=kickoff + datetime.timedelta(days=7), **later)
    MatchFactory(home=gent, away=anderlecht, kickoff=None, **later)
    return phase


CLUBS = [
    ("anderlecht", "RSC Anderlecht"),
    ("club-brugge", "Club Brugge"),
    ("genk", "KRC Genk"),
    ("gent", "KAA Gent"),
]


# --- standings ------------------------------------------------------------------------


def test_the_2024_25_regular_table_has_genk_first_with_68_points_and_every_column(
    client, season_2024_25
):
    data = get(client, STANDINGS).json()

    assert (data["competition"], data["season"], data["phase"]) == (
        "jupiler-pro-league",
        "2024-25",
        "regular",
    )
    assert len(data["rows"]) == 16
    genk = data["rows"][0]
    assert genk == {
        "position": 1,
        "club": "KRC Genk",
        "club_slug": "genk",
        "played": 30,
        "won": 21,
        "drawn": 5,
        "lost": 4,
        "goals_for": 55,
        "goals_against": 33,
        "goal_difference": 22,
        "points": 68,
        "form": genk["form"],
    }
    assert len(genk["form"]) == 5 and set(genk["form"]) <= {"W", "D", "L"}


def test_a_play_off_table_shows_the_carried_points_and_the_half_point(client, season_2024_25):
    rows = get(client, STANDINGS + "?phase=champions").json()["rows"]

    union, brugge = rows[0], rows[1]
    assert (union["club_slug"], union["points"]) == ("union", 56)
    assert (union["carried_points"], union["rounded_up"]) == (28, True)
    genk = next(r for r in rows if r["club_slug"] == "genk")
    assert (genk["carried_points"], genk["rounded_up"]) == (34, False)
    assert brugge["club_slug"] == "club-brugge"
    relegation = get(client, STANDINGS + "?phase=relegation").json()["rows"]
    assert [r["rounded_up"] for r in relegation] == [False] * 4


def test_the_standings_answer_is_public_cacheable_and_open_to_every_origin(client, league):
    response = get(client, "/api/standings/jupiler-pro-league/2025-26/")

    assert "public" in response["Cache-Control"]
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["ETag"]
    head = client.head("/api/standings/jupiler-pro-league/2025-26/", HTTP_HOST="localhost")
    assert head.status_code == 200 and head.content == b""
    assert get(client, "/api/standings/jupiler-pro-league/2025-26/", 304,
               HTTP_IF_NONE_MATCH=response["ETag"]).content == b""  # fmt: skip


@pytest.mark.parametrize(
    ("url", "status", "error", "words"),
    [
        ("/api/standings/bestaat-niet/2025-26/", 404, "unknown_competition", "Er is geen"),
        ("/api/standings/jupiler-pro-league/1999-00/", 404, "unknown_season", "1999-00"),
        ("/api/standings/jupiler-pro-league/2025-26/?phase=finale", 400, "bad_phase", "regular"),
        ("/api/standings/jupiler-pro-league/2025-26/?phase=champions", 404, "no_table", "nog"),
        ("/api/standings/jupiler-pro-league/2025-26/?fase=regular", 400, "unknown_parameter", ""),
    ],
    ids=["competition", "season", "phase", "phase-not-played-yet", "typo"],
)
def test_standings_errors_are_json_in_dutch(client, league, url, status, error, words):
    response = get(client, url, status)
    data = response.json()
    assert data["error"] == error and words in data["message"]
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "no-store" in response["Cache-Control"]


def test_a_saved_score_renews_the_table_of_its_season_only(client, league):
    other_season = SeasonFactory(name="2024-25", start_date=datetime.date(2024, 7, 1),
                                 end_date=datetime.date(2025, 6, 30))  # fmt: skip
    PhaseFactory(competition=league.competition, season=other_season)
    MatchFactory(phase=Phase.objects.get(season=other_season), status=Match.Status.FINISHED,
                 home_goals=1, away_goals=0)  # fmt: skip
    url, other = "/api/standings/jupiler-pro-league/2025-26/", STANDINGS
    get(client, url), get(client, other)
    assert get(client, url)["X-Api-Cache"] == "hit"

    match = Match.objects.get(phase=league, round_number=2, kickoff__isnull=False)
    match.status, match.home_goals, match.away_goals = Match.Status.FINISHED, 3, 0
    match.save()

    response = get(client, url)
    assert response["X-Api-Cache"] == "miss"
    brugge = next(r for r in response.json()["rows"] if r["club_slug"] == "club-brugge")
    assert (brugge["played"], brugge["points"]) == (2, 3)
    assert get(client, other)["X-Api-Cache"] == "hit"


# --- matches --------------------------------------------------------------------------


def test_a_matchday_of_a_club_lists_its_match_with_score_kickoff_and_clubs(client, league):
    data = get(client, "/api/matches/?season=2025-26&round=1&club=anderlecht").json()

    assert data["next"] is None
    (match,) = data["results"]
    assert match == {
        "id": match["id"],
        "competition": "jupiler-pro-league",
        "season": "2025-26",
        "phase": "regular",
        "round": 1,
        "round_label": "Matchday 1",
        "kickoff": "2025-08-02T20:45:00+02:00",
        "home": {"slug": "anderlecht", "name": "RSC Anderlecht"},
        "away": {"slug": "club-brugge", "name": "Club Brugge"},
        "status": "finished",
        "score": {"home": 2, "away": 1},
        "half_time_score": {"home": 1, "away": 0},
        "minute": None,
        "url": match["url"],
    }
    kickoff = datetime.datetime.fromisoformat(match["kickoff"])
    assert kickoff.utcoffset() == BRUSSELS_SUMMER.utcoffset(None)


def test_a_match_to_come_has_no_score_and_unknown_kickoffs_come_last(client, league):
    results = get(client, "/api/matches/?round=2").json()["results"]

    assert [(m["home"]["slug"], m["kickoff"] is None) for m in results] == [
        ("club-brugge", False),
        ("gent", True),
    ]
    assert all(m["score"] is None and m["status"] == "scheduled" for m in results)


@pytest.mark.parametrize(
    ("query", "homes"),
    [
        ("status=finished", ["anderlecht", "genk"]),
        ("status=scheduled&club=genk", ["club-brugge"]),
        ("competition=jupiler-pro-league&phase=regular&round=1", ["anderlecht", "genk"]),
        ("phase=champions", []),
        ("round=30", []),
    ],
)
def test_matches_are_filtered_by_every_parameter(client, league, query, homes):
    results = get(client, f"/api/matches/?{query}").json()["results"]
    assert [m["home"]["slug"] for m in results] == homes


def test_the_list_pages_with_a_cursor_without_gaps_or_repeats(client, league):
    seen, url, pages = [], "/api/matches/?limit=1", 0
    while url:
        data = get(client, url).json()
        seen += [m["id"] for m in data["results"]]
        url = data["next"] and urlsplit(data["next"])._replace(scheme="", netloc="").geturl()
        pages += 1
    assert pages == 4
    assert seen == [m.pk for m in Match.objects.in_kickoff_order()]


@pytest.mark.parametrize(
    ("query", "status", "error"),
    [
        ("competition=bestaat-niet", 404, "unknown_competition"),
        ("season=2030-31", 404, "unknown_season"),
        ("club=bestaat-niet", 404, "unknown_club"),
        ("phase=finale", 400, "bad_phase"),
        ("status=bezig", 400, "bad_status"),
        ("round=0", 400, "bad_round"),
        ("round=zestien", 400, "bad_round"),
        ("round=%2B3", 400, "bad_round"),
        ("limit=101", 400, "bad_limit"),
        ("cursor=vervalst", 400, "bad_cursor"),
        ("ronde=3", 400, "unknown_parameter"),
        ("round=1&round=2", 400, "repeated_parameter"),
    ],
)
def test_bad_match_filters_are_json_errors_in_dutch(client, league, query, status, error):
    data = get(client, f"/api/matches/?{query}", status).json()
    assert data["error"] == error
    assert data["message"] and "must" not in data["message"]  # translated


def test_a_cursor_of_the_article_list_is_refused(client, league):
    cursor = cursor_encode(datetime.datetime.now(datetime.UTC), 1)
    assert get(client, f"/api/matches/?cursor={cursor}", 400).json()["error"] == "bad_cursor"


def test_a_saved_score_renews_the_match_list_of_its_season(client, league):
    url = "/api/matches/?season=2025-26&round=2"
    get(client, url)
    assert get(client, url)["X-Api-Cache"] == "hit"

    match = Match.objects.get(phase=league, round_number=2, kickoff__isnull=False)
    match.status, match.home_goals, match.away_goals, match.minute = "live", 1, 0, 12
    match.save()

    response = get(client, url)
    assert response["X-Api-Cache"] == "miss"
    live = response.json()["results"][0]
    assert (live["status"], live["score"], live["minute"]) == ("live", {"home": 1, "away": 0}, 12)


PARAMS = ["competition", "season", "phase", "round", "club", "status", "cursor", "limit"]


@given(
    query=st.dictionaries(
        st.sampled_from([*PARAMS, "x", "fase"]), st.text(max_size=30), max_size=4
    ),
    path=st.text(max_size=20),
)
@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_no_query_string_gives_a_server_error(client, league, query, path):
    for url in ("/api/matches/", "/api/standings/jupiler-pro-league/2025-26/"):
        response = client.get(url, query, HTTP_HOST="localhost")
        assert response.status_code in (200, 400, 404), (query, response.content[:200])
        json.loads(response.content)
    response = client.get(f"/api/standings/{path}/2025-26/", HTTP_HOST="localhost")
    assert response.status_code in (200, 301, 400, 404)
