"""The football read API: a season's standings and a list of matches, as JSON.

Both answer through kopbal.api.cache.public_read (GET/HEAD, CORS, ETag, Cache-Control
public, Dutch JSON errors) and are stamped with the generation of every season they show
(`football_season`), which a saved match or event moves: a score renews the answers about
its season only. Tables come from kopbal.football.tables (computed once per change),
matches through the Match QuerySet's read rules.
"""

from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.db.models import Q
from django.http import JsonResponse
from django.utils.translation import gettext as _

from kopbal.api.cache import public_read
from kopbal.api.cursor import BadCursor, cursor_decode, cursor_encode
from kopbal.core import generations
from kopbal.core.address import absolute_url
from kopbal.core.api import json_error

from . import tables
from .models import Club, Competition, Match, Phase, Season

BRUSSELS = ZoneInfo("Europe/Brussels")
STANDINGS_PHASES = [kind.value for kind in tables.TABLE_KINDS]
PLAYOFF_PHASES = set(STANDINGS_PHASES) - {Phase.Kind.REGULAR}
PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
MAX_ROUND = 99  # a matchday number beyond any season: 400, not an empty list
MATCH_PARAMS = ["competition", "season", "phase", "round", "club", "status", "cursor", "limit"]


def _json(data) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def _unknown(name: str, value: str):
    messages = {
        "competition": _("There is no competition with the slug %(value)s."),
        "season": _("There is no season %(value)s (write a season like 2025-26)."),
        "club": _("There is no club with the slug %(value)s."),
    }
    return json_error(404, f"unknown_{name}", messages[name] % {"value": value})


def _lookup(model, field: str, value: str):
    """The object whose `field` is `value`, or None; a NUL byte (which PostgreSQL refuses
    in a query) matches nothing rather than crashing."""
    if "\x00" in value:
        return None
    return model.objects.filter(**{field: value}).first()


def _choice_problem(name: str, value: str, choices):
    message = _("%(name)s must be one of: %(choices)s.") % {
        "name": name,
        "choices": ", ".join(choices),
    }
    return json_error(400, f"bad_{name}", message)


def _whole_number(value: str, lowest: int, highest: int) -> int | None:
    """`value` as a whole number within bounds, else None ("+3", "3.0", "٣" are refused)."""
    if not (value.isascii() and value.isdigit()) or len(value) > 4:
        return None
    number = int(value)
    return number if lowest <= number <= highest else None


@public_read(params=["phase"])
def standings(request, competition: str, season: str):
    found = _lookup(Competition, "slug", competition)
    if found is None:
        return _unknown("competition", competition)
    season_obj = _lookup(Season, "name", season)
    if season_obj is None:
        return _unknown("season", season)
    kind = request.GET.get("phase", Phase.Kind.REGULAR)
    if kind not in STANDINGS_PHASES:
        return _choice_problem("phase", kind, STANDINGS_PHASES)
    # Records the season's generation on the answer (tables.season_tables depends on it).
    table = tables.phase_table(found, season_obj, kind)
    if table is None:
        message = _("There is no table of this phase for %(competition)s %(season)s (yet).")
        message %= {"competition": found.name, "season": season_obj.name}
        return json_error(404, "no_table", message)
    playoff = kind in PLAYOFF_PHASES
    return _json(
        {
            "competition": found.slug,
            "season": season_obj.name,
            "phase": kind,
            "rows": [_row(row, playoff=playoff) for row in table.rows],
        }
    )


def _row(row, *, playoff: bool) -> dict:
    data = {
        "position": row.position,
        "club": row.club.name,
        "club_slug": row.club.slug,
        "played": row.played,
        "won": row.won,
        "drawn": row.drawn,
        "lost": row.lost,
        "goals_for": row.goals_for,
        "goals_against": row.goals_against,
        "goal_difference": row.goal_difference,
        "points": row.points,
        "form": list(row.form),
    }
    if playoff:
        data["carried_points"] = row.carried_points
        data["rounded_up"] = row.rounded_up
    return data


