"""The Football.TXT parser: small constructed texts, then the shipped files."""

from datetime import date, datetime

import pytest

from kopbal.football.openfootball import (
    BRUSSELS,
    DATA_DIR,
    ParseError,
    parse,
    parse_file,
)

LEAGUE = """\
= Belgium First Division A 2024/25

# Teams      4

» Matchday 1
  Fri Jul/26 2024
    20.45  Club Brugge KV          v KV Mechelen              1-1 (0-0)
  Sat Jul/27
    16.00  FCV Dender EH           v Union Saint-Gilloise     0-0
           KRC Genk                v KAA Gent                 3-2 (1-2)

» Championship, Matchday 1
  Tue Jan/7 2025
    20.45  KRC Genk                v Club Brugge KV
"""


def test_header_gives_the_league_name_and_season():
    league = parse(LEAGUE)
    assert (league.name, league.season) == ("Belgium First Division A", "2024-25")


def test_a_match_line_gives_clubs_score_half_time_and_line_number():
    first = parse(LEAGUE).matches[0]
    assert (first.home, first.away) == ("Club Brugge KV", "KV Mechelen")
    assert (first.home_goals, first.away_goals, first.ht_home, first.ht_away) == (1, 1, 0, 0)
    assert first.line == 7
    assert (first.stage, first.round) == ("Regular Season", "Matchday 1")


def test_kickoff_is_aware_brussels_time_with_the_year_carried_over():
    matches = parse(LEAGUE).matches
    assert matches[1].kickoff == datetime(2024, 7, 27, 16, 0, tzinfo=BRUSSELS)
    assert matches[1].kickoff.utcoffset().total_seconds() == 2 * 3600  # summer time
    assert matches[3].kickoff == datetime(2025, 1, 7, 20, 45, tzinfo=BRUSSELS)


def test_a_line_without_a_time_takes_the_time_of_the_line_above():
    assert parse(LEAGUE).matches[2].kickoff == datetime(2024, 7, 27, 16, 0, tzinfo=BRUSSELS)


def test_a_goalless_draw_has_no_half_time_score():
    dender = parse(LEAGUE).matches[1]
    assert (dender.home_goals, dender.away_goals, dender.ht_home) == (0, 0, None)


def test_stage_heading_splits_into_stage_and_round():
    last = parse(LEAGUE).matches[3]
    assert (last.stage, last.round) == ("Championship", "Matchday 1")


def test_an_unplayed_match_has_no_score():
    last = parse(LEAGUE).matches[3]
    assert (last.home_goals, last.away_goals, last.ht_home, last.ht_away) == (None,) * 4
    assert not last.played


def test_numbered_round_heading_is_read_as_a_matchday():
    text = "= Belgium First Division A 2025/26\n» 12. Round\n  Sat Nov/1 2025\n  A v B\n"
    match = parse(text).matches[0]
    assert (match.stage, match.round) == ("Regular Season", "Matchday 12")


def test_a_date_without_a_time_keeps_the_day_but_no_kickoff():
    text = "= L 2025/26\n» 21. Round\n  Sat Jan/17 2026\n           A   v B\n"
    match = parse(text).matches[0]
    assert match.kickoff is None
    assert match.date == date(2026, 1, 17)


def test_a_time_does_not_carry_over_to_the_next_day():
    text = "= L 2025/26\n» 1. Round\n  Fri Jan/16 2026\n  20.45 A v B\n  Sat Jan/17\n  C v D\n"
    assert parse(text).matches[1].kickoff is None


def test_times_written_in_uk_time_are_converted_to_brussels():
    text = "= L 2025/26\n» 1. Round\n  Fri Jul/25 2025\n  19.45 A v B 1-1 (1-0)\n"
    match = parse(text, timezone="Europe/London").matches[0]
    assert match.kickoff == datetime(2025, 7, 25, 20, 45, tzinfo=BRUSSELS)


