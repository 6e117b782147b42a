"""A poll's admin views beside create and edit: live results, the CSV of its votes,
closing and reopening, and removing a burst of votes from one address.

All of them need the right to change polls; the writes are POSTs behind a confirmation.
"""

import csv
from datetime import timedelta
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Poll, Vote
from .moderation import ip_bursts, poll_close, poll_reopen, votes_in_window, votes_remove_burst
from .panels import poll_admin_url, results_context

# The format of <input type="datetime-local">, to the second, in the editor's time zone.
LOCAL_DATETIME = "%Y-%m-%dT%H:%M:%S"


def local_datetime(value) -> str:
    return timezone.localtime(value).strftime(LOCAL_DATETIME)


class PollPermissionMixin(PermissionCheckedMixin):
    permission_policy = ModelPermissionPolicy(Poll)
    permission_required = "change"

    @cached_property
    def poll(self) -> Poll:
        # Looked up after the permission check, so a stranger cannot probe for ids.
        return get_object_or_404(Poll, pk=self.kwargs["pk"])


class PollAdminPageMixin(PollPermissionMixin, WagtailAdminTemplateMixin):
    header_icon = "list-ul"

    def get_page_subtitle(self):
        return str(self.poll)

    def get_breadcrumbs_items(self):
        return []  # the plain header of a confirmation page, as Wagtail's delete view has

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["poll"] = self.poll
        context["edit_url"] = poll_admin_url("edit", self.poll)
        return context


class PollResultsView(PollPermissionMixin, TemplateView):
    """The results part of the edit view's panel, for its script to reload."""

    template_name = "polls/admin/results.html"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **results_context(self.poll)}


# A spreadsheet runs a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Column names are a format for scripts and spreadsheets, not interface text.
CSV_HEADER = ["created_at", "choice_id", "choice_label", "voter_type", "ip_hash", "user_id"]


def csv_safe(value):
    """`value` as a cell that a spreadsheet shows as text rather than evaluates."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _Echo:
    """A file-like object for csv.writer that hands each line back instead of storing it."""

    def write(self, value):
        return value


class PollExportView(PollPermissionMixin, View):
    """The poll's votes as CSV, streamed; no personal data beyond the hashed address."""

    def get(self, request, pk):
        poll = self.poll
        votes = (
            Vote.objects.filter(poll=poll)
            .order_by("created_at", "pk")
            .values_list("created_at", "choice_id", "choice__label", "voter", "ip_hash", "user_id")
        )
        writer = csv.writer(_Echo())

        def lines():
            yield writer.writerow(CSV_HEADER)
            for created_at, choice_id, label, voter, ip_hash, user_id in votes.iterator(2000):
                voter_type = "account" if voter.startswith("u:") else "cookie"
                row = [created_at.isoformat(), choice_id, label, voter_type, ip_hash, user_id]
                yield writer.writerow([csv_safe(cell) for cell in row])

        response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="poll-{poll.pk}-votes.csv"'
        return response


class PollCloseView(PollAdminPageMixin, TemplateView):
    template_name = "polls/admin/confirm_status.html"
    page_title = gettext_lazy("Close poll")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["closing"] = True
        context["already_done"] = not self.poll.is_open
        return context

    def post(self, request, pk):
        poll_close(poll=self.poll, user=request.user)
        messages.success(request, _("Poll closed: readers can no longer vote."))
        return redirect(poll_admin_url("edit", self.poll))


class PollReopenView(PollAdminPageMixin, TemplateView):
    template_name = "polls/admin/confirm_status.html"
    page_title = gettext_lazy("Reopen poll")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        poll = self.poll
        context["closing"] = False
        context["already_done"] = poll.is_open
        context["closing_time_passed"] = poll.closes_at and poll.closes_at <= timezone.now()
        return context

    def post(self, request, pk):
        poll_reopen(poll=self.poll, user=request.user)
        messages.success(request, _("Poll reopened: readers can vote again."))
        return redirect(poll_admin_url("edit", self.poll))


HOURS = (1, 6, 24, 72, 168)
DEFAULT_HOURS = 24


