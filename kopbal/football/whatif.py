"""The what-if table: the table that follows from results a reader picks (1, X or 2).

Picked results have no goals, so the order uses what W/D/L decides: in the regular season
points, then wins, and clubs still level SHARE a position (listed in today's order); in
the play-offs the unrounded total and then the regular-season position, as in
kopbal.football.standings, which leaves no tie. static/js/whatif.js applies the same rules
in the browser; the server applies them for readers without JavaScript.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, replace

HOME, DRAW, AWAY = "1", "X", "2"
PICKS = (HOME, DRAW, AWAY)


@dataclass(frozen=True)
class Line:
    club: Hashable
    played: int
    won: int
    drawn: int
    lost: int
    points: int  # as the table shows them (carried over + play-off points)
    score: int  # what orders the table: points, or twice the unrounded total when halved
    rank: int  # today's position (play-offs: the regular season's), the last word
    position: int = 0
    shared: bool = False  # level with another club on everything a pick decides


def table_after(
    lines: Iterable[Line],
    picks: Iterable[tuple[Hashable, Hashable, str]],
    *,
    factor: int = 1,
    wins_decide: bool = True,
) -> list[Line]:
    """`lines` after the picked results (home, away, HOME/DRAW/AWAY), in order."""
    by_club = {line.club: line for line in lines}
    for home, away, pick in picks:
        for club, result in ((home, pick), (away, {HOME: AWAY, AWAY: HOME}.get(pick, pick))):
            line = by_club[club]
            won, drawn = (1, 0) if result == HOME else (0, 1) if result == DRAW else (0, 0)
            gained = 3 * won + drawn
            by_club[club] = replace(
                line,
                played=line.played + 1,
                won=line.won + won,
                drawn=line.drawn + drawn,
                lost=line.lost + (1 - won - drawn),
                points=line.points + gained,
                score=line.score + factor * gained,
            )

    def decided(line):
        return (-line.score, -line.won) if wins_decide else (-line.score, line.rank)

    ordered = sorted(by_club.values(), key=lambda line: (decided(line), line.rank))
    keys = [decided(line) for line in ordered]
    return [
        replace(line, position=keys.index(key) + 1, shared=keys.count(key) > 1)
        for line, key in zip(ordered, keys, strict=True)
    ]
