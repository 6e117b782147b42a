"""League tables computed from results: pure functions, no database.

They work on any objects with `home`, `away`, `home_goals`, `away_goals` (clubs may be any
hashable key: a Club instance, a slug, a name). A match whose goals are None is not played and
is skipped. If the matches carry a `kickoff`, form is read in kick-off order; otherwise in the
order given.

The rules are those of the Jupiler Pro League for 2024-25 and 2025-26. The Pro League's own
regulations (Reglement Pro League, Titel "Competitie", the articles on the ranking) could
not be consulted while this was checked; what is implemented follows the sources below,
which agree with each other and with the 2024-25 season as it was played (see
tests/test_standings_2024_25.py).

Regular season (`_regular_key`), clubs level on points are separated by, in order:
  1. the number of wins, 2. goal difference, 3. goals scored, 4. the number of away wins,
  5. goal difference away, 6. goals scored away, then a test match.
  Source: Voetbalkrant, "Hoogspanning op de laatste reguliere speeldag" (11 March 2025),
  https://www.voetbalkrant.com/nieuws/2025-03-11/hoogspanning-op-de-laatste-reguliere-speeldag-dit-zijn-alle-scenarios-voor-stvv-cercle-brugge-westerlo-dender-en-oh-leuven
  which lists the criteria of the 2024-25 regulations. (Older regulations, e.g. article
  1531 of 2014-15, put goals scored away before away wins and had no away goal
  difference: the order was corrected here from that older version.)
  A test match cannot be computed: clubs still level are ordered by name, a stable order
  the newsroom can see is provisional.

Play-offs: the regular-season points are carried over, halved and rounded UP for the
Champions' and Europe Play-Offs (55 becomes 28: RTL, 14 March 2025, "Genk 65 divisé par
2 = 32.5 ... 33"; Walfoot, 23 May 2025, Union "27,5 points - arrondis à la hausse"), and
kept whole for the Relegation Play-Offs (Focus-WTV, "De balans voor de play-offs", 2025).
On equal points, the half point gained by rounding is taken off first ("any points added
due to rounding are first withdrawn", the long-standing rule): comparing the unrounded
total (27.5 + play-off points) applies exactly that. Still level, the final position of
the regular season decides, with no other criterion (Voetbalkrant, 12 May 2025, "Club
Brugge heeft wel een groot voordeel ten opzichte van Union in de titelstrijd",
https://www.voetbalkrant.com/nieuws/2025-05-12/club-brugge-heeft-wel-een-groot-voordeel-ten-opzichte-van-union-in-de-titelstrijd-dit-zeggen-de-regels
(and for the Relegation Play-Offs, Voetbalprimeur, May 2025, "Na Beerschot ook KV Kortrijk
zeker van degradatie")). That position already carries the regular-season tie-breakers, so
a play-off table never needs a test match to be computed.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

WIN, DRAW, LOSS = "W", "D", "L"
FORM_LENGTH = 5

REGULAR = "regular"
CHAMPIONS = "champions"
EUROPE = "europe"
RELEGATION = "relegation"

# Positions of the regular season that go into each play-off group, and whether the points
# carried over are halved.
PLAYOFF_GROUPS = {
    CHAMPIONS: (range(1, 7), True),
    EUROPE: (range(7, 13), True),
    RELEGATION: (range(13, 17), False),
}


@dataclass(frozen=True)
class Row:
    position: int
    club: Hashable
    played: int
    won: int
    drawn: int
    lost: int
    goals_for: int
    goals_against: int
    goal_difference: int
    points: int
    form: tuple[str, ...] = ()
    # Play-offs only: the points carried over (after halving) and whether rounding added a
    # half point, which the table marks because it loses a tie on points.
    carried_points: int = 0
    rounded_up: bool = False
    away_goals: int = 0
    away_wins: int = 0
    away_goals_against: int = 0

    @property
    def away_goal_difference(self) -> int:
        return self.away_goals - self.away_goals_against


@dataclass
class _Tally:
    club: Hashable
    played: int = 0
    won: int = 0
    drawn: int = 0
    lost: int = 0
    goals_for: int = 0
    goals_against: int = 0
    away_goals: int = 0
    away_goals_against: int = 0
    away_wins: int = 0
    results: list[str] = field(default_factory=list)

    @property
    def points(self) -> int:
        return 3 * self.won + self.drawn

    def add(self, scored: int, conceded: int, *, away: bool) -> None:
        self.played += 1
        self.goals_for += scored
        self.goals_against += conceded
        if away:
            self.away_goals += scored
            self.away_goals_against += conceded
        if scored > conceded:
            self.won += 1
            self.away_wins += away
            self.results.append(WIN)
        elif scored == conceded:
            self.drawn += 1
            self.results.append(DRAW)
        else:
            self.lost += 1
            self.results.append(LOSS)


def halve(points: int) -> tuple[int, bool]:
    """Regular-season points carried into the Champions' or Europe Play-Offs: half, rounded
    up, and whether rounding added a half point."""
    return (points + 1) // 2, points % 2 == 1


def standings(matches: Iterable, *, clubs: Iterable[Hashable] = ()) -> list[Row]:
    """The regular-season table: clubs without a played match (`clubs`) are listed too."""
    tallies = _tally(matches, clubs)
    ordered = sorted(tallies.values(), key=_regular_key)
    return [_row(i, t) for i, t in enumerate(ordered, start=1)]


def playoff_standings(
    matches: Iterable, *, regular: list[Row], group: str, clubs: Iterable[Hashable] = ()
) -> list[Row]:
    """The table of one play-off group (CHAMPIONS, EUROPE, RELEGATION) after `matches`.

    `regular` is the final regular-season table; the group's clubs are taken from it by
    position unless `clubs` names them.
    """
    positions, halved = PLAYOFF_GROUPS[group]
    by_club = {row.club: row for row in regular}
    members = list(clubs) or [row.club for row in regular if row.position in positions]
    tallies = _tally(matches, members, only=set(members))

    def exact_carried(club) -> Fraction:
        points = by_club[club].points
        return Fraction(points, 2) if halved else Fraction(points)

    def key(t: _Tally):
        # Unrounded total first: on equal rounded points the club without the half point
        # from rounding is ahead; then the regular-season position.
        return (-(exact_carried(t.club) + t.points), by_club[t.club].position)

    rows = []
    for i, t in enumerate(sorted(tallies.values(), key=key), start=1):
        regular_points = by_club[t.club].points
        carried, rounded = halve(regular_points) if halved else (regular_points, False)
        rows.append(_row(i, t, carried=carried, rounded_up=rounded))
    return rows


def season_tables(matches_by_phase: Mapping[str, Iterable]) -> dict[str, list[Row]]:
    """Every table of a season from its matches grouped by phase (REGULAR, CHAMPIONS, ...).

    A play-off table is given once its phase has matches (scheduled ones will do): its clubs
    are those of its matches, so a play-off drawn up before the last regular round is
    settled in the data still shows the right clubs.
    """
    regular = standings(matches_by_phase.get(REGULAR, ()))
    tables = {REGULAR: regular}
    for group in PLAYOFF_GROUPS:
        matches = list(matches_by_phase.get(group, ()))
        if matches:
            clubs = {m.home for m in matches} | {m.away for m in matches}
            ordered = [row.club for row in regular if row.club in clubs]
            tables[group] = playoff_standings(matches, regular=regular, group=group, clubs=ordered)
    return tables


def _tally(matches, clubs, only=None) -> dict[Hashable, _Tally]:
    tallies: dict[Hashable, _Tally] = {club: _Tally(club) for club in clubs}
    for m in _in_order(matches):
        if only is not None and not (m.home in only and m.away in only):
            continue
        for club in (m.home, m.away):
            tallies.setdefault(club, _Tally(club))
        tallies[m.home].add(m.home_goals, m.away_goals, away=False)
        tallies[m.away].add(m.away_goals, m.home_goals, away=True)
    return tallies


def _in_order(matches: Iterable) -> list:
    played = [m for m in matches if m.home_goals is not None and m.away_goals is not None]
    if played and all(getattr(m, "kickoff", None) is not None for m in played):
        return sorted(played, key=lambda m: m.kickoff)
    return played


def _regular_key(t: _Tally):
    # The regular-season tie-breakers, see the module docstring; the name last stands in
    # for the test match as a stable order.
    return (
        -t.points,
        -t.won,
        -(t.goals_for - t.goals_against),
        -t.goals_for,
        -t.away_wins,
        -(t.away_goals - t.away_goals_against),
        -t.away_goals,
        str(t.club),
    )


def _row(position: int, t: _Tally, *, carried: int = 0, rounded_up: bool = False) -> Row:
    return Row(
        position=position,
        club=t.club,
        played=t.played,
        won=t.won,
        drawn=t.drawn,
        lost=t.lost,
        goals_for=t.goals_for,
        goals_against=t.goals_against,
        goal_difference=t.goals_for - t.goals_against,
        points=carried + t.points,
        form=tuple(t.results[-FORM_LENGTH:]),
        carried_points=carried,
        rounded_up=rounded_up,
        away_goals=t.away_goals,
        away_wins=t.away_wins,
        away_goals_against=t.away_goals_against,
    )


def by_club(rows: Iterable[Row]) -> Mapping[Hashable, Row]:
    """Rows keyed by club, for a club page that needs its own line."""
    return {row.club: row for row in rows}
