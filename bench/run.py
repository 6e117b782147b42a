"""`make bench`: run the benchmarks against the production profile and write BENCHMARKS.md.

python -m bench.run [SCENARIO ...] [--database sqlite|postgres] [options]

Each scenario is a function `(args, env) -> list[entry]` in SCENARIOS; an entry is a dict
with name, title, figure, details and command, and lands in var/bench/results.json and
BENCHMARKS.md (a later run of the same entry replaces it).
"""

import argparse
import json
import os
import platform
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

from . import comments, football_pages, render, votes
from .analytics import bench_analytics
from .growth import bench_growth
from .live import bench_live
from .peer import bench_peer
from .race import bench_race
from .search import bench_search, bench_search_recall
from .server import ROOT, app_server, bench_env, manage
from .tables import bench_tables
from .tagger import bench_tagger
from .throughput import bench_throughput

RESULTS = ROOT / "var" / "bench" / "results.json"
REPORT = ROOT / "BENCHMARKS.md"
NOTES = Path(__file__).with_name("notes.md")
# db 14: the test suite uses (and clears) db 15.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/kopbal_bench"
)


def fresh_database(kind: str, port: int) -> str:
    """An empty database named after the run's port, so two runs never share one."""
    if kind == "sqlite":
        path = ROOT / "var" / "bench" / f"bench-{port}.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    server, name = POSTGRES_URL.rsplit("/", 1)
    name = f"{name}_{port}"
    with psycopg.connect(server + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def machine() -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    cpu = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line),
        platform.processor(),
    )
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    memory_gib = int(next(line.split()[1] for line in meminfo if "MemTotal" in line)) // 1024**2
    python = platform.python_version()
    return f"{os.cpu_count()} cores ({cpu}), {memory_gib} GiB, Python {python}"


def django_for(env: dict):
    """This process as a Django client of the bench database (to seed and to count), with
    the servers' cache, so that what it publishes invalidates their pages as in production."""
    os.environ.update(
        {k: v for k, v in env.items() if k.startswith(("DJANGO_", "DATABASE_", "KOPBAL_"))}
    )
    if env.get("REDIS_URL"):
        os.environ["REDIS_URL"] = env["REDIS_URL"]
    import django

    django.setup()


def fresh_cache(args) -> dict:
    """The run's own cache: a flushed Redis database (the production profile) or, on the
    embedded profile, a new cache directory named after the port like the database."""
    if args.redis_url:
        import redis

        redis.Redis.from_url(args.redis_url).flushdb()
        return {"REDIS_URL": args.redis_url}
    directory = ROOT / "var" / "bench" / f"cache-{args.port}"
    shutil.rmtree(directory, ignore_errors=True)
    return {"KOPBAL_CACHE_DIR": str(directory)}


def prepare(args) -> dict:
    """One fresh database and cache for every scenario of this run, migrated, and this
    process's Django connected to them (to seed and to count)."""
    env = bench_env(
        fresh_database(args.database, args.port),
        **fresh_cache(args),
        KOPBAL_TRUSTED_PROXIES="1",  # the load generator plays the proxy: one IP per voter
        KOPBAL_POLL_VOTES_PER_IP_PER_HOUR="1000000",
        KOPBAL_COMMENTS_HOLD_FIRST="0",
        KOPBAL_COMMENTS_PER_MINUTE="1000000",
        KOPBAL_COMMENTS_PER_HOUR="1000000",
    )
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    django_for(env)
    return env


def bench_votes(args, env) -> list[dict]:
    from kopbal.polls.models import Choice, Poll, Vote

    poll = Poll.objects.create(question="Benchmark: wie wordt kampioen?")
    choices = [Choice.objects.create(poll=poll, label=f"Club {i}", sort_order=i) for i in range(4)]
    with app_server(env, port=args.port, workers=args.workers) as base:
        run = votes.run(
            base,
            poll.pk,
            [c.pk for c in choices],
            voters=args.voters,
            concurrency=args.concurrency,
        )
    accepted = run.count(201)
    counted = Vote.objects.filter(poll=poll).count()
    if counted != accepted or run.others:
        sys.exit(f"VOTES: {accepted} accepted, {counted} counted, refused: {run.others}")
    return [
        {
            "name": f"votes-{args.database}",
            "title": f"Votes over HTTP ({args.database})",
            "figure": f"{accepted / run.seconds:.0f} votes/s",
            "details": (
                f"{accepted} of {args.voters} votes accepted in {run.seconds:.2f} s by "
                f"{args.workers} granian workers x 4 threads, wrk with {args.concurrency} "
                f"connections (keep-alive), every vote from another voter and IP address; "
                f"latency median {run.p50_ms:.1f} ms, p99 {run.p99_ms:.1f} ms. Counted in "
                f"the database afterwards: {counted} (none lost, none extra); socket errors: "
                f"{run.socket_errors}."
            ),
            "command": (
                f"make bench BENCH_ARGS='votes --database {args.database} "
                f"--voters {args.voters} --concurrency {args.concurrency}'"
            ),
        }
    ]


