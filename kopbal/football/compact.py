"""The short current table beside the news (home page, article and competition pages)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from kopbal.core.precompiled import Precompiled

from . import paths, tables
from .models import Competition, Phase
from .tableview import TableView, table_view


@dataclass(frozen=True)
class CurrentTable:
    competition: Competition
    table: TableView
    url: str


def _phases():
    return Phase.objects.select_related("competition", "season").order_by(
        "-season__start_date", "pk"
    )


# The same query beside every article, so compiled once per process (kopbal.core.precompiled).
_NEWEST_OF_LEAGUE = Precompiled(lambda slug: _phases().filter(competition__slug=slug)[:1])
_NEWEST = Precompiled(lambda pk: _phases().filter(competition=pk)[:1])


def current_table(competition: Competition | None = None) -> CurrentTable | None:
    """The table being played now: the newest phase that has a played match, else the
    regular season. The competition and its newest season come in one query."""
    if competition is None:
        found = _NEWEST_OF_LEAGUE(shape=(settings.KOPBAL_LEAGUE,))
    else:
        found = _NEWEST(values=(competition.pk,))
    if not found:
        return None
    newest = found[0]
    found = tables.season_tables(newest.competition, newest.season)
    if not found:
        return None
    playing = [t for t in found if any(row.played for row in t.rows)] or found[:1]
    return CurrentTable(
        competition=newest.competition,
        table=table_view(playing[-1], season=newest.season),
        url=paths.table_path(newest.competition),
    )
