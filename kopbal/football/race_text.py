"""How a race verdict reads on the race page, per goal: "Zeker van Play-Off I", "Heeft nog
7 punten nodig", "Kan Play-Off I niet meer halen"."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .race import CERTAIN, ELIMINATED, Verdict

# goal -> (its name in a heading, certain, out, in the running but not in its own hands)
TEXTS = {
    "top6": (
        _("Play-Off I"),
        _("Certain of Play-Off I"),
        _("Can no longer reach Play-Off I"),
        _("Can still reach Play-Off I, but no longer on its own"),
    ),
    "title": (
        _("The title"),
        _("Certain of the title"),
        _("Can no longer win the title"),
        _("Can still win the title, but no longer on its own"),
    ),
    "europe": (
        _("A European ticket (places 1-3)"),
        _("Certain of a European ticket"),
        _("Can no longer reach the first three"),
        _("Can still reach the first three, but no longer on its own"),
    ),
    "winner": (
        _("Winning Play-Off II"),
        _("Certain to win Play-Off II"),
        _("Can no longer win Play-Off II"),
        _("Can still win Play-Off II, but no longer on its own"),
    ),
    "barrage": (
        _("The barrage (last place)"),
        _("Certain to play the barrage"),
        _("Certain to avoid the barrage"),
        _("Can still avoid the barrage, but no longer on its own"),
    ),
}


def goal_name(goal: str) -> str:
    return str(TEXTS[goal][0])


def verdict_text(goal: str, verdict: Verdict) -> str:
    _name, certain, out, not_alone = TEXTS[goal]
    if verdict.status == CERTAIN:
        return str(certain)
    if verdict.status == ELIMINATED:
        return str(out)
    if verdict.points_needed is None:
        return str(not_alone)
    n = verdict.points_needed
    if goal == "barrage":
        text = ngettext(
            "Needs %(n)s more point to be safe",
            "Needs %(n)s more points to be safe",
            n,
        )
    else:
        text = ngettext("Needs %(n)s more point", "Needs %(n)s more points", n)
    return text % {"n": n}