def bench_comments(args, env) -> list[dict]:
    from kopbal.comments.counts import counts_for
    from kopbal.comments.models import Comment

    target, sessions = comments.seed(args.concurrency)
    with app_server(env, port=args.port, workers=args.workers) as base:
        load = comments.post_load(
            base, target.pk, sessions, posts=args.posts, concurrency=args.concurrency
        )
    accepted = load.count(201)
    counted = Comment.objects.filter(article=target).count()
    # The count beside the headline is kept in the posts' transactions: exact as well.
    shown = counts_for([target.pk])[target.pk]
    if counted != accepted or shown != accepted or load.others:
        sys.exit(
            f"COMMENTS: {accepted} accepted, {counted} stored, {shown} counted, "
            f"refused: {load.others}"
        )
    return [
        {
            "name": f"comments-{args.database}",
            "title": f"Comment posts over HTTP ({args.database})",
            "figure": f"{accepted / load.seconds:.0f} comments/s",
            "details": (
                f"{accepted} of {args.posts} posts accepted in {load.seconds:.2f} s by "
                f"{args.workers} granian workers x 4 threads, {args.database}; wrk with "
                f"{args.concurrency} connections, each a logged-in reader posting through the "
                f"JSON API (session + CSRF); latency median {load.p50_ms:.1f} ms, p99 "
                f"{load.p99_ms:.1f} ms. Stored afterwards: {counted} (none lost, none extra), "
                f"the article's comment count {shown}; "
                f"socket errors: {load.socket_errors}."
            ),
            "command": f"make bench BENCH_ARGS='comments --database {args.database}'",
        }
    ]


def bench_render(args, env) -> list[dict]:
    from django.db import connection

    from kopbal.news.models import ArticlePage

    readers = comments.readers_create(16, prefix="render")
    urls = render.seed(readers)
    articles = ArticlePage.objects.live_news().count()
    # Cold: nothing cached at all, as right after a new comment on this very article (its
    # page and its discussion are renewed). After a publish elsewhere: the page cache was
    # left behind by the publish, the fragments that did not change are still good.
    elsewhere = render.elsewhere_create()
    # Statistics for the tables just filled, as a site's tables have them. Without it the
    # plans depended on whether autovacuum had analyzed them before the measurement, so on
    # how long the app server took to start: granian, up sooner than gunicorn, measured the
    # cold render at 19-27 ms against gunicorn's 13-21 ms in the same rounds, and at
    # 13.0-15.3 ms against 16.4-17.3 ms with this (bench/notes.md, issue 14, tenth round).
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    # After a publish elsewhere, as readers get it: the publish leaves this article's
    # cached page standing, "Meest recent" (a hole in it) is filled anew (issue 14).
    cases = {
        "cold": {"KOPBAL_PAGE_CACHE_SECONDS": "0", "KOPBAL_FRAGMENT_CACHE_SECONDS": "0"},
        "republished": {"KOPBAL_PAGE_CACHE_SECONDS": "0"},
        "after-publish": {},
    }
    times = {}
    for case, settings in cases.items():
        publish = elsewhere if case == "after-publish" else None
        with app_server({**env, **settings}, port=args.port, workers=args.workers) as base:
            for size, url in urls.items():
                times[case, size] = render.render_times(
                    base, url, requests=args.render_requests, publish=publish
                )
    entries = []
    setup = f"{args.workers} granian workers x 4 threads, {args.database}"
    for (case, size), result in times.items():
        what = {
            "cold": (
                "nothing cached (KOPBAL_PAGE_CACHE_SECONDS=0, KOPBAL_FRAGMENT_CACHE_SECONDS=0): "
                "the whole page with its discussion and 'Meest recent' rendered every time, as "
                "right after a new comment on this article"
            ),
            "republished": (
                "page cache off, shared fragments on: the render a page needs when the site "
                "changed (the discussion and 'Meest recent' did not change)"
            ),
            "after-publish": (
                "everything on, another article published again before each GET (not timed): "
                "the page stays cached, its 'Meest recent' hole is filled anew"
            ),
        }[case]
        target = ""
        if size == 300 and case in render.TARGETS_MS:
            limit = render.TARGETS_MS[case]
            met = "met" if result["median"] <= limit else "NOT met"
            target = f" Target: median <= {limit} ms ({met})."
        entries.append(
            {
                "name": f"render-{case}-{size}-{args.database}",
                "title": f"Article with {size:,} comments, {case} render ({args.database})",
                "figure": f"median {result['median']:.1f} ms, p99 {result['p99']:.1f} ms",
                "details": (
                    f"{result['requests']} sequential GETs over HTTP (keep-alive) of an article "
                    f"with {size:,} comments (threads with replies, likes, a featured comment; "
                    f"the first page of 50 threads shown), on a site of {articles:,} live "
                    f"articles; {what}.{target} {setup}."
                ),
                "command": f"make bench BENCH_ARGS='render --database {args.database}'",
            }
        )
    return entries


