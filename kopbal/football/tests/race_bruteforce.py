"""The race by brute force: every W/D/L combination of the remaining fixtures, in numpy.

The reference the CP-SAT solver (kopbal.football.race) is checked against. It shares no
code with it: it reads the same documented rule (a tie on points and wins is open while
either club has a match left, otherwise the table's order decides; play-offs are decided by
the unrounded total and the regular-season position) and counts, per outcome.
"""

from __future__ import annotations

import itertools

import numpy as np

CHUNK_FIXTURES = 11  # 3^11 = 177,147 outcomes per block


def brute_race(
    *,
    score,
    wins,
    fixtures,
    places: int,
    rank,
    settled,
    win_units: int = 3,
    draw_units: int = 1,
    wins_break_ties: bool = True,
):
    """[(status, points_needed)] per club, over all 3^len(fixtures) outcomes."""
    n = len(score)
    fixtures = list(fixtures)
    rank = np.asarray(rank)
    settled = set(settled)
    open_tie = np.array([[not (i in settled and j in settled) for j in range(n)] for i in range(n)])
    # tie_lost[c, j]: c ends below j on an equal key in c's worst case; tie_won: best case.
    j_ranks_first = rank[None, :] < rank[:, None]
    tie_lost = open_tie | j_ranks_first
    tie_won_by_j = ~open_tie & j_ranks_first

    worst_missing = np.full(n, -1)  # most own points in an outcome that misses the place
    can_miss = np.zeros(n, bool)
    can_make = np.zeros(n, bool)
    totals = [set() for _ in range(n)]
    for points, won, gained in _blocks(score, wins, fixtures, win_units, draw_units):
        key = points * 1000 + (won if wins_break_ties else 0)
        for c in range(n):
            kc = key[:, c : c + 1]
            above_worst = (key > kc) | ((key == kc) & tie_lost[c][None, :])
            above_worst[:, c] = False
            missed = above_worst.sum(axis=1) >= places
            if missed.any():
                can_miss[c] = True
                worst_missing[c] = max(worst_missing[c], gained[missed, c].max())
            above_best = (key > kc) | ((key == kc) & tie_won_by_j[c][None, :])
            above_best[:, c] = False
            can_make[c] |= bool((above_best.sum(axis=1) <= places - 1).any())
            totals[c].update(np.flatnonzero(np.bincount(gained[:, c])).tolist())
    verdicts = []
    for c in range(n):
        if not can_miss[c]:
            verdicts.append(("certain", 0))
        elif not can_make[c]:
            verdicts.append(("eliminated", None))
        else:
            enough = [t for t in totals[c] if t > worst_missing[c]]
            verdicts.append(("possible", min(enough) if enough else None))
    return verdicts


def _blocks(score, wins, fixtures, win_units, draw_units):
    """(points, wins, own points gained) arrays of shape (outcomes, clubs), block by block."""
    n = len(score)
    inner = fixtures[-CHUNK_FIXTURES:] if fixtures else []
    outer = fixtures[: len(fixtures) - len(inner)]
    grid = np.array(list(itertools.product(range(3), repeat=len(inner))), dtype=np.int8)
    grid = grid.reshape(len(grid), len(inner))  # one empty outcome when nothing is left
    for head in itertools.product(range(3), repeat=len(outer)):
        points = np.tile(np.asarray(score, dtype=np.int64), (len(grid), 1))
        won = np.tile(np.asarray(wins, dtype=np.int64), (len(grid), 1))
        gained = np.zeros((len(grid), n), dtype=np.int64)
        columns = [np.full(len(grid), r, dtype=np.int8) for r in head] + list(grid.T)
        for (home, away), result in zip(fixtures, columns, strict=True):
            # 0: home win, 1: draw, 2: away win
            for club, win in ((home, result == 0), (away, result == 2)):
                draw = result == 1
                points[:, club] += win * win_units + draw * draw_units
                won[:, club] += win
                gained[:, club] += win * 3 + draw
        yield points, won, gained
