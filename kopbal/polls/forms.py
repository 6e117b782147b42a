"""The poll form in the admin: a Ja/Nee poll in one click, and answers with votes kept."""

import re

from django import forms
from django.db.models import Count
from django.forms.formsets import DELETION_FIELD_NAME, ORDERING_FIELD_NAME
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Vote

CHOICES = "choices"
# Answers as readers see them, in the site's language: content, not interface text.
YES_NO_LABELS = ("Ja", "Nee")


def _vote_counts(answer_forms) -> dict[int, int]:
    """The number of votes per answer id for the answers of these answer forms, in one query."""
    return dict(
        Vote.objects.filter(choice__in=[form.instance.pk for form in answer_forms])
        .values_list("choice")
        .annotate(n=Count("id"))
    )


def _ticked(data, name: str) -> bool:
    """Whether the checkbox `name` is ticked in the submitted `data`."""
    raw = forms.CheckboxInput().value_from_datadict(data, {}, name)
    return forms.BooleanField(required=False).to_python(raw)


def _fill_yes_no(data, prefix: str) -> bool:
    """Make Ja and Nee the only new answers in `data`; False (and `data` untouched) when
    the editor has typed answers of their own."""
    try:
        total = int(data.get(f"{prefix}-TOTAL_FORMS", 0))
    except (TypeError, ValueError):
        return True  # a broken management form: the formset reports it itself
    for i in range(total):
        label = data.get(f"{prefix}-{i}-label", "") or ""
        if label.strip() and not _ticked(data, f"{prefix}-{i}-{DELETION_FIELD_NAME}"):
            return False
    form_key = re.compile(rf"^{re.escape(prefix)}-\d+-")
    for key in [key for key in data if form_key.match(key)]:
        del data[key]
    for i, label in enumerate(YES_NO_LABELS):
        data[f"{prefix}-{i}-label"] = label
        data[f"{prefix}-{i}-{ORDERING_FIELD_NAME}"] = str(i + 1)
        data[f"{prefix}-{i}-{DELETION_FIELD_NAME}"] = ""
    data[f"{prefix}-TOTAL_FORMS"] = str(len(YES_NO_LABELS))
    return True


class PollAdminForm(WagtailAdminModelForm):
    yes_no = forms.BooleanField(
        label=_("Yes/No poll"),
        required=False,
        help_text=_('Tick and leave the answers empty: the poll gets the answers "Ja" and "Nee".'),
    )

    def __init__(self, data=None, files=None, *args, **kwargs):
        instance = kwargs.get("instance")
        creating = instance is None or instance.pk is None
        prefix = kwargs.get("prefix")
        self.yes_no_conflict = False
        if data is not None:
            # A mutable copy: filled in with Ja/Nee here, and answers that may not be
            # deleted are put back in clean().
            data = data.copy()
            yes_no = f"{prefix}-yes_no" if prefix else "yes_no"
            if creating and _ticked(data, yes_no):
                formset_prefix = f"{prefix}-{CHOICES}" if prefix else CHOICES
                self.yes_no_conflict = not _fill_yes_no(data, formset_prefix)
                if not self.yes_no_conflict:
                    # Should another field be refused, the form comes back with Ja and Nee
                    # filled in and the box clear, so sending it again is not a conflict.
                    data.pop(yes_no, None)
        super().__init__(data, files, *args, **kwargs)
        if not creating:
            # An existing poll has its answers; the shortcut is for new polls only.
            del self.fields["yes_no"]
        self.formsets[CHOICES].error_messages.update(
            too_few_forms=ngettext_lazy(
                "A poll needs at least %(num)d answer.",
                "A poll needs at least %(num)d answers.",
                "num",
            ),
            too_many_forms=ngettext_lazy(
                "A poll has at most %(num)d answer.", "A poll has at most %(num)d answers.", "num"
            ),
        )

    def clean(self):
        cleaned_data = super().clean()
        if self.yes_no_conflict:
            self.add_error(
                "yes_no",
                _("Answers are filled in: empty them for a Yes/No poll, or untick the box."),
            )
        self._keep_answers_with_votes()
        self._keep_wording_of_voted_answers()
        return cleaned_data

    def _keep_wording_of_voted_answers(self) -> None:
        """Refuse a new wording for an answer that has votes: the votes were cast for the
        old text and would silently move to the new one. New answers can still be added."""
        reworded = []
        for form in self.formsets[CHOICES].initial_forms:
            # The initial wording, not form.instance: cleaning the form writes the new one there.
            new_label = (form["label"].data or "").strip()
            if form.instance.pk and new_label != (form.initial.get("label") or "").strip():
                reworded.append(form)
        if not reworded:
            return
        counts = _vote_counts(reworded)
        for form in reworded:
            votes = counts.get(form.instance.pk, 0)
            if not votes:
                continue
            message = ngettext(
                'The answer "%(label)s" has %(count)d vote: its wording cannot change, or '
                "that vote would count for another answer. Add a new answer instead.",
                'The answer "%(label)s" has %(count)d votes: its wording cannot change, or '
                "those votes would count for another answer. Add a new answer instead.",
                votes,
            ) % {"label": form.initial["label"], "count": votes}
            self.add_error(None, message)
            form.add_error("label", message)
            # The form comes back with the wording the votes were cast for.
            self.data[form.add_prefix("label")] = form.initial["label"]

    def _keep_answers_with_votes(self) -> None:
        """Refuse to delete an answer that has votes (they would lose their answer)."""
        doomed = [
            form
            for form in self.formsets[CHOICES].initial_forms
            if form.instance.pk
            and form.fields[DELETION_FIELD_NAME].to_python(form[DELETION_FIELD_NAME].data)
        ]
        if not doomed:
            return
        counts = _vote_counts(doomed)
        for form in doomed:
            votes = counts.get(form.instance.pk, 0)
            if not votes:
                continue
            self.add_error(
                None,
                ngettext(
                    'The answer "%(label)s" has %(count)d vote and cannot be removed; '
                    "close the poll instead.",
                    'The answer "%(label)s" has %(count)d votes and cannot be removed; '
                    "close the poll instead.",
                    votes,
                )
                % {"label": form.instance.label, "count": votes},
            )
            # Show the answer again in the re-rendered form, rather than hidden as deleted.
            self.data[form.add_prefix(DELETION_FIELD_NAME)] = ""
