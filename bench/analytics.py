"""Issue 12, part 3: the page-view beacon under load, and the dashboard on a year of data.

(a) Beacons through the shipped nginx configuration (the production path: nginx answers the
beacon and logs it, the flush job reads the log; --analytics-part beacons): cached-page
throughput alone and while beacons arrive at a steady 2,500 a second (wrk's delay() paces
each connection), for pages from the app server's page cache and for pages from nginx's
micro-cache, with the flush job reading the log every FLUSH_EVERY seconds during the runs;
then beacons alone as fast as wrk sends them. Every beacon carries another view id and
address; after the runs the flush counts them, and the count must cover every beacon wrk
saw answered.
(a') The same without nginx (--analytics-part beacons-app): the app server answers the beacon in
kopbal/analytics/wsgi.py before Django's middleware; pages alone, beacons alone, both at
once, each as fast as wrk goes.
(b) The dashboard with a year of hourly rows for 100,000 articles: each article is read in
the 48 hours after it appeared (a new one every ~5 minutes), so about 4.8 million hourly
rows and their daily rollups, written with bulk inserts; then dashboard_data() in process
and the admin's home page over HTTP, uncached.
"""

import http.client
import os
import random
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from .nginx import nginx
from .seed import articles_seed
from .server import ROOT, app_server
from .throughput import fetch, free_port

TARGET_BEACONS = 2000
# "Without slowing page delivery": page throughput with the beacons at least this share of
# page throughput alone (runs on a shared 2-core machine vary by a few per cent).
PAGES_KEPT = 0.9
HOURS_READ = 48
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"

# The data in the query string, as kopbal.js sends it; paced: each connection waits
# delay_ms between its beacons, so that the connections together send PACED_RATE a second
# (0: as fast as wrk goes).
PACED_BEACON_LUA = r"""
local counter, n = 0, 0
function setup(thread)
  n = n + 1
  thread:set("tid", n)
end
local pages = {%(pages)s}
local run = os.getenv("BENCH_RUN")
function delay()
  return %(delay_ms)d
end
function request()
  counter = counter + 1
  local path = string.format("/api/view/?page=%%d&view=b%%s-%%02d-%%012d",
    pages[counter %% #pages + 1], run, tid, counter)
  local headers = {
    ["Sec-Fetch-Site"] = "same-origin",
    ["User-Agent"] = "%(ua)s",
    ["X-Forwarded-For"] = string.format("10.%%d.%%d.%%d", tid, counter %% 250, counter %% 251),
  }
  return wrk.format("POST", path, headers, "")
end
"""
PACED_RATE = 2500
PACED_CONNECTIONS = 50
FLUSH_EVERY = 5


def _wrk_start(url: str, *, seconds: int, connections: int, script: str | None, run: str):
    command = [
        "wrk",
        "--threads=1",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=10s",
        "--latency",
        *(["--script", script] if script else []),
        url,
    ]
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "BENCH_RUN": run},
    )


def _wrk_result(process, label: str) -> dict:
    output = process.communicate()[0]
    if process.returncode or re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        raise SystemExit(f"ANALYTICS: wrk ({label}) got failing answers:\n{output}")
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)\s*$", output, re.M))
    return {
        "per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "p50": latency.get("50", "?"),
        "p99": latency.get("99", "?"),
    }


def _load(base, page_url, script, *, seconds, connections, pages: bool, beacons: bool, run):
    started = {}
    if pages:
        started["pages"] = _wrk_start(
            base + page_url, seconds=seconds, connections=connections, script=None, run=run
        )
    if beacons:
        started["beacons"] = _wrk_start(
            base + "/api/view/", seconds=seconds, connections=connections, script=script, run=run
        )
    return {name: _wrk_result(process, name) for name, process in started.items()}


