"""GET /api/race/<competition>/<season>/: the play-off race, per club, as JSON.

The regular season by default (`top6`), or one play-off group with `?phase=` (`title` and
`europe` in the Champions' Play-Offs, `winner` in the Europe Play-Offs, `barrage` in the
Relegation Play-Offs). `?after_round=N` gives the race as it stood after round N of that
phase. The answer is cached per season generation: a saved score renews it.
"""

from django.utils.translation import gettext as _

from kopbal.core.api import json_error
from kopbal.football import race
from kopbal.football.models import Competition, Season
from kopbal.football.season_race import RaceTooEarly, race_phases, season_race
from kopbal.football.tables import season_key

from .cache import public_read
from .views import _json

PHASES = ("regular", "champions", "europe", "relegation")


def _season_generation(competition, season):
    """The season's generation, when the address names one (else the view answers 404)."""
    competition_id = Competition.objects.filter(slug=competition).values_list("pk", flat=True)
    season_id = Season.objects.filter(name=season).values_list("pk", flat=True)
    if competition_id and season_id:
        return [season_key(competition_id[0], season_id[0])]
    return []


@public_read(params=["after_round", "phase"], depends_on=_season_generation)
def race_view(request, competition, season):
    competition_obj = Competition.objects.filter(slug=competition).first()
    if competition_obj is None:
        message = _("There is no competition with the slug %(slug)s.") % {"slug": competition}
        return json_error(404, "unknown_competition", message)
    season_obj = Season.objects.filter(name=season).first()
    if season_obj is None:
        message = _("There is no season %(season)s (write seasons like 2025-26).")
        return json_error(404, "unknown_season", message % {"season": season})
    kind = request.GET.get("phase", "regular")
    if kind not in PHASES:
        message = _("phase must be one of: %(phases)s.") % {"phases": ", ".join(PHASES)}
        return json_error(400, "bad_phase", message)
    phase = race_phases(competition_obj, season_obj).get(kind)
    if phase is None:
        message = _("This phase has no matches in this season (yet).")
        return json_error(404, "unknown_phase", message)
    after_round = None
    if "after_round" in request.GET:
        value = request.GET["after_round"]
        last = phase.matches.order_by("-round_number").values_list("round_number", flat=True)[0]
        if not value.isascii() or not value.isdigit() or int(value) > last:
            message = _("after_round must be a round number from 0 to %(last)s.")
            return json_error(400, "bad_after_round", message % {"last": last})
        after_round = int(value)
    try:
        result = season_race(competition_obj, season_obj, phase, after_round=after_round)
    except RaceTooEarly as exc:
        message = _(
            "The race is worked out once at most half of the season is left: give "
            "after_round %(round)s or later."
        )
        return json_error(400, "too_early", message % {"round": exc.from_round})
    except race.RaceUndecided:
        # A safety net (see race.solver.SOLVER_SECONDS): an honest answer, not a crash.
        response = json_error(
            503, "undecided", _("The race could not be worked out just now. Try again soon.")
        )
        response["Retry-After"] = "60"
        return response
    return _json(
        {
            "competition": competition_obj.slug,
            "season": season_obj.name,
            "phase": kind,
            "after_round": after_round,
            "clubs": [_club(row, kind) for row in result.clubs],
        }
    )


def _club(row: race.ClubRace, kind: str) -> dict:
    data = {
        "club_slug": row.club.slug,
        "club": row.club.name,
        "position": row.position,
        "points": row.points,
        "matches_left": row.matches_left,
    }
    if kind == "regular":
        verdict = row.verdicts["top6"]
        data.update(top6=verdict.status, points_needed=verdict.points_needed)
        return data
    for goal, verdict in row.verdicts.items():
        data[goal] = verdict.status
        data[f"{goal}_points_needed"] = verdict.points_needed
    return data
