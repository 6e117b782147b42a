"""The race solver against brute force: the last three rounds of 2024-25 in every play-off
group and the regular season's last round, plus random small leagues (Hypothesis).

The regular season after round 28 (16 matches, 43 million outcomes) takes minutes in
numpy: that check is benchmark-only (`make bench BENCH_ARGS=race`, bench/race.py).
"""

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopbal.football import race
from kopbal.football.openfootball import DATA_DIR, PHASES, parse_file
from kopbal.football.standings import CHAMPIONS, EUROPE, PLAYOFF_GROUPS, RELEGATION, standings

from .race_bruteforce import brute_race


def _round(match) -> int:
    return int(re.search(r"\d+", match.round).group())


def _after(matches, n):
    """The season as it stood after round n: later rounds not played yet."""
    return [m if _round(m) <= n else replace(m, home_goals=None, away_goals=None) for m in matches]


@pytest.fixture(scope="module")
def season_2024_25():
    by_phase = {}
    for match in parse_file(DATA_DIR / "2024-25" / "be1.txt").matches:
        by_phase.setdefault(PHASES.get(match.stage), []).append(match)
    return by_phase


def _verdicts(races, goal):
    return {r.club: (r.verdicts[goal].status, r.verdicts[goal].points_needed) for r in races}


def test_regular_season_race_after_round_29_matches_brute_force(season_2024_25):
    matches = _after(season_2024_25["regular"], 29)
    played = [m for m in matches if m.home_goals is not None]
    left = [m for m in matches if m.home_goals is None]
    table = standings(played)
    clubs = [row.club for row in table]
    index = {club: i for i, club in enumerate(clubs)}
    fixtures = [(index[m.home], index[m.away]) for m in left]
    assert len(fixtures) == 8
    busy = {i for f in fixtures for i in f}
    expected = brute_race(
        score=[row.points for row in table],
        wins=[row.won for row in table],
        fixtures=fixtures,
        places=6,
        rank=[row.position for row in table],
        settled=set(range(len(clubs))) - busy,
    )
    assert _verdicts(race.regular_race(matches), "top6") == dict(zip(clubs, expected, strict=True))


def _playoff_expected(matches, regular, group, places):
    """Brute force from first principles: twice the unrounded total when halved."""
    _, halved = PLAYOFF_GROUPS[group]
    factor = 2 if halved else 1
    members = [r.club for r in regular if r.club in {m.home for m in matches}]
    index = {club: i for i, club in enumerate(members)}
    by_club = {r.club: r for r in regular}
    score = [by_club[club].points for club in members]
    fixtures = []
    for m in matches:
        h, a = index[m.home], index[m.away]
        if m.home_goals is None:
            fixtures.append((h, a))
        elif m.home_goals > m.away_goals:
            score[h] += 3 * factor
        elif m.home_goals < m.away_goals:
            score[a] += 3 * factor
        else:
            score[h] += factor
            score[a] += factor
    verdicts = brute_race(
        score=score,
        wins=[0] * len(members),
        fixtures=fixtures,
        places=places,
        rank=[by_club[club].position for club in members],
        settled=range(len(members)),
        win_units=3 * factor,
        draw_units=factor,
        wins_break_ties=False,
    )
    return dict(zip(members, verdicts, strict=True))


GOALS = [(CHAMPIONS, "title", 1), (CHAMPIONS, "europe", 3), (EUROPE, "winner", 1)]


@pytest.mark.parametrize(("group", "goal", "places"), GOALS)
def test_play_off_race_in_the_last_three_rounds_matches_brute_force(
    season_2024_25, group, goal, places
):
    regular = standings(season_2024_25["regular"])
    matches = season_2024_25[group]
    last = max(_round(m) for m in matches)
    for n in (last - 3, last - 2, last - 1):
        state = _after(matches, n)
        expected = _playoff_expected(state, regular, group, places)
        computed = _verdicts(race.playoff_race(state, regular=regular, group=group), goal)
        assert computed == expected, (group, goal, n)


def test_barrage_race_in_the_last_three_rounds_matches_brute_force(season_2024_25):
    regular = standings(season_2024_25["regular"])
    matches = season_2024_25[RELEGATION]
    last = max(_round(m) for m in matches)
    flip = {"certain": "eliminated", "eliminated": "certain", "possible": "possible"}
    for n in (last - 3, last - 2, last - 1):
        state = _after(matches, n)
        # Avoiding the barrage is finishing in the first three of four.
        safe = _playoff_expected(state, regular, RELEGATION, 3)
        expected = {club: (flip[s], needed) for club, (s, needed) in safe.items()}
        computed = _verdicts(race.playoff_race(state, regular=regular, group=RELEGATION), "barrage")
        assert computed == expected, n


def test_barrage_goes_to_the_last_club_once_the_play_offs_are_over(season_2024_25):
    regular = standings(season_2024_25["regular"])
    races = race.playoff_race(season_2024_25[RELEGATION], regular=regular, group=RELEGATION)
    certain = [r.club for r in races if r.verdicts["barrage"].status == race.CERTAIN]
    assert certain == ["K Beerschot VA"]


def test_leader_with_one_match_left_needs_a_win_not_two_points():
    # a leads b by 1 point with one match each left, against each other: a draw keeps a
    # first; a loss does not. A total of 2 cannot be reached, so "1" is the answer; and
    # b can only be first by winning: 3.
    contest = race.Contest(
        clubs=("a", "b"), score=(4, 3), wins=(1, 1), fixtures=((0, 1),), places=1, rank=(1, 2)
    )
    assert race.solve(contest) == (
        race.Verdict(race.POSSIBLE, 1),
        race.Verdict(race.POSSIBLE, 3),
    )


@st.composite
def contests(draw):
    n = draw(st.integers(4, 6))
    pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
    fixtures = draw(st.lists(st.sampled_from(pairs), min_size=0, max_size=7))
    playoff = draw(st.booleans())
    score = draw(st.lists(st.integers(0, 14), min_size=n, max_size=n))
    wins = [draw(st.integers(0, s // 3)) for s in score]
    busy = {i for f in fixtures for i in f}
    return race.Contest(
        clubs=tuple(range(n)),
        score=tuple(score),
        wins=tuple(wins),
        fixtures=tuple(fixtures),
        places=draw(st.integers(1, n - 1)),
        rank=tuple(draw(st.permutations(range(1, n + 1)))),
        win_units=6 if playoff else 3,
        draw_units=2 if playoff else 1,
        wins_break_ties=not playoff,
        settled=frozenset(range(n)) if playoff else frozenset(range(n)) - busy,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contests())
def test_solver_agrees_with_brute_force_on_small_leagues(contest):
    expected = brute_race(
        score=contest.score,
        wins=contest.wins,
        fixtures=contest.fixtures,
        places=contest.places,
        rank=contest.rank,
        settled=contest.settled,
        win_units=contest.win_units,
        draw_units=contest.draw_units,
        wins_break_ties=contest.wins_break_ties,
    )
    computed = [(v.status, v.points_needed) for v in race.solve(contest)]
    assert computed == expected
