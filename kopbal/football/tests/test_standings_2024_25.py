"""The 2024-25 tables computed from the shipped file agree with the season as it ended.

Only facts known for certain are asserted as facts (Genk led the regular season with 68
points, Union SG won the title in the Champions' Play-Offs, Beerschot finished last, Kortrijk
and Beerschot went down); the play-off groups are checked against the clubs the file itself
lists in each play-off, which only a correct regular-season order with its tie-breakers
reproduces. Other figures are what the data gives under the halving rule.
"""

import pytest

from kopbal.football.openfootball import DATA_DIR, PHASES, parse_file
from kopbal.football.standings import (
    CHAMPIONS,
    EUROPE,
    RELEGATION,
    playoff_standings,
    season_tables,
    standings,
)


@pytest.fixture(scope="module")
def season():
    league = parse_file(DATA_DIR / "2024-25" / "be1.txt")
    by_phase = {}
    for match in league.matches:
        by_phase.setdefault(PHASES.get(match.stage), []).append(match)
    return by_phase


@pytest.fixture(scope="module")
def regular(season):
    return standings(season["regular"])


def _table(season, regular, group):
    return playoff_standings(season[group], regular=regular, group=group)


def _clubs_in(matches):
    return {m.home for m in matches} | {m.away for m in matches}


def test_genk_led_the_regular_season_with_68_points(regular):
    genk = regular[0]
    assert (genk.club, genk.points, genk.played) == ("KRC Genk", 68, 30)
    assert all(row.played == 30 for row in regular)
    assert len(regular) == 16


def test_the_regular_season_order_puts_each_club_in_the_play_off_the_file_shows(season, regular):
    groups = {
        CHAMPIONS: range(1, 7),
        EUROPE: range(7, 13),
        RELEGATION: range(13, 17),
    }
    for group, positions in groups.items():
        computed = {row.club for row in regular if row.position in positions}
        assert computed == _clubs_in(season[group]), group


def test_wins_put_dender_above_cercle_on_32_points(regular):
    table = {row.club: row for row in regular}
    dender, cercle = table["FCV Dender EH"], table["Cercle Brugge"]
    assert dender.points == cercle.points == 32
    assert dender.goal_difference < cercle.goal_difference
    assert (dender.position, cercle.position) == (12, 13)


def test_union_won_the_title_in_the_champions_play_offs(season, regular):
    table = _table(season, regular, CHAMPIONS)
    union = table[0]
    assert union.club == "Union Saint-Gilloise"
    # 55 regular-season points halved to 28 (rounded up), plus 28 from 9 wins and a draw.
    assert (union.carried_points, union.rounded_up, union.points) == (28, True, 56)
    assert table[1].club == "Club Brugge KV"
    genk = next(row for row in table if row.club == "KRC Genk")
    assert (genk.carried_points, genk.rounded_up) == (34, False)
    assert all(row.played == 10 for row in table)


def test_charleroi_won_the_europe_play_offs_and_played_for_the_european_ticket(season, regular):
    table = _table(season, regular, EUROPE)
    assert table[0].club == "Sporting Charleroi"
    (final,) = [
        m for m in parse_file(DATA_DIR / "2024-25" / "be1.txt").matches if m.stage == "ECL Playoff"
    ]
    assert "Sporting Charleroi" in (final.home, final.away)


def test_kortrijk_and_beerschot_the_two_clubs_that_went_down_end_the_relegation_table(
    season, regular
):
    table = _table(season, regular, RELEGATION)
    assert [row.club for row in table[2:]] == ["KV Kortrijk", "K Beerschot VA"]
    # Relegation Play-Offs keep every regular-season point.
    beerschot = table[3]
    assert (beerschot.carried_points, beerschot.rounded_up) == (18, False)
    assert all(row.played == 6 for row in table)


def test_the_2025_26_table_so_far_lists_all_sixteen_clubs():
    league = parse_file(DATA_DIR / "2025-26" / "be1.txt")
    rows = standings(league.matches)
    assert len(rows) == 16
    assert sum(row.played for row in rows) == 2 * 121


def test_season_tables_gives_all_four_tables_of_a_finished_season(season, regular):
    tables = season_tables(season)
    assert set(tables) == {"regular", CHAMPIONS, EUROPE, RELEGATION}
    assert tables["regular"] == regular
    assert tables[CHAMPIONS] == _table(season, regular, CHAMPIONS)
    assert [len(tables[g]) for g in (CHAMPIONS, EUROPE, RELEGATION)] == [6, 6, 4]


def test_season_tables_of_a_season_in_progress_has_only_the_regular_table():
    league = parse_file(DATA_DIR / "2025-26" / "be1.txt")
    assert set(season_tables({"regular": league.matches})) == {"regular"}


# The official final tables (Pro League, with W/D/L and goals) could not be consulted; these
# are the points the Belgian press reported, each checked against the computed tables:
#   Focus-WTV, "De balans voor de play-offs" (March 2025): Club Brugge 2nd with 59, Cercle
#     13th with 32, Kortrijk 15th with 26.
#   KW.be, "Cercle naar Relegation Play-off na 3-0-verlies bij Anderlecht" (16 March 2025):
#     STVV 31 (14th), Cercle 32 (13th), OH Leuven 11th with 37.
#   Walfoot, 23 May 2025: Union began the play-offs on 27.5, rounded up (55 points).
#   Voetbalprimeur, "Na Beerschot ook KV Kortrijk zeker van degradatie" (May 2025): the
#     Relegation Play-Offs before the last round: STVV 40, Cercle 39, Kortrijk 36,
#     Beerschot 21.
PRESS_REGULAR = {
    "KRC Genk": (1, 68),
    "Club Brugge KV": (2, 59),
    "Union Saint-Gilloise": (3, 55),
    "Oud-Heverlee Leuven": (11, 37),
    "Cercle Brugge": (13, 32),
    "Sint-Truidense VV": (14, 31),
    "KV Kortrijk": (15, 26),
}
PRESS_RELEGATION_BEFORE_LAST_ROUND = {
    "Sint-Truidense VV": 40,
    "Cercle Brugge": 39,
    "KV Kortrijk": 36,
    "K Beerschot VA": 21,
}


def test_the_regular_season_positions_and_points_are_those_the_press_reported(regular):
    table = {row.club: (row.position, row.points) for row in regular}
    assert {club: table[club] for club in PRESS_REGULAR} == PRESS_REGULAR


def test_the_relegation_play_offs_before_the_last_round_are_those_the_press_reported(
    season, regular
):
    last_round = max(m.date for m in season[RELEGATION])
    before = [m for m in season[RELEGATION] if m.date < last_round]
    table = playoff_standings(before, regular=regular, group=RELEGATION)
    assert {row.club: row.points for row in table} == PRESS_RELEGATION_BEFORE_LAST_ROUND
    assert [row.club for row in table] == list(PRESS_RELEGATION_BEFORE_LAST_ROUND)
