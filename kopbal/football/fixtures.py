"""What the reader pages read about a competition's season: its phases, rounds and matches.

Every helper that returns something computed from a season's matches records that the page
shows that season (generations.depends_on), so a saved score renders the page again; the
tables do the same in kopbal.football.tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F, Max, Min, Q

from kopbal.core import generations

from . import naming, standings, tables
from .models import Club, Competition, Match, Phase, Season

# A match that is not played yet for "the current round". A postponed match does not hold
# the round back: it may be played weeks later, and readers want the next matchday.
UNPLAYED = (Match.Status.SCHEDULED, Match.Status.LIVE, Match.Status.HALF_TIME)
LAST_RESULTS = 5


def current_season(competition: Competition) -> Season | None:
    """The newest season the competition has phases in."""
    return (
        Season.objects.filter(phases__competition=competition)
        .order_by("-start_date")
        .distinct()
        .first()
    )


def seasons(competition: Competition) -> list[Season]:
    """Every season of the competition, newest first."""
    return list(
        Season.objects.filter(phases__competition=competition).order_by("-start_date").distinct()
    )


def season_by_name(competition: Competition, name: str) -> Season | None:
    return Season.objects.filter(phases__competition=competition, name=name).distinct().first()


def phases(competition: Competition, season: Season) -> list[Phase]:
    """The season's phases that have matches, in the order they are played."""
    return list(
        Phase.objects.filter(competition=competition, season=season, matches__isnull=False)
        .order_by("order", "pk")
        .distinct()
    )


@dataclass(frozen=True)
class Rounds:
    """A phase's rounds as far as the pages need them."""

    first_open: int | None  # the first round with a match still to play
    last: int

    @property
    def current(self) -> int:
        """The first round that still has a match to play; else the last round."""
        return self.first_open if self.first_open is not None else self.last


def phase_rounds(phase_list: list[Phase]) -> dict[int, Rounds]:
    """The rounds of each phase (keyed by phase id), in one query."""
    rows = (
        Match.objects.filter(phase__in=phase_list)
        .values("phase_id")
        .annotate(
            last=Max("round_number"),
            first_open=Min("round_number", filter=Q(status__in=UNPLAYED)),
        )
        .order_by()
    )
    return {r["phase_id"]: Rounds(r["first_open"], r["last"]) for r in rows}


def current_phase(phase_list: list[Phase], rounds: dict[int, Rounds]) -> Phase | None:
    """The first phase with a match still to play; else the last one."""
    if not phase_list:
        return None
    return next((p for p in phase_list if rounds[p.pk].first_open is not None), phase_list[-1])


def round_numbers(phase: Phase) -> list[int]:
    return list(
        Match.objects.filter(phase=phase)
        .order_by("round_number")
        .values_list("round_number", flat=True)
        .distinct()
    )


def current_round(phase: Phase) -> int | None:
    """The first round of `phase` that still has a match to play; else its last round."""
    rounds = phase_rounds([phase]).get(phase.pk)
    return rounds.current if rounds is not None else None


# Matches show their clubs' names and colours: an edit of any club renews the pages that
# list matches (a round holds most clubs of the league, so one key for all of them is as
# fine-grained as it is worth being; competitions are read from the same snippet menu).
_CLUB_NAMES = (generations.tags("club"), generations.tags("competition"))


def round_matches(phase: Phase, number: int) -> list[Match]:
    """The matches of one round, by kick-off, with both clubs."""
    generations.depends_on(tables.season_key(phase.competition_id, phase.season_id), *_CLUB_NAMES)
    return list(Match.objects.in_round(phase, number).with_clubs().order_by("kickoff", "pk"))


@dataclass(frozen=True)
class ClubSummary:
    """A club's place in its league now: the table line, the next match, the last results."""

    competition: Competition
    season: Season
    phase_table: tables.PhaseTable | None
    row: standings.Row | None  # the club's line in phase_table
    next_match: Match | None
    last_results: list[Match]

    @property
    def phase_label(self) -> str:
        return naming.phase_label(self.phase_table.phase) if self.phase_table else ""


def club_summary(club: Club) -> ClubSummary | None:
    """The club's summary in its league's current season; None when it has no matches there."""
    competition = club.competition
    if competition is None:
        return None
    season = current_season(competition)
    if season is None:
        return None
    generations.depends_on(tables.season_key(competition, season), *_CLUB_NAMES)
    matches = (
        Match.objects.for_club(club)
        .filter(phase__competition=competition, phase__season=season)
        .with_clubs()
    )
    # The soonest (a match being played kicked off first); undated ones last on every database.
    next_match = (
        matches.filter(status__in=UNPLAYED)
        .order_by(F("kickoff").asc(nulls_last=True), "pk")
        .first()
    )
    last = list(matches.finished().order_by("-kickoff", "-pk")[:LAST_RESULTS])
    if next_match is None and not last:
        return None
    table, row = None, None
    for candidate in reversed(tables.season_tables(competition, season)):
        found = next((r for r in candidate.rows if r.club.pk == club.pk), None)
        # The newest table the club has played in: a play-off group once it has begun.
        if found is not None and (found.played or candidate.phase.kind == Phase.Kind.REGULAR):
            table, row = candidate, found
            break
    return ClubSummary(
        competition=competition,
        season=season,
        phase_table=table,
        row=row,
        next_match=next_match,
        last_results=last,
    )


def for_match_page(match_id: int) -> Match | None:
    """One match with its clubs, phase, competition, season and events."""
    generations.depends_on(generations.match(match_id), *_CLUB_NAMES)
    match = (
        Match.objects.with_clubs()
        .select_related("phase__competition", "phase__season")
        .filter(pk=match_id)
        .first()
    )
    if match is None:
        return None
    # In the model's order: by minute, 90' before 90+3'.
    match.event_list = list(match.events.select_related("club", "person"))
    return match
