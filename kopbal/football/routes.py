"""The football desk's reader pages, served as sub-URLs of the site's home page.

news.HomePage inherits FootballRoutes (news builds on football, not the reverse): the
tables at /competitie/<slug>/stand/[<season>/], the matchdays at
/competitie/<slug>/speeldagen/[<season>/[<phase>/<n>/]] and a match at
/wedstrijd/<id>/<home>-<away>/. /competitie/<slug>/race/ is the what-if page's (a plain
view). Addresses are built in kopbal.football.paths; any other spelling of a page's address
is redirected to it (301), anything unknown is a 404: a number past a bigint too (checked
with kopbal.core.ids before any query; the `<id:>` converter is registered too late for a
model module like this one).
"""

from __future__ import annotations

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from wagtail.contrib.routable_page.models import path

from kopbal.core.ids import positive_int

from . import fixtures, naming, page_meta, paths, tables
from .matchday import matchday_context
from .models import Competition
from .tableview import table_view
from .timeline import timeline


def _season_or_404(competition, name):
    """The named season, or the current one for None."""
    season = (
        fixtures.current_season(competition)
        if name is None
        else fixtures.season_by_name(competition, name)
    )
    if season is None:
        raise Http404
    return season


def _redirect_unless(request, canonical: str):
    """A 301 to the canonical path when the request spelled it differently."""
    if request.path != canonical:
        return HttpResponsePermanentRedirect(canonical)
    return None


class FootballRoutes:
    """Mixin for the home page (a RoutablePageMixin): tables, matchdays and matches."""

    def match_articles(self, match) -> list:
        """The articles about `match`: the news app's home page answers."""
        return []

    @path("clubs/", name="football_clubs")
    def football_clubs(self, request):
        """Every club with its crest: on a phone, the club list of the home page sits
        below all its stories; the menu leads here instead."""
        return self.render(
            request,
            template="football/clubs_page.html",
            context_overrides={"meta": page_meta.clubs(paths.CLUBS_PATH)},
        )

    @path("competitie/<slug:slug>/stand/", name="football_table")
    @path("competitie/<slug:slug>/stand/<str:season>/", name="football_table_season")
    def football_table(self, request, slug, season=None):
        competition = get_object_or_404(Competition, slug=slug)
        chosen = _season_or_404(competition, season)
        canonical = paths.table_path(competition, chosen if season else None)
        if (redirect := _redirect_unless(request, canonical)) is not None:
            return redirect
        views = [table_view(t, season=chosen) for t in tables.season_tables(competition, chosen)]
        return self.render(
            request,
            template="football/table_page.html",
            context_overrides={
                "competition": competition,
                "season": chosen,
                "seasons": fixtures.seasons(competition),
                "tables": views,
                "rounds_url": paths.rounds_path(competition, chosen if season else None),
                "race_url": paths.race_path(competition),
                "meta": page_meta.table(competition, chosen, canonical),
            },
        )

    @path("competitie/<slug:slug>/speeldagen/", name="football_rounds")
    @path("competitie/<slug:slug>/speeldagen/<str:season>/", name="football_rounds_season")
    @path(
        "competitie/<slug:slug>/speeldagen/<str:season>/<slug:phase>/<int:number>/",
        name="football_round",
    )
    def football_round(self, request, slug, season=None, phase=None, number=None):
        if number is not None and positive_int(number) is None:
            raise Http404
        competition = get_object_or_404(Competition, slug=slug)
        chosen = _season_or_404(competition, season)
        context = matchday_context(competition, chosen, phase_slug=phase, number=number)
        if context is None:
            raise Http404
        if phase is None:
            canonical = paths.rounds_path(competition, chosen if season else None)
        else:
            canonical = paths.round_path(competition, chosen, context["phase"], number)
        if (redirect := _redirect_unless(request, canonical)) is not None:
            return redirect
        context["meta"] = page_meta.matchday(
            competition, chosen, context["phase"], context["number"], canonical
        )
        context["table_url"] = paths.table_path(competition, chosen if season else None)
        return self.render(
            request, template="football/matchday_page.html", context_overrides=context
        )

    @path("wedstrijd/<int:match_id>/", name="football_match_short")
    @path("wedstrijd/<int:match_id>/<slug:match_slug>/", name="football_match")
    def football_match(self, request, match_id, match_slug=None):
        if positive_int(match_id) is None:
            raise Http404
        match = fixtures.for_match_page(match_id)
        if match is None:
            raise Http404
        canonical = paths.match_path(match)
        if (redirect := _redirect_unless(request, canonical)) is not None:
            return redirect
        phase = match.phase
        articles = self.match_articles(match)
        return self.render(
            request,
            template="football/match_page.html",
            context_overrides={
                "match": match,
                "competition": phase.competition,
                "season": phase.season,
                "phase_label": naming.phase_label(phase),
                "round_label": naming.round_label(phase, match.round_number),
                "round_url": paths.round_path(
                    phase.competition, phase.season, phase, match.round_number
                ),
                "timeline": timeline(match),
                "articles": articles,
                "meta": page_meta.match(match, canonical),
            },
        )