def bench_football_pages(args, env) -> list[dict]:
    paths = football_pages.seed()
    times = {}
    with app_server(
        {**env, "KOPBAL_PAGE_CACHE_SECONDS": "0"}, port=args.port, workers=args.workers
    ) as base:
        for name, path in paths.items():
            times[name] = render.render_times(base, path, requests=args.render_requests)
    computed = football_pages.compute_times()
    setup = f"{args.workers} granian workers x 4 threads, {args.database}"
    entries = [
        {
            "name": f"football-{name}-{args.database}",
            "title": f"Football {name} page, uncached render ({args.database})",
            "figure": f"median {result['median']:.1f} ms, p99 {result['p99']:.1f} ms",
            "details": (
                f"{result['requests']} sequential GETs over HTTP (keep-alive) of {path} with the "
                f"page cache off (KOPBAL_PAGE_CACHE_SECONDS=0): the page rendered every time, "
                f"the season's tables from their cache (computed once per change of a match; "
                f"the computation is the separate entry). Both league seasons imported from "
                f"the shipped open data (553 matches). {setup}."
            ),
            "command": f"make bench BENCH_ARGS='football-pages --database {args.database}'",
        }
        for name, (path, result) in ((n, (paths[n], times[n])) for n in paths)
    ]
    entries.append(
        {
            "name": f"football-tables-compute-{args.database}",
            "title": f"Football: a season's four tables computed ({args.database})",
            "figure": f"median {computed['median']:.1f} ms, max {computed['max']:.1f} ms",
            "details": (
                f"{computed['requests']} in-process computations of the 2024-25 tables (regular "
                f"season and the three play-off groups, 313 matches read from the database, "
                f"form and tie-breakers), the cache bypassed: what the first page after a "
                f"saved score pays once, on top of the cached render. {args.database}."
            ),
            "command": f"make bench BENCH_ARGS='football-pages --database {args.database}'",
        }
    )
    return entries


def write_report(results: dict) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Measured by `make bench` (`python -m bench.run`), on the machine named with each run.",
        "The load generator runs on the same machine as the server, so both share its cores.",
        "",
        "| benchmark | figure | measured |",
        "|---|---|---|",
    ]
    for entry in results.values():
        lines.append(f"| {entry['title']} | **{entry['figure']}** | {entry['date']} |")
    # What the figures mean against the targets: written by hand, kept across runs.
    lines += ["", NOTES.read_text().strip()]
    for entry in results.values():
        lines += [
            "",
            f"## {entry['title']}",
            "",
            f"- Figure: **{entry['figure']}**",
            f"- {entry['details']}",
            f"- Machine: {entry['machine']}",
            f"- Date: {entry['date']}",
            f"- Command: `{entry['command']}`",
        ]
    REPORT.write_text("\n".join(lines) + "\n")


