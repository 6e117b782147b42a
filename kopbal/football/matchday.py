"""What the matchday page shows: one round of a phase, by day, with its neighbours."""

from __future__ import annotations

from itertools import groupby

from django.utils import timezone

from . import fixtures, naming, paths
from .models import Competition, Season


def matchday_context(
    competition: Competition, season: Season, *, phase_slug: str | None, number: int | None
) -> dict | None:
    """The page's context; None when the phase or the round does not exist (a 404)."""
    phase_list = fixtures.phases(competition, season)
    if not phase_list:
        return None
    rounds = fixtures.phase_rounds(phase_list)
    if phase_slug is None:
        phase = fixtures.current_phase(phase_list, rounds)
    else:
        phase = next((p for p in phase_list if naming.phase_slug(p) == phase_slug), None)
    if phase is None:
        return None
    numbers = fixtures.round_numbers(phase)
    number = rounds[phase.pk].current if number is None else number
    if number not in numbers:
        return None
    index = numbers.index(number)

    def link(n):
        return paths.round_path(competition, season, phase, n) if n is not None else None

    previous = numbers[index - 1] if index > 0 else None
    following = numbers[index + 1] if index + 1 < len(numbers) else None
    matches = fixtures.round_matches(phase, number)
    return {
        "competition": competition,
        "season": season,
        "seasons": fixtures.seasons(competition),
        "phase": phase,
        "phase_label": naming.phase_label(phase),
        "number": number,
        "round_label": naming.round_label(phase, number),
        "days": _by_day(matches),
        "previous_url": link(previous),
        "previous_label": naming.round_label(phase, previous) if previous else "",
        "next_url": link(following),
        "next_label": naming.round_label(phase, following) if following else "",
        "phase_links": [
            {
                "label": naming.phase_label(p),
                "url": paths.round_path(competition, season, p, rounds[p.pk].current),
                "current": p.pk == phase.pk,
            }
            for p in phase_list
        ],
        "round_links": [{"number": n, "url": link(n), "current": n == number} for n in numbers],
    }


def _by_day(matches) -> list[tuple]:
    """[(date or None, [matches])] in kick-off order; matches without a kick-off last."""

    def day(m):
        return timezone.localtime(m.kickoff).date() if m.kickoff else None

    dated = [m for m in matches if m.kickoff]
    undated = [m for m in matches if not m.kickoff]
    days = [(d, list(ms)) for d, ms in groupby(dated, key=day)]
    return days + ([(None, undated)] if undated else [])
