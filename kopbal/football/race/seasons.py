"""The races of a season: the contests built from its matches (standings-style objects)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from .. import standings
from .solver import CERTAIN, ELIMINATED, POSSIBLE, Contest, Verdict, solve

TOP_SIX = 6


@dataclass(frozen=True)
class ClubRace:
    """One club's line of a race: today's table and a verdict per goal (e.g. "top6")."""

    club: Hashable
    position: int
    points: int
    matches_left: int
    verdicts: dict[str, Verdict]


# The goals of each kind of race: name -> the places that count (None: avoid the last).
GOALS = {
    standings.REGULAR: {"top6": TOP_SIX},
    standings.CHAMPIONS: {"title": 1, "europe": 3},
    standings.EUROPE: {"winner": 1},
    standings.RELEGATION: {"barrage": None},
}


def regular_race(matches: Iterable, *, places: int = TOP_SIX) -> list[ClubRace]:
    """The race for the first `places` of the regular season. `matches` are standings-style
    matches: those without goals are the fixtures left."""
    matches = list(matches)
    clubs = {m.home for m in matches} | {m.away for m in matches}
    table = standings.standings(matches, clubs=sorted(clubs, key=str))
    fixtures = [m for m in matches if m.home_goals is None or m.away_goals is None]
    order = [row.club for row in table]
    index = {club: i for i, club in enumerate(order)}
    pairs = tuple((index[m.home], index[m.away]) for m in fixtures)
    busy = {i for pair in pairs for i in pair}
    contest = Contest(
        clubs=tuple(order),
        score=tuple(row.points for row in table),
        wins=tuple(row.won for row in table),
        fixtures=pairs,
        places=places,
        rank=tuple(row.position for row in table),
        settled=frozenset(range(len(order))) - busy,
    )
    verdicts = solve(contest)
    return [
        ClubRace(row.club, row.position, row.points, _left(pairs, i), {"top6": verdicts[i]})
        for i, row in enumerate(table)
    ]


def playoff_race(matches: Iterable, *, regular: list[standings.Row], group: str) -> list[ClubRace]:
    """The races of one play-off group after `matches` (its own; without goals: to play).

    `regular` is the final regular-season table. Scores are compared unrounded: twice the
    total when points are halved, so that 33.5 stays below 34 (the half-point rule).
    """
    matches = list(matches)
    positions, halved = standings.PLAYOFF_GROUPS[group]
    members = {m.home for m in matches} | {m.away for m in matches}
    ordered = [row.club for row in regular if row.club in members] or [
        row.club for row in regular if row.position in positions
    ]
    table = standings.playoff_standings(matches, regular=regular, group=group, clubs=ordered)
    by_club = standings.by_club(regular)
    order = [row.club for row in table]
    index = {club: i for i, club in enumerate(order)}
    fixtures = [m for m in matches if m.home_goals is None or m.away_goals is None]
    pairs = tuple((index[m.home], index[m.away]) for m in fixtures)
    factor = 2 if halved else 1
    score = tuple(
        by_club[row.club].points + factor * (row.points - row.carried_points) for row in table
    )
    verdicts: dict[str, tuple[Verdict, ...]] = {}
    for goal, places in GOALS[group].items():
        contest = Contest(
            clubs=tuple(order),
            score=score,
            wins=tuple(row.won for row in table),
            fixtures=pairs,
            places=len(order) - 1 if places is None else places,
            rank=tuple(by_club[club].position for club in order),
            win_units=3 * factor,
            draw_units=factor,
            wins_break_ties=False,
            settled=frozenset(range(len(order))),
        )
        result = solve(contest)
        verdicts[goal] = tuple(_avoiding(v) for v in result) if places is None else result
    return [
        ClubRace(
            row.club,
            row.position,
            row.points,
            _left(pairs, i),
            {goal: vs[i] for goal, vs in verdicts.items()},
        )
        for i, row in enumerate(table)
    ]


def _avoiding(safe: Verdict) -> Verdict:
    """A place to avoid (the barrage): certain to end there when certain to miss safety;
    points needed are those to be safe."""
    status = {CERTAIN: ELIMINATED, ELIMINATED: CERTAIN}.get(safe.status, POSSIBLE)
    return Verdict(status, safe.points_needed)


def _left(pairs, i: int) -> int:
    return sum(i in pair for pair in pairs)
