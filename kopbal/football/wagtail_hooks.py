"""Clubs, persons, competitions, seasons, phases and matches: snippets under one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .choosers import MatchChooserViewSet
from .models import Club, Competition, Match, Person, Phase, Season


class ClubViewSet(SnippetViewSet):
    model = Club
    icon = "group"
    list_display = ["name", "short_name", "city", "competition"]
    list_filter = ["competition"]
    search_fields = ["name", "short_name", "nicknames"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "club"]
    list_filter = ["role", "club"]
    search_fields = ["name"]


class CompetitionViewSet(SnippetViewSet):
    model = Competition
    icon = "list-ol"
    list_display = ["name", "short_name", "kind"]
    list_filter = ["kind"]


class SeasonViewSet(SnippetViewSet):
    model = Season
    icon = "date"
    list_display = ["name", "start_date", "end_date"]


class PhaseViewSet(SnippetViewSet):
    model = Phase
    icon = "list-ul"
    list_display = ["name", "competition", "season", "kind", "order"]
    list_filter = ["competition", "season", "kind"]

    def get_queryset(self, request):
        # A phase's name in the listing names its competition and season.
        return Phase.objects.select_related("competition", "season")


class MatchViewSet(SnippetViewSet):
    model = Match
    icon = "time"
    list_display = ["__str__", "phase", "round_label", "kickoff", "status", "updated_at"]
    list_filter = ["phase__season", "phase__competition", "phase__kind", "status", "round_number"]
    search_fields = ["home__name", "away__name"]
    search_backend_name = None  # matches are not in the search index: filter in the database
    ordering = ["kickoff", "pk"]
    chooser_viewset_class = MatchChooserViewSet  # filters by club and season

    def get_queryset(self, request):
        # The listing shows both clubs and the phase of every row: one query, not three per row.
        return Match.objects.with_clubs().select_related("phase__competition", "phase__season")


class FootballViewSetGroup(SnippetViewSetGroup):
    items = (
        ClubViewSet,
        PersonViewSet,
        CompetitionViewSet,
        SeasonViewSet,
        PhaseViewSet,
        MatchViewSet,
    )
    menu_icon = "sun"  # a ball-like icon from Wagtail's set
    menu_label = _("Football")
    menu_name = "football"


register_snippet(FootballViewSetGroup)
