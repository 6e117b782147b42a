"""The tables of a competition's season as pages and the API show them.

Tables are computed from the matches (kopbal.football.standings), never stored. The
computation is kept in the cache under the season's generation (core.generations
`football_season`), which every change of one of its matches moves in the same
transaction: a table is computed once per change of its data, and a page that shows it is
stamped with that generation, so a score saved in the admin renders it again.

Query budget (see the tests): with the computation cached, the generations (shared with
the rest of the page), the phases and the clubs: at most 3 queries; computing adds 2
(matches, club names); a page being stored adds 1 (the generations of the clubs shown).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from django.core.cache import cache

from kopbal.core import generations

from . import standings
from .models import Club, Competition, Match, Phase, Season

# Phase kinds that have a table, in the order of standings.season_tables.
TABLE_KINDS = (
    Phase.Kind.REGULAR,
    Phase.Kind.CHAMPIONS,
    Phase.Kind.EUROPE,
    Phase.Kind.RELEGATION,
)
CACHE_SECONDS = 24 * 3600  # the generation in the key retires an entry, not the timeout


@dataclass(frozen=True)
class PhaseTable:
    phase: Phase
    rows: list[standings.Row]  # Row.club is a Club


def season_key(competition: Competition | int, season: Season | int) -> str:
    competition_id = getattr(competition, "pk", competition)
    season_id = getattr(season, "pk", season)
    return generations.football_season(competition_id, season_id)


def season_tables(competition: Competition, season: Season) -> list[PhaseTable]:
    """Every table of `competition` in `season` that has matches, in phase order."""
    key = season_key(competition, season)
    # The tables show the clubs' names and crests and the competition's name: a page that
    # shows them is renewed when one of those is edited. A table holds every club of the
    # league, so "any club" (one key, read in the same query as the season's) is as
    # fine-grained as it is worth being. Clubs level after every tie-breaker are listed by
    # name; a renamed club re-sorts such a tie at the season's next match change.
    generations.depends_on(
        key, generations.tags("club"), generations.tag("competition", competition.pk)
    )
    (generation,) = generations.read(key)
    phases = {
        p.kind: p
        for p in Phase.objects.filter(
            competition=competition, season=season, kind__in=TABLE_KINDS
        ).order_by("order", "pk")
    }
    if not phases:
        return []
    cache_key = f"football:tables:{competition.pk}:{season.pk}:{generation}"
    by_kind = cache.get(cache_key)
    if by_kind is None:
        by_kind = _compute(phases)
        cache.set(cache_key, by_kind, CACHE_SECONDS)
    club_ids = {row.club for rows in by_kind.values() for row in rows}
    clubs = Club.objects.select_related("crest").in_bulk(club_ids)
    return [
        PhaseTable(phase=phases[kind], rows=[replace(row, club=clubs[row.club]) for row in rows])
        for kind, rows in by_kind.items()
        if kind in phases
    ]


def phase_table(competition: Competition, season: Season, kind: str) -> PhaseTable | None:
    return next((t for t in season_tables(competition, season) if t.phase.kind == kind), None)


def _compute(phases: dict[str, Phase]) -> dict[str, list[standings.Row]]:
    """Rows keyed by phase kind, with club ids as clubs (what the cache holds)."""
    matches_by_kind: dict[str, list] = {kind: [] for kind in phases}
    kind_of = {p.pk: kind for kind, p in phases.items()}
    matches = Match.objects.filter(phase__in=phases.values()).only(
        "phase_id", "home_id", "away_id", "home_goals", "away_goals", "kickoff", "status"
    )
    for m in matches:
        # Only finished matches count; a live score is not a result yet.
        played = m.status == Match.Status.FINISHED
        matches_by_kind[kind_of[m.phase_id]].append(
            _Result(
                m.home_id,
                m.away_id,
                m.home_goals if played else None,
                m.away_goals if played else None,
                m.kickoff,
            )
        )
    # Clubs still level after every tie-breaker are listed by name (see standings): the
    # computation sees each club as its id with its name as str().
    ids = {c for ms in matches_by_kind.values() for m in ms for c in (m.home, m.away)}
    keys = {
        pk: ClubKey(pk, name)
        for pk, name in Club.objects.filter(pk__in=ids).values_list("pk", "name")
    }
    matches_by_kind = {
        kind: [replace(m, home=keys[m.home], away=keys[m.away]) for m in ms]
        for kind, ms in matches_by_kind.items()
    }
    tables = standings.season_tables(matches_by_kind)
    # The regular-season table lists every club that has a fixture, played or not.
    regular = matches_by_kind.get(standings.REGULAR, [])
    if regular:
        clubs = {m.home for m in regular} | {m.away for m in regular}
        tables[standings.REGULAR] = standings.standings(regular, clubs=sorted(clubs, key=str))
    return {
        kind: [replace(row, club=row.club.pk) for row in rows]
        for kind, rows in tables.items()
        if kind in phases
    }


@dataclass(frozen=True)
class ClubKey:
    """A club as the table computations see it: its id, with its name as str() so that
    clubs level after every tie-breaker are listed by name (see standings)."""

    pk: int
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class _Result:
    home: object
    away: object
    home_goals: int | None
    away_goals: int | None
    kickoff: object