# In the order `all` runs them.
# Votes and comments first, on a quiet database; then the archive grows to 100,000
# articles, and the page renders and the cached throughput are measured on that site.
SCENARIOS = {
    "votes": bench_votes,
    "comments": bench_comments,
    "growth": bench_growth,
    "render": bench_render,
    "throughput": bench_throughput,
    "search": bench_search,
    "search-recall": bench_search_recall,
    "tables": bench_tables,
    "race": bench_race,
    "live": bench_live,
    "football-pages": bench_football_pages,
    "tagger": bench_tagger,
    "analytics": bench_analytics,
    "peer": bench_peer,
}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="bench")
    # No `choices` here: argparse checks a nargs="*" default against them as a whole list.
    parser.add_argument("scenarios", nargs="*", metavar="SCENARIO", help=", ".join(SCENARIOS))
    parser.add_argument(
        "--database",
        choices=["postgres", "sqlite"],
        default="postgres",
        help="postgres: the production profile (with Redis); sqlite: the embedded default",
    )
    # Long enough to see a cost that grows with the rows written: at 3,000 votes (3 s) a
    # vote that read every earlier vote of its poll still ran at 812/s; at 30,000, 429/s.
    parser.add_argument("--voters", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=16)
    # 2 x 4 threads beat 3 x 4 on this 2-core machine for votes (925 vs 748/s) and cached
    # pages; see BENCHMARKS.md.
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--posts", type=int, default=4000)
    parser.add_argument("--render-requests", type=int, default=300)
    parser.add_argument("--growth-articles", type=int, default=100_000)
    parser.add_argument("--growth-requests", type=int, default=200)
    parser.add_argument("--search-articles", type=int, default=100_000)
    parser.add_argument("--search-requests", type=int, default=20, help="per search query")
    parser.add_argument("--threads", type=int, default=4, help="app server threads (throughput)")
    parser.add_argument("--comments", type=int, default=300, help="under the throughput article")
    parser.add_argument("--race-runs", type=int, default=5, help="runs of each race state")
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3, help="static/nginx/app wrk rounds")
    parser.add_argument("--wrk-connections", type=int, default=64)
    parser.add_argument("--warmup", type=int, default=3, help="seconds of wrk before each run")
    parser.add_argument(
        "--live-pages", type=int, nargs="+", default=[10, 100, 1000], help="open pages (live)"
    )
    parser.add_argument("--live-seconds", type=float, default=40, help="of saves per run (live)")
    parser.add_argument("--live-save-every", type=float, default=2, help="seconds (live)")
    parser.add_argument(
        "--analytics-part",
        choices=["both", "beacons", "beacons-app", "dashboard"],
        default="both",
        help=(
            "analytics: the beacons through nginx, the dashboard on a year of data, or both; "
            "beacons-app: the beacons answered by the app server (no nginx)"
        ),
    )
    parser.add_argument(
        "--peer",
        metavar="PATH",
        help="peer: a wagtail/bakerydemo checkout to measure beside Kopbal (BENCH_PEER)",
    )
    parser.add_argument("--peer-database", default="bakerydemo_bench", help="peer: its PG db")
    parser.add_argument("--peer-rounds", type=int, default=5, help="peer: interleaved rounds")
    parser.add_argument(
        "--redis-url",
        default=None,
        help=f"cache in this Redis db, flushed first (postgres: {REDIS_URL}; sqlite: none)",
    )
    # Intermixed: `make bench BENCH_PEER=... BENCH_ARGS='votes ...'` puts scenarios after
    # --peer PATH, which plain parse_args refuses.
    args = parser.parse_intermixed_args(argv)
    if args.redis_url is None:
        args.redis_url = REDIS_URL if args.database == "postgres" else ""

    unknown = set(args.scenarios) - {*SCENARIOS, "all"}
    if unknown:
        parser.error(
            f"unknown scenario {', '.join(sorted(unknown))}: choose from {list(SCENARIOS)}"
        )
    names = list(SCENARIOS) if not args.scenarios or "all" in args.scenarios else args.scenarios
    env = prepare(args)
    for name in names:
        # Saved after every scenario, so a long run that fails late keeps what it measured.
        record(SCENARIOS[name](args, env))


def entries_from_report() -> dict:
    """The entries BENCHMARKS.md already holds, for a checkout whose var/bench/results.json
    is missing (a fresh worktree): a run of one scenario must not drop the others."""
    if not REPORT.exists():
        return {}
    found = {}
    for section in REPORT.read_text().split("\n## ")[1:]:
        title, _, rest = section.partition("\n")
        lines = [line.removeprefix("- ") for line in rest.strip().splitlines()]
        if len(lines) != 5 or not lines[0].startswith("Figure: **"):
            continue  # a heading of the notes, not an entry
        found[title] = {
            "name": title,
            "title": title,
            "figure": lines[0].removeprefix("Figure: **").removesuffix("**"),
            "details": lines[1],
            "machine": lines[2].removeprefix("Machine: "),
            "date": lines[3].removeprefix("Date: "),
            "command": lines[4].removeprefix("Command: `").removesuffix("`"),
        }
    return found


def record(entries: list[dict]) -> None:
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else entries_from_report()
    for entry in entries:
        entry["machine"] = machine()
        entry["date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        print(f"{entry['title']}: {entry['figure']} - {entry['details']}", flush=True)
        # An entry read back from BENCHMARKS.md is keyed by its title: replaced all the same.
        results.pop(entry["title"], None)
        results[entry["name"]] = entry
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2))
    write_report(results)


if __name__ == "__main__":
    main()