def bench_beacons_app(args, env) -> list[dict]:
    from kopbal.analytics.models import ArticleHour
    from kopbal.analytics.services import views_flush
    from kopbal.news.models import ArticlePage

    if ArticlePage.objects.live_news().count() < 200:
        articles_seed(200)
    ids = list(ArticlePage.objects.live_news().values_list("pk", flat=True)[:200])
    page_url = ArticlePage.objects.get(pk=ids[0]).url
    views_flush()  # nothing left from earlier runs
    before = sum(ArticleHour.objects.values_list("views", flat=True))
    seconds, connections = args.wrk_seconds, args.wrk_connections // 2
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        pages = ",".join(map(str, ids))
        lua.write(PACED_BEACON_LUA % {"pages": pages, "ua": FIREFOX, "delay_ms": 0})
    rounds, warmups = [], {}
    try:
        with app_server(env, port=args.port, workers=args.workers, threads=args.threads) as base:
            fetch(base + page_url)
            _status, headers, _body = fetch(base + page_url)
            if headers.get("X-Page-Cache") != "hit":
                raise SystemExit("ANALYTICS: the article page is not served from the cache")
            kinds = {"pages": (True, False), "beacons": (False, True), "both": (True, True)}
            load_before = Path("/proc/loadavg").read_text().split()[0]
            for name, (pages, beacons) in kinds.items():  # warm-up
                warmups[name] = _load(
                    base,
                    page_url,
                    lua.name,
                    seconds=args.warmup,
                    connections=connections,
                    pages=pages,
                    beacons=beacons,
                    run=f"w{name}",
                )
            for r in range(args.rounds):
                rounds.append(
                    {
                        name: _load(
                            base,
                            page_url,
                            lua.name,
                            seconds=seconds,
                            connections=connections,
                            pages=pages,
                            beacons=beacons,
                            run=f"r{r}{name}",
                        )
                        for name, (pages, beacons) in kinds.items()
                    }
                )
    finally:
        Path(lua.name).unlink(missing_ok=True)
    load_after = Path("/proc/loadavg").read_text().split()[0]
    answered = sum(
        rnd[k]["beacons"]["requests"] for rnd in [*rounds, warmups] for k in ("beacons", "both")
    )
    started = time.perf_counter()
    views_flush()
    flush_seconds = time.perf_counter() - started
    counted = sum(ArticleHour.objects.values_list("views", flat=True)) - before
    if counted < answered:
        raise SystemExit(f"ANALYTICS: {answered} beacons answered, only {counted} counted")

    def median(kind, what):
        return statistics.median(rnd[kind][what]["per_second"] for rnd in rounds)

    alone_beacons, both_beacons = median("beacons", "beacons"), median("both", "beacons")
    alone_pages, both_pages = median("pages", "pages"), median("both", "pages")
    last = rounds[-1]
    cache = "Redis" if env.get("REDIS_URL") else "no Redis (in-process buffer, PendingView rows)"
    setup = (
        f"granian {args.workers} workers x {args.threads} threads, production "
        f"settings, {args.database}, buffer and page cache: {cache}. wrk (Debian), one process "
        f"per load, {connections} connections each, {args.rounds} rounds of {seconds} s "
        f"(pages alone, beacons alone, both at once) after a {args.warmup} s warm-up; medians "
        f"of the rounds. Client on the same 2-core machine; its load average (other work "
        f"included) {load_before} before the runs, {load_after} after."
    )
    redis_arg = f" --redis-url {args.redis_url}" if args.redis_url else ""
    command = (
        f"make bench BENCH_ARGS='analytics --analytics-part beacons-app "
        f"--database {args.database}{redis_arg}'"
    )
    verdict = "met" if both_beacons >= TARGET_BEACONS else "NOT met"
    return [
        {
            "name": f"analytics-beacons-{args.database}",
            "title": (
                f"Page-view beacons answered by the app server (no nginx) while it serves "
                f"cached pages ({args.database})"
            ),
            "figure": f"{both_beacons:,.0f} beacons/s with {both_pages:,.0f} pages/s",
            "details": (
                f"Target: {TARGET_BEACONS:,} beacons/s during page delivery ({verdict}). "
                f"Beacons alone: {alone_beacons:,.0f}/s; cached article page alone: "
                f"{alone_pages:,.0f}/s, with the beacons: {both_pages:,.0f}/s "
                f"({both_pages / alone_pages:.0%} of alone). Last round latency, both at once: "
                f"beacons p50 {last['both']['beacons']['p50']}, p99 "
                f"{last['both']['beacons']['p99']}; pages p50 {last['both']['pages']['p50']}, "
                f"p99 {last['both']['pages']['p99']}. Every beacon another view id and address: "
                f"{answered:,} answered 204 over the runs (warm-ups included), {counted:,} "
                f"counted by the flush afterwards (none lost; the excess were in flight when "
                f"wrk stopped), which took {flush_seconds:.1f} s. {setup}"
            ),
            "command": command,
        }
    ]


