"""The race of a competition's season as the race page and the race API show it.

The solver (kopbal.football.race) is pure; this reads the matches, keeps its answer in the
cache under the season's generation (core.generations `football_season`, moved by every
change of one of its matches) and records that the page or answer depends on it. A race
with 15 rounds to go takes CP-SAT about a second; very early states take far longer (after
round 3 of 30: about two minutes, after round 5: 10-20 s, on a 2-core machine), so each
answer is also kept under its content and solved once per distinct state, not per reader.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from django.core.cache import cache

from kopbal.core import generations

from . import race, standings
from .models import Club, Competition, Match, Phase, Season
from .tables import ClubKey, season_key

RACE_KINDS = (Phase.Kind.REGULAR, Phase.Kind.CHAMPIONS, Phase.Kind.EUROPE, Phase.Kind.RELEGATION)
CACHE_SECONDS = 24 * 3600  # the generation in the key retires an entry, not the timeout
CONTENT_CACHE_SECONDS = 7 * 24 * 3600


class RaceTooEarly(Exception):
    """More than half of the regular season is still to play.

    Nobody is certain of or out of the top six that early, and proving how many points each
    club needs takes CP-SAT from 10 s (after round 5 of 30) to minutes (after round 3): too
    long for a reader's request and a way to tie up workers. The race is shown from the
    point where at most half of the matches are left; `from_round` is the first round
    after which it is."""

    def __init__(self, from_round: int):
        super().__init__(from_round)
        self.from_round = from_round


@dataclass(frozen=True)
class SeasonRace:
    phase: Phase
    after_round: int | None  # None: as the season stands now
    last_round: int  # the phase's last round number
    clubs: list[race.ClubRace]  # ClubRace.club is a Club

    @property
    def goals(self) -> list[str]:
        return list(race.GOALS[self.phase.kind])


def race_phases(competition: Competition, season: Season) -> dict[str, Phase]:
    """The phases of the season that have a race, by kind, in the order they are played."""
    phases = Phase.objects.filter(
        competition=competition, season=season, kind__in=RACE_KINDS, matches__isnull=False
    ).distinct()
    return {p.kind: p for p in phases.order_by("order", "pk")}


def current_kind(phases: dict[str, Phase]) -> str | None:
    """The race readers follow now: the regular season until its last match is played."""
    if Phase.Kind.REGULAR in phases:
        regular = phases[Phase.Kind.REGULAR]
        if regular.matches.exclude(status=Match.Status.FINISHED).exists() or len(phases) == 1:
            return Phase.Kind.REGULAR
    playoffs = [kind for kind in phases if kind != Phase.Kind.REGULAR]
    return playoffs[0] if playoffs else None


def season_race(
    competition: Competition,
    season: Season,
    phase: Phase,
    *,
    after_round: int | None = None,
) -> SeasonRace:
    """The race of `phase` as it stood after round `after_round` of that phase (later rounds
    count as not played), or now. Play-off races start from the regular season's final
    table."""
    key = season_key(competition, season)
    # The race lists its clubs by name: any club's edit renews it too.
    generations.depends_on(key, generations.tags("club"), generations.tags("competition"))
    (generation,) = generations.read(key)
    cache_key = f"football:race:{phase.pk}:{after_round}:{generation}"
    cached = cache.get(cache_key)
    if cached is None:
        cached = _compute(competition, season, phase, after_round)
        cache.set(cache_key, cached, CACHE_SECONDS)
    last_round, rows = cached
    clubs = Club.objects.in_bulk([row.club for row in rows])
    return SeasonRace(
        phase=phase,
        after_round=after_round,
        last_round=last_round,
        clubs=[replace(row, club=clubs[row.club]) for row in rows],
    )


def phase_results(phase: Phase, after_round: int | None) -> list[_Result]:
    """The phase's matches as the solver reads them: only finished matches up to the round
    count as played (a live score is not a result yet)."""
    matches = phase.matches.only(
        "home_id", "away_id", "home_goals", "away_goals", "kickoff", "status", "round_number"
    )
    results = []
    for m in matches:
        played = m.status == Match.Status.FINISHED and (
            after_round is None or m.round_number <= after_round
        )
        results.append(
            _Result(
                m.home_id,
                m.away_id,
                m.home_goals if played else None,
                m.away_goals if played else None,
                m.kickoff,
                m.round_number,
            )
        )
    return results


def _compute(competition, season, phase, after_round):
    """(last round, [ClubRace with club ids]): what the cache holds."""
    results = phase_results(phase, after_round)
    last_round = max((r.round_number for r in results), default=0)
    left = sum(1 for r in results if r.home_goals is None)
    if phase.kind == Phase.Kind.REGULAR and 2 * left > len(results):
        raise RaceTooEarly(from_round=last_round - last_round // 2)
    regular_results = []
    if phase.kind != Phase.Kind.REGULAR:
        regular_phase = Phase.objects.filter(
            competition=competition, season=season, kind=Phase.Kind.REGULAR
        ).first()
        regular_results = phase_results(regular_phase, None) if regular_phase else []
    names = dict(
        Club.objects.filter(
            pk__in={c for r in (*results, *regular_results) for c in (r.home, r.away)}
        ).values_list("pk", "name")
    )
    # A race depends only on its results and fixtures: a score saved in round 20 moves the
    # season's generation but not the race after round 5, which early in a season can take
    # CP-SAT a minute. So the answer is also kept under its content and solved once.
    content = repr(
        (
            phase.kind,
            sorted((r.home, r.away, r.home_goals, r.away_goals) for r in results),
            sorted((r.home, r.away, r.home_goals, r.away_goals) for r in regular_results),
            sorted(names.items()),
        )
    )
    content_key = f"football:race:content:{hashlib.sha256(content.encode()).hexdigest()}"
    rows = cache.get(content_key)
    if rows is None:
        if phase.kind == Phase.Kind.REGULAR:
            computed = race.regular_race(_named(results, names))
        else:
            regular = standings.standings(_named(regular_results, names))
            computed = race.playoff_race(_named(results, names), regular=regular, group=phase.kind)
        rows = [replace(row, club=row.club.pk) for row in computed]
        cache.set(content_key, rows, CONTENT_CACHE_SECONDS)
    return last_round, rows


def _named(results, names):
    # Clubs still level after every tie-breaker are listed by name (see standings).
    return [
        replace(r, home=ClubKey(r.home, names[r.home]), away=ClubKey(r.away, names[r.away]))
        for r in results
    ]


@dataclass(frozen=True)
class _Result:
    home: object
    away: object
    home_goals: int | None
    away_goals: int | None
    kickoff: object
    round_number: int