class BurstPeriodForm(forms.Form):
    hours = forms.TypedChoiceField(
        label=gettext_lazy("Votes cast in the last"),
        coerce=int,
        required=False,
        empty_value=DEFAULT_HOURS,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built here, not at import, so the labels are in the editor's language.
        self.fields["hours"].choices = [
            (hours, ngettext("%(num)d hour", "%(num)d hours", hours) % {"num": hours})
            for hours in HOURS
        ]


class PollBurstListView(PollAdminPageMixin, TemplateView):
    """The addresses with the most votes lately, each with a link to remove its burst."""

    template_name = "polls/admin/burst_list.html"
    page_title = gettext_lazy("Remove a burst of votes")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = BurstPeriodForm(self.request.GET or {"hours": DEFAULT_HOURS})
        hours = form.cleaned_data["hours"] if form.is_valid() else DEFAULT_HOURS
        bursts = ip_bursts(poll=self.poll, since=timezone.now() - timedelta(hours=hours))
        remove_url = poll_admin_url("burst_remove", self.poll)
        context.update(
            form=form,
            hours=hours,
            rows=[
                {
                    "burst": burst,
                    "remove_url": remove_url
                    + "?"
                    + urlencode(
                        {
                            "ip_hash": burst.ip_hash,
                            "start": local_datetime(burst.first_vote),
                            "end": local_datetime(burst.last_vote),
                        }
                    ),
                }
                for burst in bursts
            ],
        )
        return context


class BurstWindowForm(forms.Form):
    ip_hash = forms.CharField(max_length=64, widget=forms.HiddenInput)
    start = forms.DateTimeField(
        label=gettext_lazy("Period start"),
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local", "step": 1}, format=LOCAL_DATETIME
        ),
    )
    end = forms.DateTimeField(
        label=gettext_lazy("Period end"),
        help_text=gettext_lazy("Votes cast during this second are included."),
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local", "step": 1}, format=LOCAL_DATETIME
        ),
    )
    # How many votes the editor was shown; if it has changed, they are asked again.
    expected = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        if start and end:
            # The inputs are to the second, the votes to the microsecond.
            cleaned_data["start"] = start.replace(microsecond=0)
            cleaned_data["end"] = end.replace(microsecond=999_999)
            if cleaned_data["end"] < cleaned_data["start"]:
                raise ValidationError(_("The period must end after it starts."))
        return cleaned_data


class PollBurstRemoveView(PollAdminPageMixin, TemplateView):
    """GET: how many votes a window holds; POST: remove exactly those votes."""

    template_name = "polls/admin/burst_remove.html"
    page_title = gettext_lazy("Remove a burst of votes")

    def get(self, request, pk):
        if "ip_hash" not in request.GET:
            return redirect(poll_admin_url("burst", self.poll))
        return self.render_form(BurstWindowForm(request.GET))

    def post(self, request, pk):
        form = BurstWindowForm(request.POST)
        if not form.is_valid():
            return self.render_form(form)
        window = {key: form.cleaned_data[key] for key in ("ip_hash", "start", "end")}
        expected = form.cleaned_data["expected"]
        if expected is not None and expected != self.count(window):
            messages.warning(request, _("The number of votes has changed. Check it again."))
            return self.render_form(form)
        removed = votes_remove_burst(poll=self.poll, user=request.user, **window)
        messages.success(
            request,
            ngettext("%(count)d vote removed.", "%(count)d votes removed.", removed)
            % {"count": removed},
        )
        return redirect(poll_admin_url("burst", self.poll))

    def count(self, window: dict) -> int:
        return votes_in_window(poll=self.poll, **window).count()

    def render_form(self, form):
        context = self.get_context_data(form=form, burst_url=poll_admin_url("burst", self.poll))
        if form.is_valid():
            data = form.cleaned_data
            context.update(
                count=self.count({key: data[key] for key in ("ip_hash", "start", "end")}),
                ip_hash=data["ip_hash"],
                start=local_datetime(data["start"]),
                end=local_datetime(data["end"]),
            )
        return self.render_to_response(context)
