"""League tables from results, with the Pro League's tie-breakers and play-off rules."""

from collections import namedtuple
from datetime import datetime, timedelta

from kopbal.football.openfootball import BRUSSELS
from kopbal.football.standings import (
    CHAMPIONS,
    RELEGATION,
    halve,
    playoff_standings,
    standings,
)

M = namedtuple("M", "home away home_goals away_goals")
K = namedtuple("K", "home away home_goals away_goals kickoff")


def test_a_win_gives_three_points_a_draw_one_and_unplayed_matches_are_skipped():
    rows = standings([M("A", "B", 2, 0), M("A", "C", 1, 1), M("B", "C", None, None)])
    a, c, b = rows
    assert (a.club, a.played, a.won, a.drawn, a.lost, a.points) == ("A", 2, 1, 1, 0, 4)
    assert (c.club, c.played, c.points) == ("C", 1, 1)
    assert (b.club, b.played, b.goals_for, b.goals_against, b.goal_difference) == (
        "B",
        1,
        0,
        2,
        -2,
    )
    assert [row.position for row in rows] == [1, 2, 3]


def test_clubs_without_a_played_match_are_listed_with_zeroes():
    rows = standings([], clubs=["A", "B"])
    assert [(row.club, row.played, row.points) for row in rows] == [("A", 0, 0), ("B", 0, 0)]


def rank(matches, *clubs):
    """The order of `clubs` in the table (their opponents left out)."""
    return [row.club for row in standings(matches) if row.club in clubs]


def test_more_wins_beats_a_better_goal_difference_on_equal_points():
    # A: 3 wins, 3 losses = 9 points, goal difference -6; B: 2 wins, 3 draws = 9, +6.
    matches = [M("A", "X", 1, 0)] * 3 + [M("A", "X", 0, 3)] * 3
    matches += [M("B", "Y", 3, 0)] * 2 + [M("B", "Y", 1, 1)] * 3
    assert rank(matches, "A", "B") == ["A", "B"]


def test_goal_difference_decides_on_equal_points_and_wins():
    assert rank([M("B", "Y", 1, 0), M("A", "X", 3, 0)], "A", "B") == ["A", "B"]


def test_goals_scored_decide_on_equal_goal_difference():
    assert rank([M("B", "Y", 1, 0), M("A", "X", 3, 2)], "A", "B") == ["A", "B"]


def test_points_come_first_whatever_the_rest():
    # A: one win (3 points); B: two draws (2 points) with more goals everywhere.
    matches = [M("A", "X", 1, 0), M("Y", "B", 4, 4), M("Z", "B", 5, 5)]
    assert rank(matches, "A", "B") == ["A", "B"]


def _level_on_goals(a, b):
    """The table rows of A and B, asserted level on everything before the away figures."""
    table = {row.club: row for row in standings(a + b)}
    facts = ("points", "won", "goal_difference", "goals_for")
    assert [getattr(table["A"], f) for f in facts] == [getattr(table["B"], f) for f in facts]
    return table["A"], table["B"]


def test_away_wins_decide_on_equal_goals_scored():
    # Both: a 2-1 win and a 2-2 draw; A won at home, B away (and A scored more away).
    a = [M("A", "X", 2, 1), M("Y", "A", 2, 2)]
    b = [M("Z", "B", 1, 2), M("B", "W", 2, 2)]
    row_a, row_b = _level_on_goals(a, b)
    assert (row_a.away_wins, row_b.away_wins) == (0, 1)
    assert row_a.away_goals == row_b.away_goals == 2
    assert rank(a + b, "A", "B") == ["B", "A"]


def test_away_goal_difference_decides_on_equal_away_wins():
    # Both: one win away, one draw, one loss, 4-4 in goals. B's defeat came at home.
    a = [M("X", "A", 0, 1), M("A", "Y", 2, 2), M("Z", "A", 2, 1)]
    b = [M("V", "B", 1, 2), M("B", "W", 1, 1), M("B", "U", 1, 2)]
    row_a, row_b = _level_on_goals(a, b)
    assert row_a.away_wins == row_b.away_wins == 1
    assert (row_a.away_goal_difference, row_b.away_goal_difference) == (0, 1)
    assert rank(a + b, "A", "B") == ["B", "A"]


def test_away_goals_decide_on_equal_away_goal_difference():
    # Both: won 1-0 away, 3-3 in the rest; B's draw of 3-3 was away, A's at home.
    a = [M("X", "A", 0, 1), M("A", "Y", 3, 3)]
    b = [M("V", "B", 0, 1), M("W", "B", 3, 3)]
    row_a, row_b = _level_on_goals(a, b)
    assert row_a.away_goal_difference == row_b.away_goal_difference == 1
    assert (row_a.away_goals, row_b.away_goals) == (1, 4)
    assert rank(a + b, "A", "B") == ["B", "A"]


def test_clubs_level_on_every_tiebreaker_are_ordered_by_name():
    # Each drew once at home and once away, 1-1: level on all, the test match not computed.
    matches = [M("B", "X", 1, 1), M("Y", "B", 1, 1), M("A", "V", 1, 1), M("W", "A", 1, 1)]
    assert rank(matches, "A", "B") == ["A", "B"]


