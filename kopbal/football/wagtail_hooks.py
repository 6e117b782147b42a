"""Clubs, persons and competitions are edited as snippets, grouped under one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Club, Competition, Person


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


class FootballViewSetGroup(SnippetViewSetGroup):
    items = (ClubViewSet, PersonViewSet, CompetitionViewSet)
    menu_icon = "sun"  # a ball-like icon from Wagtail's set
    menu_label = _("Football")
    menu_name = "football"


register_snippet(FootballViewSetGroup)
