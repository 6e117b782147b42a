"""manage.py import_openfootball on the shipped files."""

import pytest
from django.core.management import CommandError, call_command

from kopbal.demo.data import football as demo
from kopbal.football.models import Club, Competition, Match
from kopbal.football.openfootball import DATA_DIR

pytestmark = pytest.mark.django_db


@pytest.fixture
def league_clubs():
    """The demo's clubs and competitions: every club of both league seasons."""
    for key, name, short, kind in demo.COMPETITIONS:
        Competition.objects.create(slug=key, name=name, short_name=short, kind=kind)
    for key, name, short, *_ in demo.CLUBS + demo.FORMER_CLUBS:
        Club.objects.create(slug=key, name=name, short_name=short)


def test_importing_a_season_twice_gives_the_same_matches(league_clubs, capsys):
    path = DATA_DIR / "2025-26" / "be1.txt"
    call_command("import_openfootball", path)
    assert "240 matches created" in capsys.readouterr().out
    rows = list(Match.objects.order_by("pk").values())

    call_command("import_openfootball", path, season="2025-26")

    assert "0 matches created, 0 updated, 240 unchanged" in capsys.readouterr().out
    assert list(Match.objects.order_by("pk").values()) == rows
    assert Match.objects.finished().count() == 121
    assert Match.objects.upcoming().count() == 119


def test_the_first_match_of_2025_26_kicks_off_at_a_quarter_to_nine_in_brussels(league_clubs):
    call_command("import_openfootball", DATA_DIR / "2025-26" / "be1.txt")
    first = (
        Match.objects.filter(kickoff__isnull=False)
        .select_related("home", "away")
        .earliest("kickoff")
    )
    assert (first.home.slug, first.away.slug) == ("antwerp", "union")
    assert first.kickoff.isoformat() == "2025-07-25T18:45:00+00:00"  # 20.45 in Brussels


def test_2024_25_has_its_regular_season_and_three_play_off_groups(league_clubs):
    call_command("import_openfootball", DATA_DIR / "2024-25" / "be1.txt")
    by_kind = {
        kind: Match.objects.filter(phase__kind=kind).count()
        for kind in ["regular", "champions", "europe", "relegation", "ecl_playoff"]
    }
    assert by_kind == {
        "regular": 240,
        "champions": 30,
        "europe": 30,
        "relegation": 12,
        "ecl_playoff": 1,
    }


def test_a_cup_file_with_unknown_clubs_is_refused_naming_each_of_them(league_clubs):
    with pytest.raises(CommandError) as refused:
        call_command(
            "import_openfootball", DATA_DIR / "2024-25" / "becup.txt", competition="croky-cup"
        )
    message = str(refused.value)
    assert "nothing stored" in message
    assert not Match.objects.exists()
    unknown = message.split("create the clubs): ")[1].split(", ")
    assert len(unknown) > 1 and "Club Brugge KV" not in unknown


def test_unknown_competition_or_missing_file_is_a_clear_error(league_clubs, tmp_path):
    with pytest.raises(CommandError, match="No competition with slug 'eredivisie'"):
        call_command(
            "import_openfootball", DATA_DIR / "2025-26" / "be1.txt", competition="eredivisie"
        )
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_openfootball", tmp_path / "missing.txt")
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "= Belgium First Division A 2025/26\nKRC Genk v KAA Gent 1-0\n", encoding="utf-8"
    )
    with pytest.raises(CommandError, match="line 2"):
        call_command("import_openfootball", bad)