@public_read(params=MATCH_PARAMS)
def matches(request):
    params = request.GET
    phases = Phase.objects.all()
    for name, model, field in (
        ("competition", Competition, "slug"),
        ("season", Season, "name"),
    ):
        if name in params:
            found = _lookup(model, field, params[name])
            if found is None:
                return _unknown(name, params[name])
            phases = phases.filter(**{name: found})
    if "phase" in params:
        if params["phase"] not in Phase.Kind.values:
            return _choice_problem("phase", params["phase"], Phase.Kind.values)
        phases = phases.filter(kind=params["phase"])
    if "status" in params and params["status"] not in Match.Status.values:
        return _choice_problem("status", params["status"], Match.Status.values)
    number = None
    if "round" in params:
        number = _whole_number(params["round"], 1, MAX_ROUND)
        if number is None:
            message = _("round must be a matchday number from 1 to %(highest)s.")
            return json_error(400, "bad_round", message % {"highest": MAX_ROUND})
    limit = PAGE_SIZE
    if "limit" in params:
        limit = _whole_number(params["limit"], 1, MAX_PAGE_SIZE)
        if limit is None:
            message = _("limit must be a number from 1 to %(highest)s.")
            return json_error(400, "bad_limit", message % {"highest": MAX_PAGE_SIZE})
    club = None
    if "club" in params:
        club = _lookup(Club, "slug", params["club"])
        if club is None:
            return _unknown("club", params["club"])
    position = None
    if "cursor" in params:
        try:
            position = cursor_decode(params["cursor"], kind="match", nullable=True)
        except BadCursor:
            message = _("This cursor is not valid: start again from the first page.")
            return json_error(400, "bad_cursor", message)

    # The seasons the answer can show, read before the matches: never stamped newer than
    # what it lists.
    seasons = set(phases.values_list("competition_id", "season_id").distinct())
    generations.read(*(tables.season_key(c, s) for c, s in sorted(seasons)))

    found = Match.objects.filter(phase__in=phases).in_kickoff_order()
    if number is not None:
        found = found.on_matchday(number)
    if "status" in params:
        found = found.filter(status=params["status"])
    if club is not None:
        found = found.for_club(club)
    if position is not None:
        found = found.filter(_after(*position))
    page = list(
        found.with_clubs().select_related("phase__competition", "phase__season")[: limit + 1]
    )
    items, more = page[:limit], len(page) > limit
    next_url = None
    if more:
        last = items[-1]
        query = {k: v for k, v in params.items() if k != "cursor"}
        query["cursor"] = cursor_encode(last.kickoff, last.pk, kind="match")
        next_url = absolute_url(f"{request.path}?{urlencode(query)}")
    return _json({"next": next_url, "results": [_match(m) for m in items]})


def _after(kickoff, pk) -> Q:
    """The matches after (kickoff, pk) in kick-off order, unknown kick-offs last."""
    if kickoff is None:
        return Q(kickoff__isnull=True, pk__gt=pk)
    return Q(kickoff__gt=kickoff) | Q(kickoff=kickoff, pk__gt=pk) | Q(kickoff__isnull=True)


def _score(home, away) -> dict | None:
    return None if home is None or away is None else {"home": home, "away": away}


def _match(match: Match) -> dict:
    phase = match.phase
    # The reader page of a match, where there is one (Match.get_absolute_url).
    url = getattr(match, "get_absolute_url", None)
    return {
        "id": match.pk,
        "competition": phase.competition.slug,
        "season": phase.season.name,
        "phase": phase.kind,
        "round": match.round_number,
        "round_label": match.round_label,
        "kickoff": match.kickoff.astimezone(BRUSSELS).isoformat() if match.kickoff else None,
        "home": {"slug": match.home.slug, "name": match.home.name},
        "away": {"slug": match.away.slug, "name": match.away.name},
        "status": match.status,
        "score": _score(match.home_goals, match.away_goals),
        "half_time_score": _score(match.home_goals_half_time, match.away_goals_half_time),
        "minute": match.minute,
        "url": absolute_url(url()) if url is not None else None,
    }
