"""The race for the places of a table: pure functions, no database.

For every club: certain of a place, still in the running, or out of it, over ALL results the
remaining fixtures can have (home win, draw, away win each), and `points_needed`: the fewest
points from its own remaining matches that make the place certain whatever the other
results (0 when already certain, None when even winning every match does not).

"Points needed" is read as "at least": a club that gets `points_needed` or more is sure of
the place. Since each of its results also feeds an opponent, the answer is the most points
it can get in an outcome where it misses the place, plus one, rounded up to a total it can
actually reach (with n matches left, 3n - 1 cannot be reached: 2 points from one match
means 3).

The ties the solver has to decide (the rules are those of kopbal.football.standings):

- Play-offs: the unrounded total (halved regular-season points + play-off points) and then
  the regular-season position, which separates every pair. The answer is exact.
- Regular season: points, then wins; beyond that the table goes by goal difference, goals
  and away goals, which no W/D/L outcome bounds (a 1-0 may as well be a 7-0). So a tie on
  points AND wins counts as OPEN while either club still has a match to play: a club is
  certain of a place only if it keeps it while losing every open tie, and out only if it
  misses it while winning every open tie. Between two clubs that have both played all
  their matches the goals are final and the table's full order (`rank`) decides.
  Under that rule the answer is exact over all 3^n outcomes.

The solver is OR-Tools' CP-SAT: per club, one model that looks for the outcome in which
the club misses the place with the most points of its own (none: certain), and one that
looks for any outcome in which it gets there (none: out). Cheap bounds settle the clubs far
from the line without a model.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from . import standings

CERTAIN, POSSIBLE, ELIMINATED = "certain", "possible", "eliminated"
TOP_SIX = 6
# A model that has not finished in this time means a bug or a far larger league than ours:
# the answer would not be exact, so it is an error rather than a guess.
SOLVER_SECONDS = 30.0


class RaceUndecided(RuntimeError):
    """CP-SAT did not prove its answer in time."""


@dataclass(frozen=True)
class Contest:
    """Who can finish in the first `places` of a table, given the scores so far and the
    fixtures left. Clubs are positions 0..n-1 in every tuple."""

    clubs: tuple[Hashable, ...]
    score: tuple[int, ...]  # in units of the table: points, or twice them when halved
    wins: tuple[int, ...]
    fixtures: tuple[tuple[int, int], ...]  # (home, away)
    places: int
    rank: tuple[int, ...]  # the table's full order today, 1 = first: settles fixed ties
    win_units: int = 3
    draw_units: int = 1
    wins_break_ties: bool = True
    # Clubs whose ties are settled by `rank` (both clubs must be); others' are open.
    settled: frozenset[int] = frozenset()

    def tie_open(self, i: int, j: int) -> bool:
        return not (i in self.settled and j in self.settled)


@dataclass(frozen=True)
class Verdict:
    status: str  # CERTAIN, POSSIBLE or ELIMINATED
    points_needed: int | None


def solve(contest: Contest) -> tuple[Verdict, ...]:
    """The verdict for every club of `contest`, in its order."""
    return tuple(_Solver(contest).verdict(c) for c in range(len(contest.clubs)))


def needed_from(most_missing: int | None, matches_left: int) -> int | None:
    """Points needed when the most a club can get and still miss out is `most_missing`
    (None: it cannot miss out): the next total it can reach, or None."""
    if most_missing is None:
        return 0
    top = 3 * matches_left
    needed = most_missing + 1
    if needed > top:
        return None
    return top if needed == top - 1 else needed


class _Solver:
    def __init__(self, contest: Contest):
        self.c = contest
        n = len(contest.clubs)
        self.played_by = [[f for f, m in enumerate(contest.fixtures) if i in m] for i in range(n)]
        left = [len(fs) for fs in self.played_by]
        # Wins compare only on equal score: one score unit outweighs any gap in wins.
        self.scale = 1
        if contest.wins_break_ties:
            self.scale = max(contest.wins, default=0) + max(left, default=0) + 1
        self.low = [self._key(contest.score[i], contest.wins[i]) for i in range(n)]
        self.high = [
            self._key(contest.score[i] + contest.win_units * left[i], contest.wins[i] + left[i])
            for i in range(n)
        ]

    def _key(self, score, wins):
        return score * self.scale + (wins if self.c.wins_break_ties else 0)

    def _loses_tie(self, c: int, j: int) -> bool:
        """Whether c ends below j on an equal key, in the worst case for c."""
        return self.c.tie_open(c, j) or self.c.rank[j] < self.c.rank[c]

    def _wins_tie(self, c: int, j: int) -> bool:
        """Whether c can end above j on an equal key, in the best case for c."""
        return self.c.tie_open(c, j) or self.c.rank[c] < self.c.rank[j]

    def verdict(self, c: int) -> Verdict:
        others = [j for j in range(len(self.c.clubs)) if j != c]
        places = self.c.places
        # Bounds first. Certain: even with c losing out and the others winning out, fewer
        # than `places` clubs can pass it.
        can_pass = sum(
            self.high[j] > self.low[c] or (self.high[j] == self.low[c] and self._loses_tie(c, j))
            for j in others
        )
        if can_pass < places:
            return Verdict(CERTAIN, 0)
        # Out: `places` clubs stay above c even when it wins out and they lose out.
        always_above = sum(
            self.low[j] > self.high[c] or (self.low[j] == self.high[c] and not self._wins_tie(c, j))
            for j in others
        )
        if always_above >= places:
            return Verdict(ELIMINATED, None)
        most_missing = self._most_points_missing(c, others)
        left = len(self.played_by[c])
        if most_missing is None:
            return Verdict(CERTAIN, 0)
        if not self._can_make_it(c, others):
            return Verdict(ELIMINATED, None)
        return Verdict(POSSIBLE, needed_from(most_missing, left))

    def _model(self):
        model = cp_model.CpModel()
        outcomes = []  # per fixture: (home win, draw, away win)
        for f in range(len(self.c.fixtures)):
            h, d, a = (model.new_bool_var(f"{f}{x}") for x in "hda")
            model.add_exactly_one(h, d, a)
            outcomes.append((h, d, a))
        self._outcomes = outcomes
        keys, gained = [], []
        for i in range(len(self.c.clubs)):
            wins, draws = [], []
            for f in self.played_by[i]:
                h, d, a = outcomes[f]
                wins.append(h if self.c.fixtures[f][0] == i else a)
                draws.append(d)
            score = self.c.score[i] + self.c.win_units * sum(wins) + self.c.draw_units * sum(draws)
            key = score * self.scale
            if self.c.wins_break_ties:
                key += self.c.wins[i] + sum(wins)
            keys.append(key)
            gained.append(3 * sum(wins) + sum(draws))
        return model, keys, gained

    def _run(self, model) -> tuple[cp_model.CpSolver, int]:
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = SOLVER_SECONDS
        # A portfolio of strategies: one worker alone needs minutes on the hardest models
        # (a leader with 15 rounds to go), eight take seconds even on two cores.
        solver.parameters.num_workers = 8
        status = solver.solve(model)
        if status not in (cp_model.OPTIMAL, cp_model.INFEASIBLE):
            raise RaceUndecided(solver.status_name(status))
        return solver, status

    def _most_points_missing(self, c: int, others: list[int]) -> int | None:
        """The most points c can get from its matches and still miss the place (losing
        every open tie), or None if it cannot miss it."""
        left = len(self.played_by[c])
        bound = self._upper_bound(c, others, left)
        if bound < 0:
            return None
        model, keys, gained = self._model()
        model.add(gained[c] <= bound)
        above = {}
        for j in others:
            tie = 0 if self._loses_tie(c, j) else 1
            if self.high[j] < self.low[c] + tie:
                continue  # j can never end above c
            x = model.new_bool_var(f"above{j}")
            model.add(keys[j] >= keys[c] + tie).only_enforce_if(x)
            above[j] = x
        if len(above) < self.c.places:
            return None
        model.add(sum(above.values()) >= self.c.places)
        self._dominance(model, c, above)
        model.maximize(gained[c])
        solver, status = self._run(model)
        if status == cp_model.INFEASIBLE:
            return None
        return round(solver.objective_value)

    def _upper_bound(self, c: int, others: list[int], left: int) -> int:
        """A total above which c cannot miss: fewer than `places` clubs can reach it."""
        for g in range(3 * left, -1, -1):
            floor = self._key(self.c.score[c] + self.c.draw_units * g, self.c.wins[c])
            reach = sum(
                self.high[j] > floor or (self.high[j] == floor and self._loses_tie(c, j))
                for j in others
            )
            if reach >= self.c.places:
                return g
        return -1

    def _dominance(self, model, c: int, above: dict) -> None:
        """Results that can be fixed without losing an outcome, to cut the search: a club
        counted above c wins against one that is not (only its own key moves, upwards), and
        a match between two clubs that are neither c nor counted above is irrelevant, so
        call it a draw. Any outcome can be changed into one that obeys these and is still
        a miss with as many points for c."""
        for f, (home, away) in enumerate(self.c.fixtures):
            if c in (home, away):
                continue
            h, d, a = self._outcomes[f]
            x_home, x_away = above.get(home), above.get(away)
            # A club that can never be above c stands for "false" in these clauses.
            for x_winner, x_loser, result in ((x_home, x_away, h), (x_away, x_home, a)):
                if x_winner is not None:
                    model.add_bool_or(
                        [x_winner.Not(), result] + ([x_loser] if x_loser is not None else [])
                    )
            model.add_bool_or([d] + [x for x in (x_home, x_away) if x is not None])

    def _can_make_it(self, c: int, others: list[int]) -> bool:
        """Whether some outcome puts c in the place, winning every open tie."""
        model, keys, _ = self._model()
        below = []
        for j in others:
            x = model.new_bool_var(f"below{j}")
            model.add(keys[c] >= keys[j] + (0 if self._wins_tie(c, j) else 1)).only_enforce_if(x)
            below.append(x)
        model.add(sum(below) >= len(others) - (self.c.places - 1))
        _, status = self._run(model)
        return status != cp_model.INFEASIBLE


# --- building the contests from a season's matches -------------------------------------


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
