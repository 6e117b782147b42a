"""How a match's score and state read, in one place: pages and the live API use these, so
a score updated by the live script reads exactly like the one rendered in the page."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .models import Match


def score_text(match: Match) -> str:
    """ "2-1" once the match has a score; else the kick-off time ("20:45"), or "-"."""
    if match.status == Match.Status.POSTPONED:
        return "-"
    if match.has_score:
        return f"{match.home_goals}-{match.away_goals}"
    if match.kickoff is None:
        return "-"
    return formats.time_format(timezone.localtime(match.kickoff), "H:i")


def state_text(match: Match) -> str:
    """What a reader needs beside the score: the minute, "Rust", "Einde", "Uitgesteld"."""
    if match.status == Match.Status.LIVE:
        return f"{match.minute}'" if match.minute else _("Live")
    if match.status == Match.Status.HALF_TIME:
        return _("Half-time")
    if match.status == Match.Status.FINISHED:
        return _("Full time")
    if match.status == Match.Status.POSTPONED:
        return _("Postponed")
    return ""
