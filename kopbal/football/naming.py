"""How phases read in URLs and on pages: Dutch slugs and labels, one place for both.

The importer names phases after the source files; readers see the labels below, and URLs
use the slugs, which stay the same whatever an editor renames a phase to.
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .models import Phase

SLUGS = {
    Phase.Kind.REGULAR: "reguliere-competitie",
    Phase.Kind.CHAMPIONS: "play-off-1",
    Phase.Kind.EUROPE: "play-off-2",
    Phase.Kind.RELEGATION: "degradatie-play-offs",
    Phase.Kind.ECL_PLAYOFF: "conference-league-play-off",
}
LABELS = {
    Phase.Kind.REGULAR: _("Regular season"),
    Phase.Kind.CHAMPIONS: _("Champions' Play-offs (Play-off I)"),
    Phase.Kind.EUROPE: _("Europe Play-offs (Play-off II)"),
    Phase.Kind.RELEGATION: _("Relegation Play-offs"),
    Phase.Kind.ECL_PLAYOFF: _("Conference League play-off"),
}


def phase_slug(phase: Phase) -> str:
    """A cup has several rounds of one kind: they go by their own names."""
    return SLUGS.get(phase.kind) or slugify(phase.name) or str(phase.pk)


def phase_label(phase: Phase) -> str:
    return str(LABELS.get(phase.kind, phase.name))


def round_label(phase: Phase, number: int) -> str:
    """ "Speeldag 12"; a cup round or a one-off play-off by its phase's name."""
    if phase.kind in (Phase.Kind.CUP_ROUND, Phase.Kind.ECL_PLAYOFF):
        return phase_label(phase) if number == 1 else f"{phase_label(phase)} ({number})"
    return _("Matchday %(number)s") % {"number": number}
