"""The PageMeta (title, description, canonical path, breadcrumbs) of the football pages."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from kopbal.core.meta import PageMeta, breadcrumbs

from . import display, naming, paths


def _trail(competition, *rest) -> dict:
    return breadcrumbs(
        [(_("Home"), "/"), (competition.name, competition.get_absolute_url()), *rest]
    )


def clubs(path: str) -> PageMeta:
    title = _("Clubs")
    return PageMeta(
        title=title,
        description=_("Every club on Kopbal: its news, its place in the table and its matches."),
        path=path,
        structured_data=[breadcrumbs([(_("Home"), "/"), (title, path)])],
    )


def table(competition, season, path: str) -> PageMeta:
    title = _("%(competition)s table %(season)s") % {
        "competition": competition.name,
        "season": season.name,
    }
    return PageMeta(
        title=title,
        description=_(
            "The %(competition)s table of %(season)s: points, goals and form of every club, "
            "and the play-off places."
        )
        % {"competition": competition.name, "season": season.name},
        path=path,
        structured_data=[_trail(competition, (title, path))],
    )


def matchday(competition, season, phase, number, path: str) -> PageMeta:
    round_label = naming.round_label(phase, number)
    title = f"{competition.name} {season.name}: {round_label}"
    if phase.kind != "regular":
        title = f"{competition.name} {season.name}, {naming.phase_label(phase)}: {round_label}"
    return PageMeta(
        title=title,
        description=_(
            "Results and fixtures of %(round)s of the %(competition)s %(season)s, with "
            "kick-off times and scores."
        )
        % {"round": round_label.lower(), "competition": competition.name, "season": season.name},
        path=path,
        structured_data=[
            _trail(
                competition,
                (_("Matchdays"), paths.rounds_path(competition)),
                (round_label, path),
            )
        ],
    )


def match(match, path: str) -> PageMeta:
    phase = match.phase
    competition = phase.competition
    title = f"{match.home.name} - {match.away.name}"
    if match.has_score:
        title = f"{match.home.name} {display.score_text(match)} {match.away.name}"
    when = ""
    if match.kickoff:
        when = formats.date_format(timezone.localtime(match.kickoff), "j F Y")
    description = _(
        "%(home)s against %(away)s, %(round)s of the %(competition)s %(season)s%(when)s: "
        "score, goals, cards and the articles about the match."
    ) % {
        "home": match.home.name,
        "away": match.away.name,
        "round": naming.round_label(phase, match.round_number).lower(),
        "competition": competition.name,
        "season": phase.season.name,
        "when": f" ({when})" if when else "",
    }
    return PageMeta(
        title=title,
        description=description,
        path=path,
        structured_data=[
            _trail(
                competition,
                (
                    naming.round_label(phase, match.round_number),
                    paths.round_path(competition, phase.season, phase, match.round_number),
                ),
                (title, path),
            )
        ],
    )
