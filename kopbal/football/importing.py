"""Import matches from the openfootball Football.TXT files into seasons, phases and matches."""

import datetime
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from kopbal.core import events, generations

from .club_names import OPENFOOTBALL_CLUB_SLUGS
from .models import Club, Competition, Match, Phase, Season

logger = logging.getLogger("kopbal.football")

# Phase of a stage heading in the files ("Championship, Matchday 3" has stage "Championship").
# Names are what readers see, so they are in Dutch; the order is the order of the season.
_STAGES = [
    ("champion", Phase.Kind.CHAMPIONS, "Champions' Play-offs", 2),
    ("europe", Phase.Kind.EUROPE, "Europe Play-offs", 3),
    ("relegation", Phase.Kind.RELEGATION, "Relegation Play-offs", 4),
    ("ecl", Phase.Kind.ECL_PLAYOFF, "Play-off Conference League", 5),
    ("conference", Phase.Kind.ECL_PLAYOFF, "Play-off Conference League", 5),
]
_REGULAR = (Phase.Kind.REGULAR, "Reguliere competitie", 1)
_NUMBER = re.compile(r"\d+")
# Statuses the newsroom sets on match day that a file without a score must not undo.
_DESK_STATUSES = {Match.Status.LIVE, Match.Status.HALF_TIME, Match.Status.POSTPONED}


