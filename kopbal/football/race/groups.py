"""Which groups of clubs could all end above a club: the counting bound that lets the race
solver (kopbal.football.race.solver) ask CP-SAT small questions instead of one hard one.

A club c misses a place of the first `places` when that many other clubs end level with or
above it. For a group S of that size to do so while c gets g points from its own matches,
two things are necessary (not sufficient):

- every club of S can reach c's total on its own (its score plus a win in every match);
- together they can: the matches that involve S hand out at most one win's worth each,
  and the points c takes beyond what its matches against clubs outside S can give come out
  of matches against S, costing S at least as much as c gains.

Both hold a fortiori for a smaller g, so the groups that pass for g include those that pass
for g + 1. Numpy checks every group at once (5,005 groups of 6 among 15 clubs).
"""

from __future__ import annotations

import itertools

import numpy as np


class Groups:
    def __init__(self, *, score, fixtures, others, places, c, win_units, draw_units):
        n = len(score)
        self.score = np.asarray(score, dtype=np.int64)
        games = np.zeros((n, n), dtype=np.int64)
        for home, away in fixtures:
            games[home, away] += 1
            games[away, home] += 1
        left = games.sum(axis=1)
        self.combos = np.array(list(itertools.combinations(others, places)), dtype=np.int64)
        self.combos = self.combos.reshape(len(self.combos), places)
        inside = np.zeros(len(self.combos), dtype=np.int64)
        for a, b in itertools.combinations(range(places), 2):
            inside += games[self.combos[:, a], self.combos[:, b]]
        against_c = games[c][self.combos].sum(axis=1)
        # Matches that involve the group, each counted once (those against c included).
        self.capacity = left[self.combos].sum(axis=1) - inside
        self.c_elsewhere = left[c] - against_c  # c's matches against clubs outside the group
        self.lowest_high = (self.score + win_units * left)[self.combos].min(axis=1)
        self.group_score = self.score[self.combos].sum(axis=1)
        self.places, self.c, self.win_units = places, c, win_units
        self.draw_units = draw_units

    def passing(self, g: int) -> np.ndarray:
        """The groups that may all end level with or above c when c gets g points, the
        likeliest first (most to spare)."""
        total = self.score[self.c] + self.draw_units * g
        taken = self.draw_units * np.maximum(0, g - 3 * self.c_elsewhere)
        spare = self.group_score + self.win_units * self.capacity - taken - self.places * total
        ok = (self.lowest_high >= total) & (spare >= 0)
        order = np.argsort(-spare[ok], kind="stable")
        return self.combos[ok][order]

    def upper_bound(self, most: int) -> int:
        """The most points (up to `most`) c can get with some group passing, or -1."""
        for g in range(most, -1, -1):
            if len(self.passing(g)):
                return g
        return -1
