"""Clubs, persons, competitions, seasons, phases and matches: snippets under one menu."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from kopbal.core.choosers import KopbalChooserViewSet

from . import admin_views, corrections
from .choosers import MatchChooserViewSet, PersonChooserViewSet
from .models import Club, Competition, Match, Person, Phase, Season


class ClubViewSet(SnippetViewSet):
    model = Club
    chooser_viewset_class = KopbalChooserViewSet
    icon = "group"
    list_display = ["name", "short_name", "city", "competition"]
    list_filter = ["competition"]
    search_fields = ["name", "short_name", "nicknames"]


class PersonViewSet(SnippetViewSet):
    model = Person
    chooser_viewset_class = PersonChooserViewSet  # with a "Nieuwe persoon" tab
    icon = "user"
    list_display = ["name", "role", "club"]
    list_filter = ["role", "club"]
    search_fields = ["name"]


class CompetitionViewSet(SnippetViewSet):
    model = Competition
    chooser_viewset_class = KopbalChooserViewSet
    icon = "list-ol"
    list_display = ["name", "short_name", "kind"]
    list_filter = ["kind"]


class SeasonViewSet(SnippetViewSet):
    model = Season
    chooser_viewset_class = KopbalChooserViewSet
    icon = "date"
    list_display = ["name", "start_date", "end_date"]


class PhaseViewSet(SnippetViewSet):
    model = Phase
    chooser_viewset_class = KopbalChooserViewSet
    icon = "list-ul"
    list_display = ["name", "competition", "season", "kind", "order"]
    list_filter = ["competition", "season", "kind"]

    def get_queryset(self, request):
        # A phase's name in the listing names its competition and season.
        return Phase.objects.select_related("competition", "season")


class MatchEditView(EditView):
    """The snippet editor logs score and status changes like the match-day screen does."""

    def save_instance(self):
        # The form's initial values are the match as it was read, before this save.
        old = {name: self.form.initial.get(name) for name in corrections.LOGGED_FIELDS}
        instance = super().save_instance()
        corrections.changes_log(match=instance, old=old, user=self.request.user)
        return instance


class MatchViewSet(SnippetViewSet):
    model = Match
    edit_view_class = MatchEditView
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


class MatchDayMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.match_policy.user_has_permission(request.user, "change")


class MatchDayViewSet(ViewSet):
    """ "Speeldag": every match of a round on one screen, for quick score entry."""

    name = "football_matchday"
    url_prefix = "football/matchday"
    icon = "time"
    menu_label = _("Match day")

    def get_menu_item(self, order=None):
        return MatchDayMenuItem(
            label=self.menu_label,
            url=self.menu_url,
            name=self.name,
            icon_name=self.menu_icon,
            order=order if order is not None else self.menu_order,
        )

    def get_urlpatterns(self):
        return [
            path("", admin_views.MatchDayView.as_view(), name="index"),
            path(
                "match/<id:match_id>/events/",
                admin_views.MatchEventsView.as_view(),
                name="events",
            ),
            path(
                "match/<id:match_id>/events/<id:event_id>/remove/",
                admin_views.MatchEventRemoveView.as_view(),
                name="event_remove",
            ),
        ]


class FootballViewSetGroup(SnippetViewSetGroup):
    items = (
        MatchDayViewSet,
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
hooks.register("register_log_actions", corrections.register_log_actions)
