"""Issue 11: the football reader pages rendered without the page cache.

The league's two seasons are imported from the shipped open data (clubs as the demo has
them). The app server runs with the whole-page cache off, so each request renders the page; the
season's tables come from their own cache (computed once per change of the matches), as
in production between two score changes. The computation itself (a score was just saved)
is timed in-process: every match of the season read and the four tables computed.
"""

import statistics
import time

PAGES = {
    "table": "/competitie/jupiler-pro-league/stand/2024-25/",
    "matchday": "/competitie/jupiler-pro-league/speeldagen/",
    "club": "/club/genk/",
}


def seed() -> dict[str, str]:
    """Both seasons of the league and the paths to render, a match page among them."""
    from kopbal.demo.data import football as demo
    from kopbal.football import openfootball
    from kopbal.football.importing import matches_import
    from kopbal.football.models import Club, Competition, Match
    from kopbal.news.services import site_tree_ensure

    site_tree_ensure()
    for key, name, short, kind in demo.COMPETITIONS:
        Competition.objects.get_or_create(
            slug=key, defaults={"name": name, "short_name": short, "kind": kind}
        )
    league = Competition.objects.get(slug="jupiler-pro-league")
    for key, name, short, *_ in demo.CLUBS + demo.FORMER_CLUBS:
        Club.objects.get_or_create(
            slug=key, defaults={"name": name, "short_name": short, "competition": league}
        )
    for name in demo.LEAGUE_FILES:
        matches_import(
            league=openfootball.parse_file(openfootball.DATA_DIR / name), competition=league
        )
    match = Match.objects.with_clubs().filter(phase__season__name="2025-26").finished().last()
    return {**PAGES, "match": match.get_absolute_url()}


def compute_times(rounds: int = 30) -> dict:
    """Milliseconds to compute a season's four tables from its matches (cache bypassed)."""
    from kopbal.football import tables
    from kopbal.football.models import Competition, Phase, Season

    competition = Competition.objects.get(slug="jupiler-pro-league")
    season = Season.objects.get(name="2024-25")
    phases = {
        p.kind: p
        for p in Phase.objects.filter(
            competition=competition, season=season, kind__in=tables.TABLE_KINDS
        )
    }
    times = []
    for _ in range(rounds + 3):
        started = time.perf_counter()
        tables._compute(phases)
        times.append((time.perf_counter() - started) * 1000)
    times = sorted(times[3:])
    return {"median": statistics.median(times), "max": times[-1], "requests": rounds}
