"""The match-day screen's forms: one row per match of a round, and a match event."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Match, MatchEvent, Person
from .services import EDITABLE_FIELDS, match_errors

SMALL = {"class": "matchday__number", "inputmode": "numeric"}


class MatchRowForm(forms.Form):
    """Score, half-time score, status and minute of one match."""

    status = forms.ChoiceField(label=_("status"), choices=Match.Status.choices)
    minute = forms.IntegerField(label=_("minute"), required=False, widget=forms.NumberInput(SMALL))
    home_goals = forms.IntegerField(
        label=_("home goals"), required=False, widget=forms.NumberInput(SMALL)
    )
    away_goals = forms.IntegerField(
        label=_("away goals"), required=False, widget=forms.NumberInput(SMALL)
    )
    home_goals_half_time = forms.IntegerField(
        label=_("home goals at half-time"), required=False, widget=forms.NumberInput(SMALL)
    )
    away_goals_half_time = forms.IntegerField(
        label=_("away goals at half-time"), required=False, widget=forms.NumberInput(SMALL)
    )
    # The row as the editor saw it: a save over someone else's newer change is refused.
    seen = forms.CharField(widget=forms.HiddenInput, required=False)

    FIELDS = (
        "status",
        "minute",
        "home_goals",
        "away_goals",
        "home_goals_half_time",
        "away_goals_half_time",
    )

    def __init__(self, *args, match: Match, **kwargs):
        self.match = match
        initial = {name: getattr(match, name) for name in self.FIELDS}
        initial["seen"] = match.updated_at.isoformat()
        super().__init__(*args, prefix=f"m{match.pk}", initial=initial, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        values = {name: getattr(self.match, name) for name in EDITABLE_FIELDS}
        values.update({name: cleaned.get(name) for name in self.FIELDS})
        for name, message in match_errors(values).items():
            self.add_error(name if name in self.fields else None, message)
        if self.changes() and cleaned.get("seen") != self.match.updated_at.isoformat():
            self.add_error(
                None,
                _(
                    "Someone else saved this match after you opened this screen: "
                    "check its score and save again."
                ),
            )
        return cleaned

    def changes(self) -> dict:
        """The fields whose value differs from the stored match."""
        cleaned = getattr(self, "cleaned_data", {})
        return {
            name: cleaned.get(name)
            for name in self.FIELDS
            if name in cleaned and cleaned.get(name) != getattr(self.match, name)
        }


class MatchEventForm(forms.ModelForm):
    class Meta:
        model = MatchEvent
        fields = ["kind", "minute", "added_time", "club", "player", "other_player", "person"]

    def __init__(self, *args, match: Match, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.match = match
        self.fields["club"].queryset = self.fields["club"].queryset.filter(
            pk__in=[match.home_id, match.away_id]
        )
        self.fields["person"].queryset = Person.objects.filter(
            club__in=[match.home_id, match.away_id]
        ).order_by("name")
