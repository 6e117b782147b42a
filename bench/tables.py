"""Issue 11: what a season's tables cost, computed and cached.

The league's clubs and both shipped seasons are imported as the demo does. Then, for the
complete 2024-25 season (240 regular matches and three play-off groups):

- the computation alone (kopbal.football.standings.season_tables on the parsed matches, no
  database): what a change of any match costs in CPU;
- kopbal.football.tables.season_tables in this process, cold (its cache entry deleted: the
  matches and club names read and the four tables computed) and warm (from the cache);
- the standings API over HTTP (granian, the production profile): cold, with the season's
  generation moved before every request as a saved score moves it (the stored answer and
  the cached tables both out of date), and warm (the stored answer).

No table page exists yet on this branch, so its uncached render is not measured here.
"""

import http.client
import statistics
import time
from urllib.parse import urlsplit

from .server import app_server

COMPETITION, SEASON = "jupiler-pro-league", "2024-25"
URL = f"/api/standings/{COMPETITION}/{SEASON}/?phase=champions"


def seed():
    """The league's clubs and both seasons, unless an earlier scenario loaded them."""
    from kopbal.demo.data import football as demo
    from kopbal.football.importing import matches_import
    from kopbal.football.models import Club, Competition, Season
    from kopbal.football.openfootball import DATA_DIR, parse_file

    for key, name, short, kind in demo.COMPETITIONS:
        Competition.objects.get_or_create(
            slug=key, defaults={"name": name, "short_name": short, "kind": kind}
        )
    for key, name, short, *_ in demo.CLUBS + demo.FORMER_CLUBS:
        Club.objects.get_or_create(slug=key, defaults={"name": name, "short_name": short})
    league = Competition.objects.get(slug=COMPETITION)
    for name in demo.LEAGUE_FILES:
        matches_import(league=parse_file(DATA_DIR / name), competition=league)
    return league, Season.objects.get(name=SEASON)


def timed(function, *, repeat: int, before=None) -> dict:
    """Milliseconds per call of `function` (after `before`, untimed): median and p99."""
    times = []
    for _ in range(repeat + 3):
        if before is not None:
            before()
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    times = sorted(times[3:])  # the first calls warm up imports and connections
    return {
        "median": statistics.median(times),
        "p99": times[min(len(times) - 1, int(len(times) * 0.99))],
        "repeat": repeat,
    }


def bench_tables(args, env) -> list[dict]:
    from django.core.cache import cache
    from django.db import transaction

    from kopbal.core import generations
    from kopbal.football import standings, tables
    from kopbal.football.openfootball import DATA_DIR, PHASES, parse_file

    league, season = seed()
    parsed = parse_file(DATA_DIR / SEASON / "be1.txt")
    by_phase: dict = {}
    for match in parsed.matches:
        by_phase.setdefault(PHASES.get(match.stage), []).append(match)
    by_phase.pop(None, None)
    counted = sum(len(ms) for ms in by_phase.values())
    repeat = args.render_requests

    pure = timed(lambda: standings.season_tables(by_phase), repeat=repeat)

    generation = generations.read(tables.season_key(league, season))[0]
    key = f"football:tables:{league.pk}:{season.pk}:{generation}"
    cold = timed(
        lambda: tables.season_tables(league, season),
        repeat=repeat,
        before=lambda: cache.delete(key),
    )
    warm = timed(lambda: tables.season_tables(league, season), repeat=repeat)

    def score_saved():
        with transaction.atomic():
            generations.bump(tables.season_key(league, season))

    with app_server(env, port=args.port, workers=args.workers) as base:
        conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=60)

        def get(expect: str):
            def request():
                conn.request("GET", URL)
                response = conn.getresponse()
                response.read()
                cached = response.getheader("X-Api-Cache")
                if response.status != 200 or cached != expect:
                    raise RuntimeError(f"{URL}: {response.status}, X-Api-Cache {cached}")

            return request

        api_cold = timed(get("miss"), repeat=repeat, before=score_saved)
        api_warm = timed(get("hit"), repeat=repeat)

    setup = f"{args.workers} granian workers x 4 threads, {args.database}"
    command = f"make bench BENCH_ARGS='tables --database {args.database}'"

    def entry(name, title, result, details):
        return {
            "name": f"tables-{name}-{args.database}",
            "title": f"{title} ({args.database})",
            "figure": f"median {result['median']:.2f} ms, p99 {result['p99']:.2f} ms",
            "details": details,
            "command": command,
        }

    season_text = (
        f"the complete {SEASON} season ({counted} league matches: the regular season and "
        f"the three play-off groups)"
    )
    return [
        entry(
            "compute",
            "Season tables computed from the matches, no database",
            pure,
            f"{pure['repeat']} calls of standings.season_tables over {season_text}, parsed "
            "from the shipped file: the four tables with tie-breakers, carried points and "
            "form, in this process.",
        ),
        entry(
            "cold",
            "tables.season_tables cold (matches read, tables computed)",
            cold,
            f"{cold['repeat']} calls for {season_text}, the cache entry deleted before each: "
            "the generation, the phases, the matches and the club names read, the tables "
            "computed and stored, the clubs read; in this process against the bench database "
            f"and cache ({args.database}).",
        ),
        entry(
            "warm",
            "tables.season_tables warm (from the cache)",
            warm,
            f"{warm['repeat']} calls for {season_text} with the tables in the cache: the "
            f"generation, the phases and the clubs read ({args.database}).",
        ),
        entry(
            "api-cold",
            "Standings API after a score change, over HTTP",
            api_cold,
            f"{api_cold['repeat']} sequential GETs of {URL} (keep-alive), the season's "
            "generation moved before each as a saved score moves it: the stored answer and "
            f"the cached tables are out of date, so every request computes the tables. {setup}.",
        ),
        entry(
            "api-warm",
            "Standings API, stored answer, over HTTP",
            api_warm,
            f"{api_warm['repeat']} sequential GETs of {URL} (keep-alive) answered from the API "
            f"cache (X-Api-Cache: hit, one query for the generations). {setup}.",
        ),
    ]