class ImportRejected(Exception):
    """The file cannot be imported as it is; `problems` says every reason, nothing was stored."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class ImportResult:
    season: Season
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    phases: list[Phase] = field(default_factory=list)


def clubs_map(names: Iterable[str]) -> tuple[dict[str, Club], list[str]]:
    """Map file spellings to clubs (see club_names.py for the rule); also the unmapped names."""
    names = sorted(set(names))
    # A league has a few dozen clubs: reading them all is one small query and keeps the rule
    # (exact name or short name, ignoring case) in Python where it is easy to read.
    clubs = list(Club.objects.all())
    by_slug = {c.slug: c for c in clubs}
    by_name = {}
    for club in clubs:
        by_name.setdefault(club.short_name.lower(), club)
    for club in clubs:  # the full name wins over another club's short name
        by_name[club.name.lower()] = club
    found, missing = {}, []
    for name in names:
        slug = OPENFOOTBALL_CLUB_SLUGS.get(name)
        club = by_slug.get(slug) if slug else by_name.get(name.lower())
        if club is None:
            missing.append(name)
        else:
            found[name] = club
    return found, missing


def phase_of(stage: str | None, *, cup: bool, round_label: str) -> tuple[str, str, int]:
    """(kind, name, order) of the phase a stage heading belongs to."""
    if cup:
        return Phase.Kind.CUP_ROUND, (stage or round_label).strip(), 0
    text = (stage or "").lower()
    for needle, kind, name, order in _STAGES:
        if needle in text:
            return kind, name, order
    return _REGULAR


def season_dates(name: str) -> tuple[datetime.date, datetime.date]:
    """A Belgian season runs from July to June: 2025-26 is 1 July 2025 to 30 June 2026."""
    start = int(name[:4])
    return datetime.date(start, 7, 1), datetime.date(start + 1, 6, 30)


def _status_and_score(parsed, existing: Match | None) -> dict:
    scored = parsed.home_goals is not None and parsed.away_goals is not None
    if scored:
        status = Match.Status.FINISHED
    elif existing is not None and existing.status in _DESK_STATUSES:
        return {}  # the desk knows more than a file without a score
    else:
        status = Match.Status.SCHEDULED
    return {
        "status": status,
        "home_goals": parsed.home_goals if scored else None,
        "away_goals": parsed.away_goals if scored else None,
        "home_goals_half_time": parsed.ht_home if scored else None,
        "away_goals_half_time": parsed.ht_away if scored else None,
        "minute": None,
    }


@transaction.atomic
def matches_import(
    *, league, competition: Competition, season_name: str | None = None
) -> ImportResult:
    """Store a parsed league: new matches created, known ones updated, nothing duplicated.

    `league` is what openfootball.parse returns. Everything happens in one transaction: a file
    with any problem (unknown clubs, a club against itself, a match twice) stores nothing.
    """
    season_name = season_name or league.season
    problems = []
    if league.season and season_name != league.season:
        problems.append(f"The file holds season {league.season}, not {season_name}.")
    cup = competition.kind == Competition.Kind.CUP
    clubs, missing = clubs_map([n for m in league.matches for n in (m.home, m.away)])
    if missing:
        problems.append(
            "No club found for these names (add them to kopbal/football/club_names.py "
            "or create the clubs): " + ", ".join(missing)
        )
    for m in league.matches:
        if m.home == m.away:
            problems.append(f"Line {m.line}: {m.home} cannot play itself.")
    if problems:
        raise ImportRejected(problems)

    start, end = season_dates(season_name)
    season, _ = Season.objects.get_or_create(
        name=season_name, defaults={"start_date": start, "end_date": end}
    )
    phases: dict[str, Phase] = {}
    round_numbers: dict[tuple[str, str], int] = {}
    rows = {}
    for m in league.matches:
        kind, name, order = phase_of(m.stage, cup=cup, round_label=m.round)
        if name not in phases:
            phases[name], _ = Phase.objects.get_or_create(
                competition=competition,
                season=season,
                name=name,
                defaults={"kind": kind, "order": order or len(phases) + 1},
            )
        number = _round_number(m.round, name, round_numbers, ordinal=cup)
        key = (phases[name].pk, clubs[m.home].pk, clubs[m.away].pk, number)
        if key in rows:
            problems.append(f"Line {m.line}: {m.home} - {m.away} twice in {name}, round {m.round}.")
        rows[key] = (m, number)
    if problems:
        raise ImportRejected(problems)

    existing = {
        (x.phase_id, x.home_id, x.away_id, x.round_number): x
        for x in Match.objects.filter(phase__in=phases.values())
    }
    result = ImportResult(season=season, phases=list(phases.values()))
    to_create, to_update = [], []
    fields = [
        "round_label",
        "kickoff",
        "status",
        "home_goals",
        "away_goals",
        "home_goals_half_time",
        "away_goals_half_time",
        "minute",
    ]
    for key, (m, number) in rows.items():
        match = existing.get(key)
        values = {"round_label": m.round[:60], "kickoff": m.kickoff, **_status_and_score(m, match)}
        if match is None:
            to_create.append(
                Match(
                    phase_id=key[0], home_id=key[1], away_id=key[2], round_number=number, **values
                )
            )
        elif any(getattr(match, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(match, k, v)
            to_update.append(match)
        else:
            result.unchanged += 1
    Match.objects.bulk_create(to_create, batch_size=500)
    # bulk_update skips auto_now; updated_at is what live pages compare, so set it here.
    now = timezone.now()
    for match in to_update:
        match.updated_at = now
    Match.objects.bulk_update(to_update, [*fields, "updated_at"], batch_size=500)
    result.created, result.updated = len(to_create), len(to_update)
    # Bulk writes send no signals: the changes are told here, in the same transaction, so
    # the changed matches' pages, the season's tables and the live scores follow.
    for match in to_update:
        events.emit(
            events.MatchUpdated(
                match_id=match.pk,
                competition_id=competition.pk,
                season_id=season.pk,
                changed=frozenset(fields),
            )
        )
    if to_create and not to_update:
        # New fixtures are on no match page yet, only in the season's lists.
        generations.bump(generations.football_season(competition.pk, season.pk))
    logger.info(
        "Imported %s %s: %d created, %d updated, %d unchanged",
        competition.slug,
        season.name,
        result.created,
        result.updated,
        result.unchanged,
    )
    return result


def _round_number(
    label: str, phase_name: str, seen: dict[tuple[str, str], int], *, ordinal: bool
) -> int:
    """The number in "Matchday 12"; a round without one ("Final") counts in order of the file.

    Cup rounds count in order too: "Round of 16" is a phase of its own, not round sixteen.
    """
    if (phase_name, label) not in seen:
        digits = [] if ordinal else _NUMBER.findall(label)
        count = sum(1 for p, _ in seen if p == phase_name)
        seen[(phase_name, label)] = int(digits[0]) if digits else count + 1
    return seen[(phase_name, label)]
