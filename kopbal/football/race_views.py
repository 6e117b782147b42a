"""The race pages: /competitie/<slug>/race/ (who is certain of, in the running for or out
of a place, and the points still needed) and /competitie/<slug>/race/wat-als/ (pick the
remaining results, see the table that follows).

Plain Django views: the race belongs to a competition's season, not to a page in the tree.
Both read `seizoen` (2024-25) and `fase` (regulier, po1, po2, degradatie).
"""

import re
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import race, race_text, whatif
from .models import Competition, Match, Phase, Season
from .season_race import RACE_KINDS, RaceTooEarly, current_kind, race_phases, season_race
from .standings import PLAYOFF_GROUPS
from .tables import phase_table

PHASE_PARAMS = {
    "regulier": Phase.Kind.REGULAR,
    "po1": Phase.Kind.CHAMPIONS,
    "po2": Phase.Kind.EUROPE,
    "degradatie": Phase.Kind.RELEGATION,
}
PARAM_OF_KIND = {kind: param for param, kind in PHASE_PARAMS.items()}
# One radio group per match of the phase, by its place in the phase's fixture list (u1,
# u2, ...): a regular season has 240 matches.
PICK_PARAMS = [f"u{n}" for n in range(1, 301)]
# The places that count on each table: the first n, or (negative) the last one.
ZONES = {
    Phase.Kind.REGULAR: 6,
    Phase.Kind.CHAMPIONS: 3,
    Phase.Kind.EUROPE: 1,
    Phase.Kind.RELEGATION: -1,
}


def canonical_phase(value: str) -> str:
    if value in PHASE_PARAMS:
        return value
    raise ValueError(value)


def canonical_season(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value
    raise ValueError(value)


def canonical_pick(value: str) -> None:
    """A what-if page with picks is one reader's: it has no canonical form, so the page
    cache answers it uncached (and never stores any of the 3^n combinations)."""
    if value == "":
        return None
    raise ValueError(value)


def _race_of(request, slug):
    competition = get_object_or_404(Competition, slug=slug)
    seasons = list(
        Season.objects.filter(
            phases__competition=competition,
            phases__kind__in=RACE_KINDS,
            phases__matches__isnull=False,
        ).distinct()
    )
    wanted = request.GET.get("seizoen")
    season = next((s for s in seasons if s.name == wanted), None) if wanted else None
    if season is None and (wanted or not seasons):
        raise Http404(_("There is no race for this season."))
    season = season or seasons[0]
    phases = race_phases(competition, season)
    wanted_phase = request.GET.get("fase")
    kind = PHASE_PARAMS.get(wanted_phase) if wanted_phase else current_kind(phases)
    if kind not in phases:
        raise Http404(_("This phase has no matches in this season (yet)."))
    query = {"seizoen": season.name} if season != seasons[0] else {}
    links = [
        {
            "label": phase.name,
            "href": "?" + urlencode(sorted({**query, "fase": PARAM_OF_KIND[k]}.items())),
            "current": k == kind,
        }
        for k, phase in phases.items()
    ]
    season_links = [
        {
            "label": s.name,
            "href": "?" + urlencode({} if s == seasons[0] else {"seizoen": s.name}),
            "current": s == season,
        }
        for s in seasons
    ]
    return {
        "competition": competition,
        "season": season,
        "season_links": season_links,
        "phase": phases[kind],
        "phase_links": links,
        "query": {**query, "fase": PARAM_OF_KIND[kind]},
        "query_string": urlencode(sorted({**query, "fase": PARAM_OF_KIND[kind]}.items())),
        "race_url": reverse("football:race", args=[competition.slug]),
        "whatif_url": reverse("football:race_whatif", args=[competition.slug]),
    }


def race_page(request, slug):
    context = _race_of(request, slug)
    try:
        result = season_race(context["competition"], context["season"], context["phase"])
    except RaceTooEarly as exc:
        context["too_early"] = exc.from_round
        return render(request, "football/race.html", context)
    except race.RaceUndecided:
        # A safety net (see race.solver.SOLVER_SECONDS): say so rather than fail.
        context["undecided"] = True
        return render(request, "football/race.html", context, status=503)
    goals = result.goals
    context["goals"] = [race_text.goal_name(goal) for goal in goals]
    context["rows"] = [
        {
            "race": row,
            "verdicts": [
                {
                    "status": row.verdicts[g].status,
                    "text": race_text.verdict_text(g, row.verdicts[g]),
                }
                for g in goals
            ],
        }
        for row in result.clubs
    ]
    context["finished"] = all(row.matches_left == 0 for row in result.clubs)
    return render(request, "football/race.html", context)


def whatif_page(request, slug):
    context = _race_of(request, slug)
    phase = context["phase"]
    lines, factor = _lines(context["competition"], context["season"], phase)
    matches = list(phase.matches.with_clubs().order_by("round_number", "kickoff", "pk"))
    fixtures, picks, rounds = [], [], {}
    for n, match in enumerate(matches, start=1):
        if match.status == Match.Status.FINISHED or n > len(PICK_PARAMS):
            continue
        name = f"u{n}"
        pick = request.GET.get(name, "")
        fixture = {"match": match, "name": name, "pick": pick if pick in whatif.PICKS else ""}
        fixtures.append(fixture)
        rounds.setdefault(match.round_number, []).append(fixture)
        if fixture["pick"]:
            picks.append((match.home, match.away, pick))
    wins_decide = phase.kind == Phase.Kind.REGULAR
    table = whatif.table_after(lines, picks, factor=factor, wins_decide=wins_decide)
    clubs = {line.club.pk: line.club for line in lines}
    context.update(
        table=table,
        rounds=[(_("Matchday %(n)s") % {"n": n}, fs) for n, fs in rounds.items()],
        zone=ZONES[phase.kind],
        picked=bool(picks),
        js_strings={"updated": _("The table has been updated.")},
        data={
            "factor": factor,
            "winsDecide": wins_decide,
            "zone": ZONES[phase.kind],
            "clubs": [
                {
                    "id": line.club.pk,
                    "name": clubs[line.club.pk].name,
                    "short": clubs[line.club.pk].short_name or clubs[line.club.pk].name,
                    "played": line.played,
                    "won": line.won,
                    "drawn": line.drawn,
                    "lost": line.lost,
                    "points": line.points,
                    "score": line.score,
                    "rank": line.rank,
                }
                for line in lines
            ],
            "matches": [
                {"name": f["name"], "home": f["match"].home_id, "away": f["match"].away_id}
                for f in fixtures
            ],
        },
    )
    return render(request, "football/race_whatif.html", context)


def _lines(competition, season, phase) -> tuple[list[whatif.Line], int]:
    """Today's table as what-if lines, and the factor of the ordering score."""
    table = phase_table(competition, season, phase.kind)
    rows = table.rows if table else []
    if phase.kind == Phase.Kind.REGULAR:
        return [
            whatif.Line(r.club, r.played, r.won, r.drawn, r.lost, r.points, r.points, r.position)
            for r in rows
        ], 1
    regular = phase_table(competition, season, Phase.Kind.REGULAR)
    by_club = {r.club.pk: r for r in regular.rows} if regular else {}
    factor = 2 if PLAYOFF_GROUPS[phase.kind][1] else 1
    lines = []
    for r in rows:
        before = by_club[r.club.pk]
        # Twice the unrounded total when halved: 33.5 + 3 stays below 37 (standings).
        score = before.points + factor * (r.points - r.carried_points)
        lines.append(
            whatif.Line(r.club, r.played, r.won, r.drawn, r.lost, r.points, score, before.position)
        )
    return lines, factor