def test_form_is_the_last_five_results_newest_last_in_kickoff_order():
    start = datetime(2025, 8, 1, 20, 45, tzinfo=BRUSSELS)
    results = [(1, 0), (0, 0), (0, 1), (2, 0), (3, 3), (0, 2)]
    matches = [K("A", "X", h, a, start + timedelta(days=7 * i)) for i, (h, a) in enumerate(results)]
    (a,) = [row for row in standings(reversed(matches)) if row.club == "A"]
    assert a.form == ("D", "L", "W", "D", "L")


def test_form_follows_the_given_order_without_kickoffs():
    (a,) = [r for r in standings([M("A", "X", 1, 0), M("A", "Y", 0, 1)]) if r.club == "A"]
    assert a.form == ("W", "L")


def test_points_carried_into_the_champions_play_offs_are_halved_and_rounded_up():
    assert halve(68) == (34, False)
    assert halve(59) == (30, True)
    assert halve(0) == (0, False)


def _regular(points_by_club):
    """A regular-season table with the given points: each point a 0-0 draw at home."""
    matches = []
    for club, points in points_by_club.items():
        matches += [M(club, f"filler-{club}-{i}", 0, 0) for i in range(points)]
    clubs = list(points_by_club)
    return [row for row in standings(matches) if row.club in clubs]


def _renumber(rows):
    from dataclasses import replace

    return [replace(row, position=i) for i, row in enumerate(rows, start=1)]


def test_the_club_that_gained_a_half_point_by_rounding_ranks_below_on_equal_points():
    # A finished first with 40 (20 carried), B second with 39 (19.5 -> 20 carried).
    regular = _renumber(_regular({"A": 40, "B": 39, "C": 30, "D": 28, "E": 26, "F": 24}))
    rows = playoff_standings([], regular=regular, group=CHAMPIONS)
    a, b = rows[0], rows[1]
    assert (a.club, a.points, a.rounded_up) == ("A", 20, False)
    assert (b.club, b.points, b.rounded_up) == ("B", 20, True)


def test_the_half_point_rule_beats_the_regular_season_position():
    # B was ahead in the regular season (41 -> 21 rounded up) but A (40 -> 20) wins one more
    # play-off point: both on 21, B gained half a point by rounding, so A is first.
    regular = _renumber(_regular({"B": 41, "A": 40, "C": 30, "D": 28, "E": 26, "F": 24}))
    rows = playoff_standings([M("A", "C", 1, 1)], regular=regular, group=CHAMPIONS)
    assert [(r.club, r.points) for r in rows[:2]] == [("A", 21), ("B", 21)]


def test_equal_play_off_points_without_rounding_go_to_the_better_regular_season_club():
    regular = _renumber(_regular({"A": 40, "B": 38, "C": 30, "D": 28, "E": 26, "F": 24}))
    # B draws with C, A loses to C: both end on 20 + ... A 20, B 19 + 1 = 20.
    rows = playoff_standings(
        [M("B", "C", 2, 2), M("C", "A", 1, 0)], regular=regular, group=CHAMPIONS
    )
    assert [(r.club, r.points) for r in rows[:2]] == [("A", 20), ("B", 20)]


def test_relegation_play_offs_keep_the_regular_season_points():
    clubs = {f"T{i}": 60 - 2 * i for i in range(1, 17)}
    regular = _renumber(_regular(clubs))
    rows = playoff_standings([M("T16", "T13", 3, 0)], regular=regular, group=RELEGATION)
    assert {r.club: r.points for r in rows} == {"T13": 34, "T14": 32, "T15": 30, "T16": 31}
    assert not any(r.rounded_up for r in rows)


def test_play_off_tables_count_only_matches_between_the_group_clubs():
    regular = _renumber(_regular({"A": 40, "B": 38, "C": 30, "D": 28, "E": 26, "F": 24}))
    rows = playoff_standings([M("A", "Outsider", 0, 5)], regular=regular, group=CHAMPIONS)
    assert rows[0].club == "A" and rows[0].played == 0


def test_equal_relegation_play_off_points_go_to_the_better_regular_season_club():
    clubs = {f"T{i}": 60 - 2 * i for i in range(1, 17)}  # T13 34, T14 32, T15 30, T16 28
    regular = _renumber(_regular(clubs))
    # T14 wins twice (32 + 6 = 38), T13 wins once and draws once (34 + 4 = 38).
    matches = [
        M("T14", "T15", 1, 0),
        M("T16", "T14", 0, 2),
        M("T13", "T16", 3, 0),
        M("T15", "T13", 1, 1),
    ]
    rows = playoff_standings(matches, regular=regular, group=RELEGATION)
    assert [(r.club, r.points) for r in rows[:2]] == [("T13", 38), ("T14", 38)]
    # T14 has more play-off wins and a better goal difference: only the position counts.
    assert (rows[1].won, rows[1].goal_difference) > (rows[0].won, rows[0].goal_difference)
