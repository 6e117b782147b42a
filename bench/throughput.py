"""Cached anonymous article page throughput, against nginx serving the same bytes as a
static file in the same run: the ratio is the figure, because it cancels out the machine.

wrk runs of equal length, in turn, for a few rounds: (a) the page's exact bytes as a file
from nginx's /static/, (b) the article through the shipped nginx configuration (micro-cache
hits), (c) the article straight from the app server (page-cache hits in the app, repeated ones
from the worker's memory), (d) the same without the workers' memory (every hit from the
page cache).
"""

import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
from io import BytesIO
from urllib.parse import urlsplit

from .nginx import access_log, nginx
from .server import ROOT, app_server

# Issue 5: nginx's cache at least half of nginx's static throughput, the app at least a tenth.
TARGETS = {"nginx": 0.5, "app": 0.15}

PARAGRAPHS = [
    "De thuisploeg begon furieus aan de wedstrijd en zette de bezoekers van bij de aftrap "
    "onder druk. Na een kwartier viel de verdiende openingstreffer: een lage voorzet van "
    "rechts werd in de verste hoek gewerkt.",
    "Na de rust kwam de bezoeker beter in de wedstrijd. De trainer bracht twee frisse "
    "spitsen en schakelde over op een 4-4-2, wat meteen voor meer dreiging zorgde.",
    "In de slotminuten ging het nog bijna mis, maar de doelman hield met een schitterende "
    "redding de drie punten binnen. De supporters scandeerden zijn naam tot lang na het "
    "laatste fluitsignaal.",
    "Door de zege klimt de ploeg naar de tweede plaats in het klassement, op twee punten van "
    "de leider. Volgende week wacht de verplaatsing naar de topper van de reeks.",
    "De trainer was na afloop tevreden: 'We hebben tot de laatste minuut geknokt. Dit is het "
    "karakter dat ik van deze groep wil zien.'",
]


TITLE = "Benchmark: thuisploeg wint spektakelstuk in de slotminuten"
INTRO = (
    "Een avond om nooit te vergeten: drie doelpunten, een rode kaart en een doelman in de hoofdrol."
)
SUBHEADING = "Vroege voorsprong"
QUOTE = ("Dit is een zege van de hele groep.", "De kapitein")


def hero_jpeg() -> bytes:
    """The hero image of the benchmark article (bench/peer.py gives the peer the same)."""
    from PIL import Image as PILImage

    data = BytesIO()
    PILImage.new("RGB", (1200, 675), "#00853F").save(data, "JPEG")
    return data.getvalue()


def seed(comments: int = 300):
    """A realistic article: intro, hero image, a body with sub-heading, paragraphs and a
    quote, clubs, persons and a competition as tags, a poll, `comments` comments (a third of
    them replies, some liked), and 25 other articles for "Meest recent" and "LEES OOK"."""
    return seed_articles(comments)[1]