def _flusher(stop: threading.Event, flushes: list) -> None:
    """The scheduler's analytics job, every FLUSH_EVERY seconds until `stop` is set."""
    from django.db import connection

    from kopbal.analytics.services import views_flush

    try:
        while not stop.wait(FLUSH_EVERY):
            started = time.perf_counter()
            counted = views_flush()
            flushes.append((counted, time.perf_counter() - started))
    finally:
        connection.close()


def _run_loads(loads: dict, *, seconds: int, run: str, flush: bool, flushes: list) -> dict:
    """wrk processes side by side for `seconds`, one per load (name: (url, script,
    connections)); with `flush`, the analytics job runs meanwhile."""
    stop = threading.Event()
    flusher = threading.Thread(target=_flusher, args=(stop, flushes)) if flush else None
    if flusher:
        flusher.start()
    try:
        started = {
            name: _wrk_start(url, seconds=seconds, connections=conns, script=script, run=run)
            for name, (url, script, conns) in loads.items()
        }
        return {name: _wrk_result(process, name) for name, process in started.items()}
    finally:
        stop.set()
        if flusher:
            flusher.join()


def bench_beacons_nginx(args, env) -> list[dict]:
    from django.conf import settings

    from kopbal.analytics.models import ArticleHour
    from kopbal.analytics.services import views_flush
    from kopbal.news.models import ArticlePage

    if ArticlePage.objects.live_news().count() < 200:
        articles_seed(200)
    ids = list(ArticlePage.objects.live_news().values_list("pk", flat=True)[:200])
    page_url = ArticlePage.objects.get(pk=ids[0]).url
    work = ROOT / "var" / "bench" / f"analytics-{args.port}"
    shutil.rmtree(work, ignore_errors=True)
    view_log = work / "nginx" / "logs" / "kopbal.views.jsonl"
    settings.KOPBAL_ANALYTICS_VIEW_LOGS = []
    views_flush()  # nothing left from earlier runs
    settings.KOPBAL_ANALYTICS_VIEW_LOGS = [str(view_log)]
    before = sum(ArticleHour.objects.values_list("views", flat=True))
    seconds, connections = args.wrk_seconds, args.wrk_connections // 2
    pages = ",".join(map(str, ids))
    scripts = {}
    for name, delay_ms in (("paced", PACED_CONNECTIONS * 1000 // PACED_RATE), ("max", 0)):
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
            lua.write(PACED_BEACON_LUA % {"pages": pages, "ua": FIREFOX, "delay_ms": delay_ms})
        scripts[name] = lua.name
    rounds, flushes, beacon_runs = [], [], []
    try:
        with (
            app_server(env, port=args.port, workers=args.workers, threads=args.threads) as app,
            nginx(work / "nginx", port=free_port(), upstream=app.removeprefix("http://")) as proxy,
        ):
            for base, header, verdict in (
                (app, "X-Page-Cache", "hit"),
                (proxy, "X-Cache-Status", "HIT"),
            ):
                fetch(base + page_url)
                if fetch(base + page_url)[1].get(header) != verdict:
                    raise SystemExit(f"ANALYTICS: {base}{page_url} is not served from the cache")
            beacons = (proxy + "/api/view/", scripts["paced"], PACED_CONNECTIONS)
            kinds = {
                "app pages": {"pages": (app + page_url, None, connections)},
                "app pages + beacons": {
                    "pages": (app + page_url, None, connections),
                    "beacons": beacons,
                },
                "nginx pages": {"pages": (proxy + page_url, None, connections)},
                "nginx pages + beacons": {
                    "pages": (proxy + page_url, None, connections),
                    "beacons": beacons,
                },
                "beacons as fast as wrk sends": {
                    "beacons": (proxy + "/api/view/", scripts["max"], connections)
                },
            }
            load_before = Path("/proc/loadavg").read_text().split()[0]
            for n, loads in enumerate(kinds.values()):  # warm-up
                beacon_runs.append(
                    _run_loads(loads, seconds=args.warmup, run=f"w{n}", flush=False, flushes=[])
                )
            for r in range(args.rounds):
                this = {}
                for n, (name, loads) in enumerate(kinds.items()):
                    # What the last run left in the log is counted before this run starts,
                    # so that no run pays for another's beacons.
                    views_flush()
                    this[name] = _run_loads(
                        loads,
                        seconds=seconds,
                        run=f"r{r}k{n}",
                        flush=name.endswith("+ beacons"),
                        flushes=flushes,
                    )
                rounds.append(this)
                beacon_runs.extend(this.values())
            load_after = Path("/proc/loadavg").read_text().split()[0]
    finally:
        for name in scripts.values():
            Path(name).unlink(missing_ok=True)
    # nginx has stopped: its buffered log lines are all on disk.
    answered = sum(run["beacons"]["requests"] for run in beacon_runs if "beacons" in run)
    started = time.perf_counter()
    views_flush()
    last_flush = time.perf_counter() - started
    settings.KOPBAL_ANALYTICS_VIEW_LOGS = []
    counted = sum(ArticleHour.objects.values_list("views", flat=True)) - before
    if counted < answered:
        raise SystemExit(f"ANALYTICS: {answered} beacons answered, only {counted} counted")

    def median(kind, what):
        return statistics.median(rnd[kind][what]["per_second"] for rnd in rounds)

    def per_round(alone, both):
        return ", ".join(
            f"{rnd[alone]['pages']['per_second']:,.0f} / {rnd[both]['pages']['per_second']:,.0f}"
            for rnd in rounds
        )

    app_alone, app_with = median("app pages", "pages"), median("app pages + beacons", "pages")
    nginx_alone = median("nginx pages", "pages")
    nginx_with = median("nginx pages + beacons", "pages")
    paced = min(
        median("app pages + beacons", "beacons"), median("nginx pages + beacons", "beacons")
    )
    fastest = median("beacons as fast as wrk sends", "beacons")
    busy = [(n, t) for n, t in flushes if n]
    flush_line = (
        f"the flush job, every {FLUSH_EVERY} s during the beacon runs, took "
        f"{statistics.median(t for _, t in busy):.2f} s (median) for "
        f"{statistics.median(n for n, _ in busy):,.0f} views (max {max(t for _, t in busy):.2f} s)"
        if busy
        else "the flush job found nothing during the runs"
    )
    cache = "Redis" if env.get("REDIS_URL") else "no Redis (PendingView rows)"
    # Judged where readers get their pages in production: nginx in front (a page the
    # micro-cache lacks costs the app one request per second, whatever the crowd). Pages
    # straight from the app server are reported beside it, with the per-round figures
    # (under gunicorn they swung about 2x with how wrk's kept-alive connections fell on its
    # two workers).
    met = paced >= TARGET_BEACONS and nginx_with / nginx_alone >= PAGES_KEPT
    last = rounds[-1]
    redis_arg = f" --redis-url {args.redis_url}" if args.redis_url else ""
    return [
        {
            "name": f"analytics-beacons-nginx-{args.database}",
            "title": (
                f"Page-view beacons through nginx while cached pages are served ({args.database})"
            ),
            "figure": (
                f"{paced:,.0f} beacons/s beside {app_with:,.0f} app pages/s "
                f"({app_with / app_alone:.0%} of alone) or {nginx_with:,.0f} nginx pages/s "
                f"({nginx_with / nginx_alone:.0%})"
            ),
            "details": (
                f"Target: {TARGET_BEACONS:,} beacons/s without slowing page delivery, read as "
                f"page throughput through nginx with the beacons at least {PAGES_KEPT:.0%} of "
                f"alone ({'met' if met else 'NOT met'}). Beacons paced at {PACED_RATE:,}/s "
                f"({PACED_CONNECTIONS} wrk connections, one beacon per "
                f"{PACED_CONNECTIONS * 1000 // PACED_RATE} ms each). Cached article from the app "
                f"server's page cache: {app_alone:,.0f} pages/s alone, {app_with:,.0f} with the "
                f"beacons; from nginx's micro-cache: {nginx_alone:,.0f} alone, {nginx_with:,.0f} "
                f"with them. Per round (alone / with the beacons; the app's swing with how "
                f"the connections fall on its two workers), app: "
                f"{per_round('app pages', 'app pages + beacons')}; nginx: "
                f"{per_round('nginx pages', 'nginx pages + beacons')}. "
                f"Beacons alone, as fast as wrk sends ({connections} connections): "
                f"{fastest:,.0f}/s. Last round, beacons beside nginx pages: p50 "
                f"{last['nginx pages + beacons']['beacons']['p50']}, p99 "
                f"{last['nginx pages + beacons']['beacons']['p99']}; app pages beside the "
                f"beacons p50 {last['app pages + beacons']['pages']['p50']}, p99 "
                f"{last['app pages + beacons']['pages']['p99']}. nginx answers the beacon and "
                f"logs it; {flush_line}. {answered:,} beacons answered 204 over the runs "
                f"(warm-ups included), {counted:,} counted (none lost); the last flush after "
                f"nginx stopped took {last_flush:.1f} s. granian {args.workers} workers x "
                f"{args.threads} threads, production settings, {args.database}, buffer and page "
                f"cache: {cache}; nginx {os.cpu_count()} worker processes, shipped kopbal.conf. "
                f"wrk (Debian), one process per load, {connections} page connections, "
                f"{args.rounds} rounds of {seconds} s after a {args.warmup} s warm-up; medians "
                f"of the rounds. Client on the same 2-core machine: the beacons' own wrk takes "
                f"CPU that a reader's phone would spend. Load average {load_before} before the "
                f"runs, {load_after} after."
            ),
            "command": (
                f"make bench BENCH_ARGS='analytics --analytics-part beacons "
                f"--database {args.database}{redis_arg}'"
            ),
        }
    ]


def _hourly_rows(article_ids: list[int], now: datetime, rng: random.Random):
    """(article, hour, views, uniques) for a year: the newest article first, one every
    8760/len hours back in time, each read for HOURS_READ hours after it appeared."""
    this_hour = now.replace(minute=0, second=0, microsecond=0)
    step = 365 * 24 * 3600 / len(article_ids)
    for rank, article in enumerate(article_ids):
        appeared = this_hour - timedelta(seconds=int(rank * step) // 3600 * 3600)
        base = rng.lognormvariate(4, 1)
        for h in range(HOURS_READ):
            hour = appeared + timedelta(hours=h)
            if hour > this_hour:
                break
            views = int(base * 2.718 ** (-h / 8)) + 1
            yield article, hour, views, max(1, views * 7 // 10)


def views_seed(now: datetime) -> tuple[int, int, float]:
    """A year of hourly and daily rows for every live article; (hourly, daily, seconds)."""
    from django.db import connection, transaction

    from kopbal.analytics.models import ArticleDay, ArticleHour
    from kopbal.news.models import ArticlePage

    started = time.perf_counter()
    ArticleHour.objects.all().delete()
    ArticleDay.objects.all().delete()
    ids = list(ArticlePage.objects.live_news().values_list("pk", flat=True))
    rng = random.Random(12)
    days: dict = {}
    hour_table = ArticleHour._meta.db_table
    hourly = 0
    batch = []
    postgres = connection.vendor == "postgresql"

    def write(rows):
        with transaction.atomic(), connection.cursor() as cursor:
            if postgres:
                columns = "(article_id, hour, views, uniques)"
                with cursor.cursor.copy(f"COPY {hour_table} {columns} FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                cursor.executemany(
                    f"INSERT INTO {hour_table} (article_id, hour, views, uniques) "  # noqa: S608
                    "VALUES (%s, %s, %s, %s)",
                    [(a, h.strftime("%Y-%m-%d %H:%M:%S"), v, u) for a, h, v, u in rows],
                )

    for row in _hourly_rows(ids, now, rng):
        batch.append(row)
        article, hour, views, uniques = row
        day = days.setdefault((article, hour.date()), [0, 0])
        day[0] += views
        day[1] += uniques
        if len(batch) >= 100_000:
            write(batch)
            hourly += len(batch)
            batch = []
    write(batch)
    hourly += len(batch)
    ArticleDay.objects.bulk_create(
        (ArticleDay(article_id=a, day=d, views=v, uniques=u) for (a, d), (v, u) in days.items()),
        batch_size=10_000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return hourly, len(days), time.perf_counter() - started


def _admin_session() -> str:
    from django.contrib.auth import get_user_model
    from django.test import Client

    user_model = get_user_model()
    user = user_model.objects.filter(username="bench-chef").first()
    if user is None:
        user = user_model.objects.create_superuser("bench-chef", "chef@example.com", None)
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def _times(call, runs: int) -> dict:
    times = []
    for _ in range(runs + 2):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    times = sorted(times[2:])
    return {"median": statistics.median(times), "max": times[-1], "runs": runs}


def bench_dashboard(args, env) -> list[dict]:
    from django.conf import settings

    from kopbal.analytics.dashboard import dashboard_data
    from kopbal.news.models import ArticlePage

    articles = args.growth_articles
    live = ArticlePage.objects.live_news().count()
    if live < articles:
        articles_seed(articles - live, start=live)
    now = datetime.now(tz=UTC)
    hourly, daily, seed_seconds = views_seed(now)
    live_now = ArticlePage.objects.live_news().count()
    in_process = _times(lambda: dashboard_data(), args.render_requests // 10)
    session = _admin_session()
    with app_server(env, port=args.port, workers=args.workers) as base:
        conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=60)
        headers = {"Cookie": f"{settings.SESSION_COOKIE_NAME}={session}"}

        def get():
            conn.request("GET", "/admin/", headers=headers)
            response = conn.getresponse()
            body = response.read()
            if response.status != 200 or b"kb-dash" not in body:
                raise SystemExit(
                    f"ANALYTICS: /admin/ answered {response.status} without the dashboard"
                )

        over_http = _times(get, args.render_requests // 10)
    insert = "COPY" if args.database == "postgres" else "executemany"
    what = (
        f"{live_now:,} live articles; {hourly:,} hourly rows (a year: each article read in the "
        f"{HOURS_READ} hours after it appeared, one new article every "
        f"{365 * 24 * 60 / live_now:.1f} minutes) and {daily:,} daily rows, seeded in "
        f"{seed_seconds:.0f} s with bulk inserts ({insert}); "
        f"{args.database}. Every list of the dashboard (most read per hour, day, week, "
        f"trending, most commented, most voted, per club, the 48-hour chart), computed "
        f"on every request: nothing cached."
    )
    command = (
        f"make bench BENCH_ARGS='analytics --analytics-part dashboard --database {args.database}'"
    )
    return [
        {
            "name": f"analytics-dashboard-data-{args.database}",
            "title": (
                f"Dashboard figures, a year of hourly data for {live_now:,} articles "
                f"({args.database})"
            ),
            "figure": f"median {in_process['median']:.1f} ms, max {in_process['max']:.1f} ms",
            "details": f"dashboard_data() in process, {in_process['runs']} runs. {what}",
            "command": command,
        },
        {
            "name": f"analytics-dashboard-http-{args.database}",
            "title": f"Admin home with the dashboard over HTTP, a year of data ({args.database})",
            "figure": f"median {over_http['median']:.1f} ms, max {over_http['max']:.1f} ms",
            "details": (
                f"{over_http['runs']} sequential GETs of /admin/ (keep-alive) by a logged-in "
                f"editor, granian {args.workers} workers; Wagtail's own panels included. {what}"
            ),
            "command": command,
        },
    ]


def bench_analytics(args, env) -> list[dict]:
    entries = []
    if args.analytics_part in ("both", "beacons"):
        entries += bench_beacons_nginx(args, env)
    if args.analytics_part == "beacons-app":
        entries += bench_beacons_app(args, env)
    if args.analytics_part in ("both", "dashboard"):
        entries += bench_dashboard(args, env)
    return entries
