"""Match day in the newsroom: every match of a round on one screen, and a match's events.

The screen saves the whole round at once: every row is checked first, and when any row
is wrong nothing of the round is stored (one transaction); only the matches whose values
changed are written, each through `services.match_update`, which logs the change and
emits the event that renews the pages and the live scores.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Min
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy

from kopbal.core.ids import positive_int

from . import corrections, naming, services
from .admin_forms import MatchEventForm, MatchRowForm
from .models import Match, MatchEvent, Phase

match_policy = ModelPermissionPolicy(Match)
HISTORY_PER_MATCH = 3


class MatchPermissionMixin(PermissionCheckedMixin):
    """Entering scores is changing matches (the Match snippet's permission)."""

    permission_policy = match_policy
    permission_required = "change"


def _home_crumb():
    return {"url": reverse("wagtailadmin_home"), "label": _("Home")}


def _matchday_crumb():
    return {"url": reverse("football_matchday:index"), "label": _("Match day")}


def default_phase() -> Phase | None:
    """Where the action is: a match in play, else the next to kick off, else the last played."""
    for matches in (
        Match.objects.in_play(),
        Match.objects.upcoming().filter(kickoff__gte=timezone.now() - timedelta(days=1)),
        Match.objects.finished().order_by("-kickoff"),
    ):
        match = matches.select_related("phase").first()
        if match is not None:
            return match.phase
    return Phase.objects.first()


def default_round(phase: Phase) -> int | None:
    matches = Match.objects.filter(phase=phase)
    playing = matches.in_play().first()
    if playing is not None:
        return playing.round_number
    upcoming = matches.filter(status=Match.Status.SCHEDULED).aggregate(n=Min("round_number"))
    if upcoming["n"] is not None:
        return upcoming["n"]
    last = matches.order_by("-round_number").values_list("round_number", flat=True).first()
    return last


class MatchDayView(MatchPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "football/admin/matchday.html"
    page_title = gettext_lazy("Match day")
    header_icon = "time"

    def get_breadcrumbs_items(self):
        return [_home_crumb(), {"url": "", "label": self.get_page_title()}]

    @cached_property
    def params(self):
        return self.request.POST if self.request.method == "POST" else self.request.GET

    @cached_property
    def phases(self):
        return list(
            Phase.objects.select_related("competition", "season").order_by(
                "-season__name", "competition__name", "order", "pk"
            )
        )

    @cached_property
    def phase(self) -> Phase | None:
        wanted = positive_int(self.params.get("phase", ""))
        chosen = next((p for p in self.phases if p.pk == wanted), None)
        if chosen is not None:
            return chosen
        fallback = default_phase()
        return next((p for p in self.phases if fallback and p.pk == fallback.pk), None)

    @cached_property
    def rounds(self) -> list[tuple[int, str]]:
        if self.phase is None:
            return []
        numbers = (
            Match.objects.filter(phase=self.phase)
            .values_list("round_number", flat=True)
            .order_by("round_number")
            .distinct()
        )
        # The same Dutch names as the reader pages ("Speeldag 17"), not the file's labels.
        return [(n, naming.round_label(self.phase, n)) for n in numbers]

    @cached_property
    def round_number(self) -> int | None:
        wanted = positive_int(self.params.get("round", ""))
        numbers = [n for n, _label in self.rounds]
        if wanted in numbers:
            return wanted
        return default_round(self.phase) if self.phase is not None else None

    def matches(self) -> list[Match]:
        if self.phase is None or self.round_number is None:
            return []
        return list(
            Match.objects.in_round(self.phase, self.round_number)
            .with_clubs()
            .order_by("kickoff", "pk")
        )

    def url(self) -> str:
        query = {"phase": self.phase.pk, "round": self.round_number} if self.phase else {}
        return reverse("football_matchday:index") + ("?" + urlencode(query) if query else "")

    def get(self, request, *args, **kwargs):
        rows = [MatchRowForm(match=m) for m in self.matches()]
        return self.render_to_response(self.get_context_data(rows=rows))

    def post(self, request, *args, **kwargs):
        rows = [MatchRowForm(request.POST, match=m) for m in self.matches()]
        if not all([row.is_valid() for row in rows]):  # a list: every row gets its errors
            messages.error(request, _("Nothing was saved: correct the marked matches."))
            return self.render_to_response(self.get_context_data(rows=rows), status=400)
        changed = [row for row in rows if row.changes()]
        try:
            with transaction.atomic():
                for row in changed:
                    services.match_update(match=row.match, user=request.user, **row.changes())
        except ValidationError as exc:
            # Checked above; only a change saved meanwhile by someone else lands here.
            messages.error(request, _("Nothing was saved: %(error)s") % {"error": exc.messages[0]})
            return self.render_to_response(self.get_context_data(rows=rows), status=409)
        if changed:
            messages.success(
                request,
                _("%(count)d matches saved.") % {"count": len(changed)}
                if len(changed) != 1
                else _("1 match saved."),
            )
        else:
            messages.info(request, _("Nothing changed."))
        return redirect(self.url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = kwargs["rows"]
        history = _history([row.match.pk for row in rows])
        for row in rows:
            row.history = history.get(row.match.pk, [])
            row.events_url = reverse("football_matchday:events", args=[row.match.pk])
            row.history_url = reverse("wagtailsnippets_football_match:history", args=[row.match.pk])
        context.update(
            phases=self.phases,
            phase=self.phase,
            rounds=self.rounds,
            round_number=self.round_number,
            action_url=self.url(),
        )
        return context


def _history(match_ids) -> dict[int, list]:
    """The latest score changes and corrections of each match, newest first."""
    entries = (
        ModelLogEntry.objects.filter(
            content_type__app_label="football",
            content_type__model="match",
            object_id__in=[str(pk) for pk in match_ids],
            action__in=[corrections.UPDATE, corrections.CORRECTION],
        )
        .select_related("user")
        .order_by("-timestamp", "-pk")
    )
    found: dict[int, list] = {}
    for entry in entries[: len(match_ids) * 10]:
        items = found.setdefault(int(entry.object_id), [])
        if len(items) < HISTORY_PER_MATCH:
            entry.description = corrections.describe(entry.data)
            entry.is_correction = entry.action == corrections.CORRECTION
            items.append(entry)
    return found


class MatchEventsView(MatchPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """A match's events (goals, cards, substitutions): add one, remove one."""

    template_name = "football/admin/match_events.html"
    header_icon = "time"

    @cached_property
    def match(self) -> Match:
        queryset = Match.objects.with_clubs().select_related("phase__competition")
        return get_object_or_404(queryset, pk=self.kwargs["match_id"])

    def get_page_title(self):
        return _("Events of %(match)s") % {"match": self.match}

    def back_url(self) -> str:
        query = urlencode({"phase": self.match.phase_id, "round": self.match.round_number})
        return reverse("football_matchday:index") + "?" + query

    def get_breadcrumbs_items(self):
        crumb = {"url": self.back_url(), "label": _("Match day")}
        return [_home_crumb(), crumb, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=MatchEventForm(match=self.match)))

    def post(self, request, *args, **kwargs):
        form = MatchEventForm(request.POST, match=self.match)
        if form.is_valid():
            fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
            try:
                services.match_event_add(match=self.match, user=request.user, **fields)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Event added."))
                return redirect(request.path)
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            match=self.match,
            events=list(self.match.events.select_related("club", "person")),
            back_url=self.back_url(),
        )
        return context


class MatchEventRemoveView(MatchPermissionMixin, View):
    http_method_names = ["post"]

    def post(self, request, match_id, event_id):
        event = get_object_or_404(
            MatchEvent.objects.select_related("match__phase"), pk=event_id, match_id=match_id
        )
        services.match_event_remove(event=event, user=request.user)
        messages.success(request, _("Event removed."))
        return redirect("football_matchday:events", match_id)
