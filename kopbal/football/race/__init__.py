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

The solver is OR-Tools' CP-SAT (solver.py). Per club: the most points it can get and still
miss the place, asked per group of clubs that could pass it, from the most points a
counting bound allows downwards (groups.py), each group a small model (none: certain);
and one model that looks for any outcome in which it gets there (none: out). Cheap bounds
settle the clubs far from the line without a model. seasons.py builds the contests of a
season's regular phase and play-off groups from its matches.
"""

from .seasons import GOALS, TOP_SIX, ClubRace, playoff_race, regular_race
from .solver import (
    CERTAIN,
    ELIMINATED,
    POSSIBLE,
    Contest,
    RaceUndecided,
    Verdict,
    needed_from,
    solve,
)

__all__ = [
    "CERTAIN",
    "ELIMINATED",
    "GOALS",
    "POSSIBLE",
    "TOP_SIX",
    "ClubRace",
    "Contest",
    "RaceUndecided",
    "Verdict",
    "needed_from",
    "playoff_race",
    "regular_race",
    "solve",
]
