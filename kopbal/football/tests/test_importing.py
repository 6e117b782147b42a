"""The openfootball importer: idempotent, all-or-nothing, and clear about unknown clubs."""

import datetime
from types import SimpleNamespace
from unittest import mock

import pytest

from kopbal.football.importing import ImportRejected, matches_import
from kopbal.football.models import Match, Phase, Season
from kopbal.football.tests.factories import ClubFactory, CompetitionFactory

pytestmark = pytest.mark.django_db

BRUSSELS = datetime.timezone(datetime.timedelta(hours=2))


def parsed(home, away, score=None, *, stage=None, round="Matchday 1", line=1, ht=None):
    """A ParsedMatch as openfootball.parse returns it."""
    return SimpleNamespace(
        stage=stage,
        round=round,
        kickoff=datetime.datetime(2025, 7, 25, 20, 45, tzinfo=BRUSSELS),
        home=home,
        away=away,
        home_goals=score[0] if score else None,
        away_goals=score[1] if score else None,
        ht_home=ht[0] if ht else None,
        ht_away=ht[1] if ht else None,
        line=line,
    )


def league(*matches, season="2025-26"):
    return SimpleNamespace(
        name="Belgium First Division A 2025/26", season=season, matches=list(matches)
    )


@pytest.fixture
def jpl():
    return CompetitionFactory(name="Jupiler Pro League", slug="jupiler-pro-league")


@pytest.fixture
def clubs():
    return {
        "brugge": ClubFactory(name="Club Brugge", short_name="Club Brugge", slug="club-brugge"),
        "anderlecht": ClubFactory(
            name="RSC Anderlecht", short_name="Anderlecht", slug="anderlecht"
        ),
        "louviere": ClubFactory(
            name="RAAL La Louvière", short_name="La Louvière", slug="la-louviere"
        ),
    }


def test_import_twice_stores_each_match_once_and_updates_a_changed_score(jpl, clubs):
    first = league(
        parsed("Club Brugge KV", "RSC Anderlecht", (2, 1), ht=(0, 1)),
        parsed("RAAL La Louviére", "Club Brugge KV", round="Matchday 2", line=2),
    )
    result = matches_import(league=first, competition=jpl)
    assert (result.created, result.updated) == (2, 0)

    again = matches_import(league=first, competition=jpl)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert Match.objects.count() == 2 and Season.objects.count() == 1 and Phase.objects.count() == 1

    played = league(
        parsed("Club Brugge KV", "RSC Anderlecht", (2, 2), ht=(0, 1)),
        parsed("RAAL La Louviére", "Club Brugge KV", (0, 3), round="Matchday 2", line=2),
    )
    later = matches_import(league=played, competition=jpl)
    assert (later.created, later.updated) == (0, 2)
    assert Match.objects.count() == 2
    brugge_home = Match.objects.get(home=clubs["brugge"])
    assert (brugge_home.home_goals, brugge_home.away_goals) == (2, 2)
    louviere_home = Match.objects.get(home=clubs["louviere"])
    assert louviere_home.status == Match.Status.FINISHED
    assert (louviere_home.home_goals, louviere_home.away_goals) == (0, 3)


def test_a_match_without_a_score_is_scheduled_and_one_with_a_score_finished(jpl, clubs):
    matches_import(
        league=league(
            parsed("Club Brugge KV", "RSC Anderlecht", (1, 0), ht=(1, 0)),
            parsed("RSC Anderlecht", "Club Brugge KV", round="Matchday 2"),
        ),
        competition=jpl,
    )
    played = Match.objects.get(round_number=1)
    assert played.status == Match.Status.FINISHED
    assert (played.home_goals_half_time, played.away_goals_half_time) == (1, 0)
    assert Match.objects.get(round_number=2).status == Match.Status.SCHEDULED
    assert Match.objects.get(round_number=2).kickoff == datetime.datetime(
        2025, 7, 25, 18, 45, tzinfo=datetime.UTC
    )


def test_reimport_without_a_score_keeps_a_match_the_desk_has_set_live(jpl, clubs):
    file = league(parsed("Club Brugge KV", "RSC Anderlecht"))
    matches_import(league=file, competition=jpl)
    Match.objects.update(status=Match.Status.LIVE, home_goals=1, away_goals=0, minute=23)

    matches_import(league=file, competition=jpl)

    match = Match.objects.get()
    assert (match.status, match.home_goals, match.minute) == (Match.Status.LIVE, 1, 23)


def test_every_unmappable_club_name_is_listed_and_nothing_stored(jpl, clubs):
    file = league(
        parsed("Club Brugge KV", "K Beerschot VA"),
        parsed("FC Nergens", "RSC Anderlecht", line=2),
        parsed("KV Kortrijk", "FC Nergens", line=3),
    )
    with pytest.raises(ImportRejected) as rejected:
        matches_import(league=file, competition=jpl)

    assert "FC Nergens, K Beerschot VA, KV Kortrijk" in str(rejected.value)
    assert not Match.objects.exists() and not Season.objects.exists()


def test_a_club_found_by_its_own_name_needs_no_mapping(jpl, clubs):
    ClubFactory(name="KSK Nieuwdorp", short_name="Nieuwdorp", slug="nieuwdorp")
    matches_import(league=league(parsed("nieuwdorp", "RSC Anderlecht", (0, 0))), competition=jpl)
    assert Match.objects.get().home.slug == "nieuwdorp"


def test_a_failure_halfway_stores_nothing(jpl, clubs):
    file = league(parsed("Club Brugge KV", "RSC Anderlecht", (2, 1)))
    with (
        mock.patch.object(Match.objects, "bulk_create", side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError),
    ):
        matches_import(league=file, competition=jpl)
    # The season and the phase were written before the matches: they are gone too.
    assert not Season.objects.exists() and not Phase.objects.exists()


def test_play_off_stages_become_their_own_phases(jpl, clubs):
    matches_import(
        league=league(
            parsed("Club Brugge KV", "RSC Anderlecht", (1, 1)),
            parsed("Club Brugge KV", "RSC Anderlecht", stage="Championship", line=2),
            parsed("RAAL La Louviére", "RSC Anderlecht", stage="Relegation", line=3),
            parsed("RSC Anderlecht", "Club Brugge KV", stage="ECL Playoff", round="Final", line=4),
        ),
        competition=jpl,
    )
    kinds = list(Phase.objects.order_by("order").values_list("kind", flat=True))
    assert kinds == ["regular", "champions", "relegation", "ecl_playoff"]
    assert Match.objects.get(phase__kind="ecl_playoff").round_number == 1


def test_a_club_playing_itself_or_a_match_listed_twice_is_refused(jpl, clubs):
    with pytest.raises(ImportRejected, match="Line 7: RSC Anderlecht cannot play itself"):
        matches_import(
            league=league(parsed("RSC Anderlecht", "RSC Anderlecht", line=7)), competition=jpl
        )
    twice = league(
        parsed("Club Brugge KV", "RSC Anderlecht"),
        parsed("Club Brugge KV", "RSC Anderlecht", line=9),
    )
    with pytest.raises(ImportRejected, match="Line 9"):
        matches_import(league=twice, competition=jpl)
    assert not Match.objects.exists()


def test_a_file_of_another_season_is_refused(jpl, clubs):
    with pytest.raises(ImportRejected, match="season 2024-25, not 2025-26"):
        matches_import(
            league=league(parsed("Club Brugge KV", "RSC Anderlecht"), season="2024-25"),
            competition=jpl,
            season_name="2025-26",
        )
