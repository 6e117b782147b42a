"""The "Stand" and "Wedstrijd" blocks editors drop into an article body.

Both are rendered with the page and record what they show (the season's or the match's
generation), so a saved score renews every cached article that shows it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from kopbal.core import generations

from . import fixtures, paths, tables
from .models import Match
from .tableview import table_view

TABLE_PHASES = [
    (tables.TABLE_KINDS[0], _("Regular season")),
    (tables.TABLE_KINDS[1], _("Champions' Play-offs (Play-off I)")),
    (tables.TABLE_KINDS[2], _("Europe Play-offs (Play-off II)")),
    (tables.TABLE_KINDS[3], _("Relegation Play-offs")),
]
COMPACT_ROWS = 6


class TableBlock(blocks.StructBlock):
    """A table of one phase of a competition's season, as it stands when read."""

    competition = SnippetChooserBlock("football.Competition", label=_("Competition"))
    season = SnippetChooserBlock(
        "football.Season",
        required=False,
        label=_("Season"),
        help_text=_("Leave empty for the current season."),
    )
    phase = blocks.ChoiceBlock(choices=TABLE_PHASES, default="regular", label=_("Phase"))
    compact = blocks.BooleanBlock(
        required=False,
        label=_("Compact"),
        help_text=_(
            "Only the first six places (and the highlighted club): position, club, points."
        ),
    )
    highlight = SnippetChooserBlock("football.Club", required=False, label=_("Highlight club"))

    class Meta:
        icon = "list-ol"
        template = "blocks/table.html"
        label = _("Table")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        competition = value["competition"]
        found, season = None, None
        if competition is not None:
            season = value["season"] or fixtures.current_season(competition)
        if season is not None:
            found = tables.phase_table(competition, season, value["phase"])
        if found is not None:
            context["table"] = table_view(
                found,
                season=season,
                highlight=value["highlight"],
                limit=COMPACT_ROWS if value["compact"] else None,
            )
            context["season"] = season
            context["url"] = paths.table_path(competition, season)
        return context


class MatchBlock(blocks.StructBlock):
    """One match: both clubs and the score, kept current, with a link to the match page."""

    match = SnippetChooserBlock("football.Match", label=_("Match"))

    class Meta:
        icon = "time"
        template = "blocks/match.html"
        label = _("Match")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = value["match"]
        if chosen is not None:
            generations.depends_on(generations.match(chosen.pk))
            # Read again with both clubs: the chooser's value has neither.
            context["match"] = (
                Match.objects.with_clubs()
                .select_related("phase__competition")
                .filter(pk=chosen.pk)
                .first()
            )
        return context
