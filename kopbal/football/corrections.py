"""Every change of a match's score or status, logged in Wagtail's history: who, when, which
field, old -> new; a change to a finished match is flagged as a correction.

The service (match_update, so the match-day screen too) and the snippet editor both log
through `changes_log`; the entries show in the match's history in the admin and on the
match-day screen.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter, log

from .models import Match

# Score and status: what readers see and what tables count. The minute moves every minute
# of a live match and is not worth a line in the history.
LOGGED_FIELDS = (
    "status",
    "home_goals",
    "away_goals",
    "home_goals_half_time",
    "away_goals_half_time",
)
UPDATE = "kopbal_football.score"
CORRECTION = "kopbal_football.correction"


def changes_log(*, match: Match, old: dict, user) -> None:
    """Log the logged fields of `match` that differ from `old` (field -> value before)."""
    changes = {
        name: [old[name], getattr(match, name)]
        for name in LOGGED_FIELDS
        if name in old and old[name] != getattr(match, name)
    }
    if not changes:
        return
    correction = old.get("status") == Match.Status.FINISHED
    log(
        instance=match,
        action=CORRECTION if correction else UPDATE,
        user=user if getattr(user, "is_authenticated", False) else None,
        data={"changes": changes, "correction": correction},
    )


def values_of(match: Match) -> dict:
    return {name: getattr(match, name) for name in LOGGED_FIELDS}


def describe(data: dict) -> str:
    """ "status: scheduled -> live, home goals: - -> 1" for the history and the screen."""
    labels = {name: Match._meta.get_field(name).verbose_name for name in LOGGED_FIELDS}
    parts = []
    for name, (old, new) in (data or {}).get("changes", {}).items():
        parts.append(f"{labels.get(name, name)}: {_shown(name, old)} → {_shown(name, new)}")
    return ", ".join(parts)


def _shown(name, value) -> str:
    if value is None:
        return "-"
    if name == "status":
        return str(Match.Status(value).label) if value in Match.Status.values else str(value)
    return str(value)


class ScoreFormatter(LogFormatter):
    label = gettext_lazy("Change score or status")

    def format_message(self, log_entry):
        return _("Score or status changed: %(changes)s") % {"changes": describe(log_entry.data)}


class CorrectionFormatter(LogFormatter):
    label = gettext_lazy("Correct a finished match")

    def format_message(self, log_entry):
        return _("Correction: %(changes)s") % {"changes": describe(log_entry.data)}


def register_log_actions(actions):
    actions.register_action(UPDATE)(ScoreFormatter)
    actions.register_action(CORRECTION)(CorrectionFormatter)
