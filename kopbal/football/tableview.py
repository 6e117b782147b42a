"""A season table as templates show it: rows with their zone, the legend, the marks.

The table page, the "Stand" block, the compact table beside the news and the club page
all show a tables.PhaseTable through this, so a zone or a mark reads the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext, pgettext

from . import naming, zones
from .models import Club, Phase, Season
from .standings import Row
from .tables import PhaseTable


@dataclass(frozen=True)
class Badge:
    """One result of a club's form: W, G or V with the word for screen readers."""

    kind: str  # won, drawn, lost: the CSS modifier
    letter: str
    word: str


def _badges() -> dict[str, Badge]:
    # Translated once per table, not once per badge: a page of four tables has 220.
    return {
        "W": Badge("won", pgettext("form: won", "W"), gettext("won")),
        "D": Badge("drawn", pgettext("form: drawn", "D"), gettext("drawn")),
        "L": Badge("lost", pgettext("form: lost", "L"), gettext("lost")),
    }


@dataclass(frozen=True)
class RowView:
    row: Row
    zone: zones.Zone | None
    zone_label: str
    highlighted: bool
    form: list[Badge]

    @property
    def club(self) -> Club:
        return self.row.club


@dataclass(frozen=True)
class TableView:
    phase: Phase
    label: str
    slug: str
    rows: list[RowView]
    legend: list[zones.Zone]
    is_playoff: bool  # points carried over: a column of its own
    has_rounded: bool  # a half point gained by rounding is marked: explain the mark


def table_view(
    table: PhaseTable,
    *,
    season: Season | None = None,
    highlight: Club | None = None,
    limit: int | None = None,
) -> TableView:
    """`limit` keeps the first rows (a compact table), still with the highlighted club.
    `season` decides the zones (the format changed in 2025-26); None: the current format."""
    season_name = season.name if season is not None else zones.FORMAT_SINCE
    size = len(table.rows)
    kind = table.phase.kind
    badges = _badges()
    rows = []
    for row in table.rows:
        zone = zones.zone(kind, row.position, size, season_name)
        rows.append(
            RowView(
                row=row,
                zone=zone,
                zone_label=str(zone.label) if zone else "",
                highlighted=highlight is not None and row.club.pk == highlight.pk,
                form=[badges[result] for result in row.form],
            )
        )
    if limit is not None and len(rows) > limit:
        shown = rows[:limit]
        extra = [r for r in rows[limit:] if r.highlighted]
        rows = shown + extra
    is_playoff = kind in (Phase.Kind.CHAMPIONS, Phase.Kind.EUROPE, Phase.Kind.RELEGATION)
    return TableView(
        phase=table.phase,
        label=naming.phase_label(table.phase),
        slug=naming.phase_slug(table.phase),
        rows=rows,
        legend=[z for z in zones.legend(kind, size, season_name) if any(r.zone == z for r in rows)],
        is_playoff=is_playoff,
        has_rounded=is_playoff and any(r.row.rounded_up for r in rows),
    )
