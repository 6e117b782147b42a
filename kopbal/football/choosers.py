"""The match chooser of the article editor and of the "Wedstrijd" block, and the person
chooser that can create a person.

Two seasons are already 550 matches and every season adds 300: the chooser lists the most
recent first and filters by club names ("genk anderlecht": both clubs) and by season,
in the database (matches are not in the search index).
"""

from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetCreateView

from kopbal.core.choosers import KopbalChooserViewSet

from .models import Club, Match, Person, Season
from .services import person_create


class MatchFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Clubs"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Club names, e.g. genk anderlecht")}),
    )
    season = forms.ModelChoiceField(
        label=_("Season"), queryset=Season.objects.all(), required=False
    )

    def filter(self, objects):
        words = (self.cleaned_data.get("q") or "").split()[:4]
        for word in words:
            objects = objects.filter(
                Q(home__name__icontains=word)
                | Q(home__short_name__icontains=word)
                | Q(away__name__icontains=word)
                | Q(away__short_name__icontains=word)
            )
        if words:
            self.is_searching = True
            self.search_query = " ".join(words)
        if self.cleaned_data.get("season"):
            objects = objects.filter(phase__season=self.cleaned_data["season"])
        return objects


class _MatchChooseMixin:
    filter_form_class = MatchFilterForm
    # The newest first: articles are mostly about them (undated ones last, on any database).
    ordering = [F("kickoff").desc(nulls_last=True), "-pk"]

    def get_object_list(self):
        return Match.objects.with_clubs().select_related("phase__season")

    @property
    def columns(self):
        return [
            *super().columns,
            Column("round_label", label=_("Round"), accessor="round_label"),
            DateColumn("kickoff", label=_("Kick-off")),
            Column("season", label=_("Season"), accessor="phase.season.name"),
        ]


class MatchChooseView(_MatchChooseMixin, ChooseView):
    pass


class MatchChooseResultsView(_MatchChooseMixin, ChooseResultsView):
    pass


class MatchChooserViewSet(KopbalChooserViewSet):
    choose_view_class = MatchChooseView
    choose_results_view_class = MatchChooseResultsView


class PersonQuickForm(forms.ModelForm):
    """A person new to the newsroom, made from the article's "Personen" panel: the name, the
    role and the club; the slug is made from the name."""

    class Meta:
        model = Person
        fields = ["name", "role", "club"]
        error_messages = {"name": {"required": _("Type the person's name.")}}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["club"].queryset = Club.objects.order_by("name")

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Type the person's name."))
        return name

    def save(self, commit=True):
        data = self.cleaned_data
        return person_create(
            name=data["name"], role=data["role"], club=data["club"], user=self.user
        )


class _PersonCreationMixin:
    def get_creation_form_kwargs(self):
        return {**super().get_creation_form_kwargs(), "user": self.request.user}


class PersonChooseView(_PersonCreationMixin, ChooseView):
    pass


class PersonChooseResultsView(_PersonCreationMixin, ChooseResultsView):
    pass


class PersonCreateView(_PersonCreationMixin, SnippetCreateView):
    pass


class PersonChooserViewSet(KopbalChooserViewSet):
    choose_view_class = PersonChooseView
    choose_results_view_class = PersonChooseResultsView
    create_view_class = PersonCreateView
    creation_form_class = PersonQuickForm
    create_action_label = pgettext_lazy("person chooser tab", "New person")
