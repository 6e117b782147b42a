"""The race solver: one club's verdict for one place, over every remaining result.

See the package docstring (kopbal.football.race) for the rules it applies.
"""

from __future__ import annotations

import time
from collections.abc import Hashable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from .groups import Groups

CERTAIN, POSSIBLE, ELIMINATED = "certain", "possible", "eliminated"
# A race that has not been proved in this time (all models of all clubs together) means a
# bug, a far larger league than ours or a state far earlier than readers are shown (see
# season_race.RaceTooEarly): the answer would not be exact, so it is an error rather than
# a guess, raised before a web worker is held long enough to be killed.
SOLVER_SECONDS = 20.0
# Group models per club before falling back to one model over all clubs (see
# _most_points_missing); a leader with 15 rounds to go needs about 80.
GROUP_MODELS = 400


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
        self.deadline = time.monotonic() + SOLVER_SECONDS
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

    def _seconds_left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise RaceUndecided("time budget spent")
        return left

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
        solver.parameters.max_time_in_seconds = self._seconds_left()
        # A portfolio of strategies: one worker alone needs minutes on the hardest models
        # (a leader with 15 rounds to go), eight take seconds even on two cores.
        solver.parameters.num_workers = 8
        status = solver.solve(model)
        if status not in (cp_model.OPTIMAL, cp_model.INFEASIBLE):
            raise RaceUndecided(solver.status_name(status))
        return solver, status

    def _most_points_missing(self, c: int, others: list[int]) -> int | None:
        """The most points c can get from its matches and still miss the place (losing
        every open tie), or None if it cannot miss it.

        One model over all clubs that maximises c's points is exact but slow to prove for
        a leader with 15 rounds to go (its "which six pass it" choice is weak for the
        LP). So the question is asked per group of clubs that could pass c, from the most
        points the counting bound (groups.py) allows downwards: a group is a small model
        whose infeasibility CP-SAT proves in milliseconds. Groups the bound rules out
        cannot pass c, so the first total some group reaches is the answer.
        """
        left = len(self.played_by[c])
        groups = Groups(
            score=self.c.score,
            fixtures=self.c.fixtures,
            others=others,
            places=self.c.places,
            c=c,
            win_units=self.c.win_units,
            draw_units=self.c.draw_units,
        )
        budget = GROUP_MODELS
        for g in range(groups.upper_bound(3 * left), -1, -1):
            if left and g == 3 * left - 1:
                continue  # "at least 3n - 1" is "at least 3n", asked already
            for group in groups.passing(g):
                budget -= 1
                if budget < 0:
                    # Far more candidate groups than usual: one model for the rest.
                    return self._most_points_missing_at_once(c, others, upper=g)
                if self._group_passes(c, [int(j) for j in group], g):
                    return g
        return None

    def _group_passes(self, c: int, group: list[int], g: int) -> bool:
        """Whether every club of `group` can end above c with c getting at least g points.

        Only the matches of c and of the group matter. A group club wins its matches
        against clubs outside the group other than c (only its own key moves, upwards); matches
        between two such outside clubs change nothing here and are left out."""
        model = cp_model.CpModel()
        members = set(group)
        score = {i: self.c.score[i] for i in (c, *group)}
        wins = {i: self.c.wins[i] for i in (c, *group)}
        gained = 0
        for home, away in self.c.fixtures:
            sides = {home, away}
            if c in sides or sides <= members:
                h, d, a = (model.new_bool_var(x) for x in "hda")
                model.add_exactly_one(h, d, a)
                for club, win in ((home, h), (away, a)):
                    if club in score:
                        score[club] += self.c.win_units * win + self.c.draw_units * d
                        wins[club] += win
                        if club == c:
                            gained += 3 * win + d
            elif sides & members:
                winner = home if home in members else away
                score[winner] += self.c.win_units
                wins[winner] += 1
        model.add(gained >= g)
        keys = {i: self._key(score[i], wins[i]) for i in score}
        for j in group:
            model.add(keys[j] >= keys[c] + (0 if self._loses_tie(c, j) else 1))
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = self._seconds_left()
        solver.parameters.num_workers = 1  # small models: one worker answers quickest
        # The LP relaxation of every constraint: halves the time of the proofs that a
        # group cannot pass c (measured on 2025-26 with 15 rounds to go).
        solver.parameters.linearization_level = 2
        status = solver.solve(model)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE, cp_model.INFEASIBLE):
            raise RaceUndecided(solver.status_name(status))
        return status != cp_model.INFEASIBLE

    def _most_points_missing_at_once(self, c: int, others: list[int], *, upper: int) -> int | None:
        """As _most_points_missing, in one model over every club (c gets at most `upper`)."""
        model, keys, gained = self._model()
        model.add(gained[c] <= upper)
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
