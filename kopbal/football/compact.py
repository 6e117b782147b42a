"""The short current table beside the news (home page, article and competition pages)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from . import paths, tables
from .models import Competition, Phase
from .tableview import TableView, table_view


@dataclass(frozen=True)
class CurrentTable:
    competition: Competition
    table: TableView
    url: str


def current_table(competition: Competition | None = None) -> CurrentTable | None:
    """The table being played now: the newest phase that has a played match, else the
    regular season. The competition and its newest season come in one query."""
    phases = Phase.objects.select_related("competition", "season").order_by("-season__start_date")
    if competition is None:
        phases = phases.filter(competition__slug=settings.KOPBAL_LEAGUE)
    else:
        phases = phases.filter(competition=competition)
    newest = phases.first()
    if newest is None:
        return None
    found = tables.season_tables(newest.competition, newest.season)
    if not found:
        return None
    playing = [t for t in found if any(row.played for row in t.rows)] or found[:1]
    return CurrentTable(
        competition=newest.competition,
        table=table_view(playing[-1], season=newest.season),
        url=paths.table_path(newest.competition),
    )