def seed_articles(comments: int = 300):
    """(plain, discussed): the article of seed() twice, the same content, tags and a poll
    each, without comments and with `comments` comments."""
    from django.contrib.auth import get_user_model
    from django.core.files.images import ImageFile
    from wagtail.images.models import Image
    from wagtail.rich_text import RichText

    from kopbal.comments.counts import recount
    from kopbal.comments.models import Comment
    from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory
    from kopbal.news.services import site_tree_ensure
    from kopbal.news.tests.factories import article_create
    from kopbal.polls.tests.factories import poll_create

    _home, index = site_tree_ensure()
    clubs = [ClubFactory(), ClubFactory()]
    persons = [PersonFactory(), PersonFactory()]
    competition = CompetitionFactory()
    for i in range(25):
        article_create(
            index,
            title=f"Benchmark: ander nieuws nummer {i}",
            clubs=clubs[i % 2 : i % 2 + 1],
            competitions=[competition],
        )
    hero = Image(title="Benchmark: juichende spelers")
    hero.file = ImageFile(BytesIO(hero_jpeg()), name="bench-hero.jpg")
    hero.save()
    body = [("subheading", SUBHEADING)]
    body += [("paragraph", RichText(f"<p>{text}</p>")) for text in PARAGRAPHS[:3]]
    body.append(("quote", {"text": QUOTE[0], "speaker": QUOTE[1]}))
    body += [("paragraph", RichText(f"<p>{text}</p>")) for text in PARAGRAPHS[3:]]
    plain, article = (
        article_create(
            index,
            title=TITLE,
            slug=slug,
            intro=f"<p>{INTRO}</p>",
            hero_image=hero,
            hero_caption="De spelers vieren de winnende treffer.",
            hero_credit="Kopbal",
            body=body,
            clubs=clubs,
            persons=persons,
            competitions=[competition],
            poll=poll_create(
                question=f"Benchmark: wie was de man van de match?{suffix}",
                labels=("De doelman", "De spits", "De kapitein", "De trainer"),
            ),
        )
        for slug, suffix in (("benchmark-zonder-reacties", " (1)"), (None, ""))
    )
    user_model = get_user_model()
    # Numbered on from the readers already there: peer and throughput seed the same database
    # in one run.
    first = user_model.objects.count()
    readers = user_model.objects.bulk_create(
        user_model(
            username=f"tribune{i}", email=f"tribune{i}@example.com", display_name=f"Tribune {i}"
        )
        for i in range(first, first + 60)
    )
    top = comments - comments // 3
    threads = Comment.objects.bulk_create(
        Comment(
            article=article,
            author=readers[i % len(readers)],
            body=f"Reactie nummer {i}: wat een wedstrijd, de doelman verdient een standbeeld.",
            like_count=(i * 7) % 13,
        )
        for i in range(top)
    )
    Comment.objects.bulk_create(
        Comment(
            article=article,
            parent=threads[i % len(threads)],
            author=readers[(i + 1) % len(readers)],
            body=f"Antwoord nummer {i}: helemaal mee eens.",
        )
        for i in range(comments - top)
    )
    recount([article.pk])
    return plain, article


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, http.client.HTTPMessage, bytes]:
    """Status, headers and body. The headers are looked up whatever their case: granian
    sends them in lower case (HTTP/1.1 names are case-insensitive), gunicorn as Django
    wrote them."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.netloc, timeout=30)
    try:
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def wrk(url: str, *, seconds: int, connections: int, threads: int = 2) -> dict:
    """requests/s and latency percentiles (ms) from wrk; exits when any answer is not 2xx."""
    binary = shutil.which("wrk")
    if binary is None:
        sys.exit("wrk is not installed: `make bench` installs it (apt-get install wrk)")
    command = [
        binary,
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=10s",
        "--latency",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    if failed or (errors and "timeout 0" not in errors.group(1)):
        sys.exit(f"wrk against {url} got failing answers:\n{output}")
    latency = {
        int(pct): _milliseconds(value, unit)
        for pct, value, unit in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    return {
        "url": url,
        "per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "p50": latency[50],
        "p99": latency[99],
        "socket_errors": errors.group(1) if errors else "none",
        "command": " ".join(["wrk", *command[1:]]),
    }


def _milliseconds(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def measure(urls: dict[str, str], args) -> dict[str, list[dict]]:
    """wrk against each URL in turn, `args.rounds` times (after one warm-up each): the
    machine's background load drifts, and each round's runs are next to each other."""
    for url in urls.values():
        wrk(url, seconds=args.warmup, connections=args.wrk_connections)
    runs: dict[str, list[dict]] = {name: [] for name in urls}
    for _ in range(args.rounds):
        for name, url in urls.items():
            runs[name].append(wrk(url, seconds=args.wrk_seconds, connections=args.wrk_connections))
    return runs


def ratio(runs: dict[str, list[dict]], name: str) -> float:
    """The median over the rounds of `name`'s requests/s over static's in the same round."""
    return statistics.median(
        run["per_second"] / static["per_second"]
        for run, static in zip(runs[name], runs["static"], strict=True)
    )


def summary(label: str, runs: list[dict]) -> str:
    rates = ", ".join(f"{run['per_second']:,.0f}" for run in runs)
    last = runs[-1]
    return f"{label}: {rates} req/s (last round p50 {last['p50']:.2f} ms, p99 {last['p99']:.2f} ms)"


def _require(condition: bool, message: str) -> None:
    if not condition:
        sys.exit(f"THROUGHPUT: {message}")


def _cache_verdicts(log_path, path: str) -> dict[str, int]:
    """How nginx answered `path` over the whole run, from the shipped access log."""
    verdicts: dict[str, int] = {}
    pattern = re.compile(rf'"GET {re.escape(path)} HTTP/1\.1" \d+ .* cache=(\S+)')
    with log_path.open() as log:
        for line in log:
            match = pattern.search(line)
            if match:
                verdicts[match.group(1)] = verdicts.get(match.group(1), 0) + 1
    return verdicts


def bench_throughput(args, env) -> list[dict]:
    article = seed(args.comments)
    path = article.url
    threads = args.threads
    # Everything of this run is named after its port, like its database: runs side by side
    # neither share a page cache (a seed elsewhere would invalidate this run's pages) nor
    # nginx's files.
    work = ROOT / "var" / "bench" / f"throughput-{args.port}"
    shutil.rmtree(work, ignore_errors=True)
    env = {**env, "KOPBAL_CACHE_DIR": str(work / "cache")}
    if args.redis_url:
        import redis

        redis.Redis.from_url(args.redis_url).flushdb()  # no pages from an earlier run
        env["REDIS_URL"] = args.redis_url
    cache = "Redis" if env.get("REDIS_URL") else "the file cache"
    static_copy = ROOT / "var" / "static" / "bench" / f"article-{args.port}.html"
    # The same app server without the workers' one-second memory of hits (kopbal.core.fastpath):
    # every hit read from Redis, its generations from the database. Information, not a target.
    from_redis = {**env, "KOPBAL_WORKER_CACHE_SECONDS": "0"}
    with (
        app_server(env, port=args.port, workers=args.workers, threads=threads) as app,
        app_server(
            from_redis, port=free_port(), workers=args.workers, threads=threads
        ) as redis_app,
        nginx(work / "nginx", port=free_port(), upstream=app.removeprefix("http://")) as proxy,
    ):
        status, headers, page = fetch(proxy + path)
        _require(status == 200, f"{path} through nginx answered {status}")
        static_copy.parent.mkdir(parents=True, exist_ok=True)
        static_copy.write_bytes(page)
        static_url = f"{proxy}/static/{static_copy.relative_to(ROOT / 'var' / 'static')}"
        try:
            _require(fetch(static_url)[2] == page, "the static copy differs from the page")
            _, headers, body = fetch(proxy + path)
            _require(headers.get("X-Cache-Status") == "HIT", f"nginx did not cache {path}")
            _require(body == page, "nginx's cached page differs from the first answer")
            # The app's key includes the Host, which differs from the one nginx forwards.
            fetch(app + path)
            _, headers, body = fetch(app + path)
            _require(headers.get("X-Page-Cache") == "hit", f"the app did not cache {path}")
            fetch(redis_app + path)  # another port: another Host, another entry
            _, headers, _ = fetch(redis_app + path)
            _require(headers.get("X-Page-Cache") == "hit", f"the app did not cache {path}")
            runs = measure(
                {
                    "static": static_url,
                    "nginx": proxy + path,
                    "app": app + path,
                    "redis": redis_app + path,
                },
                args,
            )
            _, headers, _ = fetch(proxy + path)
            _, app_headers, _ = fetch(app + path)
            _require(
                headers.get("X-Cache-Status") in {"HIT", "STALE", "UPDATING"}
                and app_headers.get("X-Page-Cache") == "hit",
                "the page was not cached any more at the end of the run",
            )
        finally:
            static_copy.unlink(missing_ok=True)
    verdicts = _cache_verdicts(access_log(work / "nginx"), path)
    setup = (
        f"{len(page):,} bytes ({args.comments} comments, first 50 threads shown); granian "
        f"{args.workers} workers x {threads} threads (deploy/serve), page cache in {cache}, "
        f"{args.database}; nginx {os.cpu_count()} worker processes, shipped kopbal.conf. "
        f"wrk {args.wrk_connections} connections, 2 threads; {args.rounds} rounds of "
        f"{args.wrk_seconds} s against each (static, nginx, app, app without its memory, in "
        f"turn) after a "
        f"{args.warmup} s warm-up; the figure is the median of the rounds' ratios. "
        f"Client on the same machine."
    )
    static_line = summary("nginx static copy", runs["static"])
    redis_arg = f" --redis-url {args.redis_url}" if args.redis_url else ""
    command = (
        f"make bench BENCH_ARGS='throughput --database {args.database} "
        f"--workers {args.workers} --threads {threads}{redis_arg}'"
    )
    cache_name = "redis" if env.get("REDIS_URL") else "file"
    nginx_ratio, app_ratio = ratio(runs, "nginx"), ratio(runs, "app")
    return [
        {
            "name": f"throughput-nginx-{cache_name}",
            "title": f"Cached article page through nginx, vs. the same bytes as a static file "
            f"({args.database})",
            "figure": f"{nginx_ratio:.0%} of static nginx",
            "details": (
                f"Target: at least {TARGETS['nginx']:.0%} "
                f"({'met' if nginx_ratio >= TARGETS['nginx'] else 'NOT met'}). "
                f"{summary('article via nginx', runs['nginx'])}; {static_line}. nginx's "
                f"verdicts for the article over the run: {verdicts.get('HIT', 0):,} HIT of "
                f"{sum(verdicts.values()):,} ({verdicts}). {setup}"
            ),
            "command": command,
        },
        {
            "name": f"throughput-app-{cache_name}",
            "title": f"Cached article page from the app server alone, page cache in {cache} "
            f"({args.database})",
            "figure": f"{app_ratio:.0%} of static nginx",
            "details": (
                f"Target: at least {TARGETS['app']:.0%} "
                f"({'met' if app_ratio >= TARGETS['app'] else 'NOT met'}). "
                f"{summary('article from granian', runs['app'])}; {static_line}. "
                f"Each worker answers a hit it gave in the last second from its memory "
                f"(KOPBAL_WORKER_CACHE_SECONDS=1, the default). Without that memory (=0), "
                f"every hit read from {cache} with its generations from the database: "
                f"{ratio(runs, 'redis'):.0%} of static nginx, "
                f"{summary('article from granian', runs['redis'])}. "
                f"X-Page-Cache: hit checked before and after the run. {setup}"
            ),
            "command": command,
        },
    ]
