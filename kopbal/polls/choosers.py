"""The poll chooser of the article editor: open or closed, votes, newest first, searched by
question, with a "Nieuwe poll" tab that creates the poll without leaving the article.

The poll is created (and edited, see quick_edit.py) in its own request, through the same
admin form as the Polls snippet, so the article's revisions, drafts, previews and validation
errors never carry half a poll: the article only ever holds the chosen poll's id.
"""

from functools import cache

from django import forms
from django.db.models import Count
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetCreateView,
)

from kopbal.core.choosers import KopbalChooserViewSet

from .forms import CHOICES, PollAdminForm, _vote_counts
from .models import MAX_CHOICES, MIN_CHOICES, Poll
from .services import poll_store

# Empty answer rows offered on top of the existing ones (no script is needed to add one).
BLANK_ROWS_NEW, BLANK_ROWS_EDIT = 4, 2


class PollQuickForm(PollAdminForm):
    """The question, the answers and the closing time: what an article's poll needs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["question"].error_messages["required"] = _("Type the poll's question.")

    def answer_rows(self) -> list[dict]:
        """Every answer form to show: the existing answers (with their votes, which lock
        them), then empty rows. An empty row left empty is ignored by the formset."""
        formset = self.formsets[CHOICES]
        votes = _vote_counts(formset.initial_forms)
        rows = [{"form": form, "votes": votes.get(form.instance.pk, 0)} for form in formset.forms]
        blank = BLANK_ROWS_EDIT if formset.initial_forms else BLANK_ROWS_NEW
        # After a refused POST every posted row is there already; add none beyond the maximum.
        wanted = min(MAX_CHOICES, len(formset.initial_forms) + blank)
        for i in range(len(rows), max(len(rows), wanted)):
            form = formset.form(
                prefix=formset.add_prefix(i),
                empty_permitted=True,
                use_required_attribute=False,
                **formset.get_form_kwargs(None),
            )
            formset.add_fields(form, None)
            rows.append({"form": form, "votes": 0})
        return rows


@cache
def quick_form_class() -> type[PollQuickForm]:
    """The quick form, built by Wagtail's panels so that its answers formset, widgets and
    limits are those of the Polls snippet."""
    panels = ObjectList(
        [
            FieldPanel("question"),
            FieldPanel("yes_no"),
            InlinePanel("choices", min_num=MIN_CHOICES, max_num=MAX_CHOICES),
            FieldPanel("closes_at"),
        ],
        base_form_class=PollQuickForm,
    )
    return panels.bind_to_model(Poll).get_form_class()


class PollFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Question"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Words from the question")}),
    )

    def filter(self, objects):
        # In the database, not the search index: a poll made a second ago is found at once.
        words = (self.cleaned_data.get("q") or "").split()[:6]
        for word in words:
            objects = objects.filter(question__icontains=word)
        if words:
            self.is_searching = True
            self.search_query = " ".join(words)
        return objects


class _PollCreationMixin:
    creation_form_template_name = "polls/admin/chooser_creation_form.html"

    def get_creation_form_kwargs(self):
        return {**super().get_creation_form_kwargs(), "for_user": self.request.user}


class _PollChooseMixin(_PollCreationMixin):
    filter_form_class = PollFilterForm
    ordering = ["-created_at", "-pk"]

    def get_object_list(self):
        return Poll.objects.annotate(vote_total=Count("votes"))

    @property
    def columns(self):
        return [
            *super().columns,
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor=lambda poll: gettext("open") if poll.is_open else gettext("closed"),
                primary=lambda poll: poll.is_open,
            ),
            Column("vote_total", label=_("Votes")),
            DateColumn("created_at", label=_("Created")),
        ]


class PollChooseView(_PollChooseMixin, ChooseView):
    pass


class PollChooseResultsView(_PollChooseMixin, ChooseResultsView):
    pass


class PollCreateView(_PollCreationMixin, SnippetCreateView):
    def save_form(self, form):
        return poll_store(form=form, user=self.request.user)


class PollChooserViewSet(KopbalChooserViewSet):
    choose_view_class = PollChooseView
    choose_results_view_class = PollChooseResultsView
    create_view_class = PollCreateView
    create_action_label = pgettext_lazy("poll chooser tab", "New poll")
    create_action_clicked_label = _("Creating…")

    @property
    def creation_form_class(self):
        return quick_form_class()