def test_cup_rounds_are_their_own_stage_with_extra_time_and_penalties():
    text = (
        "= Belgium Beker van België 2024/25\n» Round of 16\n  Wed Dec/4 2024\n"
        "    20.30  K Beerschot VA   v KV Mechelen   4-3 pen. 2-2 a.e.t. (1-1, 0-0)\n"
        "           KRC Genk         v Standard Liège   2-1 a.e.t. (1-1, 0-0)\n"
        "           Multi Word Name FC v Other Club  3-4 pen. 0-0 a.e.t. (0-0)\n"
    )
    beerschot, genk, other = parse(text).matches
    assert (beerschot.stage, beerschot.round) == ("Round of 16", "Round of 16")
    assert (beerschot.home_goals, beerschot.away_goals) == (2, 2)
    assert (beerschot.pen_home, beerschot.pen_away) == (4, 3)
    assert (beerschot.ht_home, beerschot.ht_away) == (0, 0)
    assert genk.aet and (genk.home_goals, genk.away_goals, genk.pen_home) == (2, 1, None)
    assert other.home == "Multi Word Name FC"
    assert (other.home_goals, other.ht_home) == (0, None)


def test_windows_line_endings_are_read():
    assert len(parse(LEAGUE.replace("\n", "\r\n")).matches) == 4


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("= L 2024/25\n» Matchday 1\n  Fri Jul/26 2024\n  20.45 A versus B\n", 4, "cannot read"),
        ("= L 2024/25\n» Matchday 1\n  Sat Jul/26 2024\n  20.45 A v B\n", 3, "not a Sat"),
        ("= L 2024/25\n» Matchday 1\n  Fri Jul/26\n", 3, "without a year"),
        ("= L 2024/25\n» Matchday 1\n  Fri Jul/26 2024\n  20.45 A v B 1-1 [awarded]\n", 4, "score"),
        ("= L 2024/25\n» Matchday 1\n  Fri Jul/26 2024\n  25.45 A v B\n", 4, "kick-off"),
        ("= L 2024/25\n  Fri Jul/26 2024\n  20.45 A v B\n", 3, "round"),
        ("» Matchday 1\n  Fri Jul/26 2024\n  20.45 A v B\n", 3, "header"),
        ("= L 2024/25\n» Matchday 1\n  20.45 A v B\n", 3, "date"),
    ],
)
def test_an_unreadable_line_raises_parse_error_with_its_number(text, line, words):
    with pytest.raises(ParseError) as excinfo:
        parse(text)
    assert excinfo.value.line == line
    assert words in excinfo.value.message


def test_all_shipped_files_parse_with_the_match_counts_their_headers_give():
    be1_2024 = parse_file(DATA_DIR / "2024-25" / "be1.txt")
    cup = parse_file(DATA_DIR / "2024-25" / "becup.txt")
    be1_2025 = parse_file(DATA_DIR / "2025-26" / "be1.txt")
    assert len(be1_2024.matches) == 313  # "# Matches 313"
    assert len(cup.matches) == 49  # "# Matches 49"
    assert len(be1_2025.matches) == 240  # "# Matches 240"
    assert all(m.played for m in be1_2024.matches)
    assert sum(m.played for m in be1_2025.matches) == 121
    stages = {}
    for m in be1_2024.matches:
        stages[m.stage] = stages.get(m.stage, 0) + 1
    # "# Stages Regular Season (240) Championship (30) ECL Playoff (1) Europe (30) Relegation (12)"
    assert stages == {
        "Regular Season": 240,
        "Championship": 30,
        "ECL Playoff": 1,
        "Europe": 30,
        "Relegation": 12,
    }


def test_the_2025_26_file_keeps_its_clubs_spelled_as_in_the_source():
    clubs = {m.home for m in parse_file(DATA_DIR / "2025-26" / "be1.txt").matches}
    assert len(clubs) == 16
    assert "RAAL La Louviére" in clubs


def test_the_2025_26_opener_reads_as_a_friday_evening_kickoff_in_brussels():
    opener = parse_file(DATA_DIR / "2025-26" / "be1.txt").matches[0]
    assert opener.kickoff == datetime(2025, 7, 25, 20, 45, tzinfo=BRUSSELS)
