"""Kopbal beside a peer, wagtail/bakerydemo, in the same wrk rounds: `make bench
BENCH_PEER=<path of a bakerydemo checkout>` (python -m bench.run peer --peer PATH).

Both apps serve the same article (title, intro, a sub-heading, five paragraphs, a quote, a
1200x675 hero image): Kopbal's benchmark article (bench/throughput.py) and a bakerydemo
BlogPage made from the same text. Each runs under granian with the same worker settings
(bench/server.py), on PostgreSQL. The figures are Kopbal's, and Kopbal's over the peer's in
the same round: the ratio cancels out the machine's load, the absolute figures do not.

The peer is never changed: its virtualenv (uv, from its own requirements), its static
files, media and the settings modules the benchmark needs live under var/bench/peer/.
Without --peer, Kopbal's own uncached figures are measured and the peer part is skipped.
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
from contextlib import ExitStack
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit

from .server import ROOT, app_server, cpu_seconds, worker_processes
from .throughput import INTRO, PARAGRAPHS, QUOTE, SUBHEADING, TITLE, fetch, hero_jpeg, wrk

WORK = ROOT / "var" / "bench" / "peer"
SLUG = "benchmark-kopbal"
# Issue 14: the uncached plain article at 60 req/s and twice the peer's; 30 with comments.
TARGETS = {"plain": 60.0, "ratio": 2.0, "discussed": 30.0}
# What the peer's production profile adds to its base requirements, of which the benchmark
# needs the database driver, the static files and the cache; the rest is cloud storage,
# Elasticsearch and uwsgi (the benchmark runs granian for both apps).
PRODUCTION_EXTRAS = ("psycopg", "whitenoise", "django-redis")
UNCACHED = {"KOPBAL_PAGE_CACHE_SECONDS": "0", "KOPBAL_FRAGMENT_CACHE_SECONDS": "0"}

SETTINGS = """\
# Written by Kopbal's bench/peer.py: bakerydemo's production settings, served over plain
# HTTP on 127.0.0.1, with its files under Kopbal's var/bench/peer/.
from bakerydemo.settings.production import *  # noqa: F403

ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
STATIC_ROOT = {static!r}
MEDIA_ROOT = {media!r}
LOGGING["loggers"]["django"]["level"] = "WARNING"  # noqa: F405
# As its production profile with REDIS_URL set, in the benchmark's Redis db, prefixed.
CACHES = {caches!r}
"""
CACHED_SETTINGS = """\
# bakerydemo with Django's whole-site cache, as Django documents it.
from bench_settings import *  # noqa: F403

MIDDLEWARE = [
    "django.middleware.cache.UpdateCacheMiddleware",
    *MIDDLEWARE,  # noqa: F405
    "django.middleware.cache.FetchFromCacheMiddleware",
]
CACHE_MIDDLEWARE_SECONDS = 600
CACHE_MIDDLEWARE_KEY_PREFIX = "bench"
"""
# Run by the peer's Python in its checkout: the benchmark page, made again on every run.
PAGE_SCRIPT = """
import datetime, io, json, sys
import django
django.setup()
from django.core.files.images import ImageFile
from wagtail.images.models import Image
from wagtail.rich_text import RichText
from bakerydemo.blog.models import BlogIndexPage, BlogPage

data = json.load(sys.stdin)
for old in BlogPage.objects.filter(slug=data["slug"]):
    old.delete()
Image.objects.filter(title=data["image_title"]).delete()
hero = Image(title=data["image_title"])
hero.file = ImageFile(io.BytesIO(bytes.fromhex(data["hero"])), name="bench-hero.jpg")
hero.save()
body = [("heading_block", {"heading_text": data["subheading"], "size": "h2"})]
body += [("paragraph_block", RichText(f"<p>{p}</p>")) for p in data["paragraphs"][:3]]
body.append(("block_quote", {"text": data["quote"][0], "attribute_name": data["quote"][1]}))
body += [("paragraph_block", RichText(f"<p>{p}</p>")) for p in data["paragraphs"][3:]]
page = BlogPage(
    title=data["title"], slug=data["slug"], introduction=data["intro"], image=hero, body=body,
    date_published=datetime.date.today(),
)
BlogIndexPage.objects.live().first().add_child(instance=page)
page.save_revision().publish()
print(json.dumps({"url": page.get_url()}))
"""


def peer_python() -> str:
    """A Python for the peer: bakerydemo's Django 6.0 needs 3.12 or later, which this
    machine may only have outside PATH (pyenv, whose shims on PATH may refuse to run).
    BENCH_PEER_PYTHON chooses one."""
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = [
        os.environ.get("BENCH_PEER_PYTHON"),
        shutil.which("python3.12"),
        shutil.which("python3.13"),
        *map(str, sorted(pyenv.glob("3.1[2-9]*/bin/python3"))),
    ]
    for candidate in filter(None, candidates):
        new_enough = "import sys; sys.exit(sys.version_info < (3, 12))"
        if subprocess.run([candidate, "-c", new_enough], capture_output=True).returncode == 0:
            return candidate
    sys.exit("PEER: no Python 3.12 or later for bakerydemo; set BENCH_PEER_PYTHON")


def uv_binary() -> str:
    found = shutil.which("uv") or ROOT / ".tools" / "bin" / "uv"
    if not Path(found).exists():
        sys.exit("PEER: uv is missing: run `make install`")
    return str(found)


def peer_requirements(checkout: Path) -> list[str]:
    """The peer's own pins: its base requirements, the extras the benchmark needs from its
    production ones, and the granian Kopbal runs (the same server for both)."""
    production = (checkout / "requirements" / "production.txt").read_text().splitlines()
    extras = [
        line.strip()
        for line in production
        if re.split(r"[\[<>=~! ]", line.strip(), maxsplit=1)[0] in PRODUCTION_EXTRAS
    ]
    return [
        "-r",
        str(checkout / "requirements" / "base.txt"),
        *extras,
        f"granian=={version('granian')}",
    ]


def peer_venv(checkout: Path) -> Path:
    """The peer's virtualenv under var/bench/peer/, made again when its pins change."""
    venv = WORK / "venv"
    requirements = peer_requirements(checkout)
    stamp = venv / "bench-requirements.json"
    wanted = json.dumps(
        [requirements, (checkout / "requirements" / "base.txt").read_text()], indent=1
    )
    if stamp.exists() and stamp.read_text() == wanted:
        return venv
    shutil.rmtree(venv, ignore_errors=True)
    uv, env = uv_binary(), {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    print(f"PEER: installing bakerydemo's requirements in {venv}", flush=True)
    subprocess.run([uv, "venv", "-q", "--python", peer_python(), str(venv)], env=env, check=True)
    subprocess.run(
        [uv, "pip", "install", "-q", "--python", str(venv / "bin" / "python"), *requirements],
        env=env,
        check=True,
    )
    stamp.write_text(wanted)
    return venv


def peer_settings(redis_url: str) -> None:
    """The settings modules of the peer's two profiles, outside its checkout."""
    if redis_url:
        caches = {
            name: {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": f"bakerydemo-{name}",
                "OPTIONS": {"IGNORE_EXCEPTIONS": True},
            }
            for name in ("default", "renditions")
        }
    else:
        caches = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "bench_settings.py").write_text(
        SETTINGS.format(static=str(WORK / "static"), media=str(WORK / "media"), caches=caches)
    )
    (WORK / "bench_settings_cached.py").write_text(CACHED_SETTINGS)


def peer_env(checkout: Path, database_url: str, *, cached: bool = False) -> dict:
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "KOPBAL_", "REDIS", "VIRTUAL_ENV"))
    } | {
        "DJANGO_SETTINGS_MODULE": "bench_settings_cached" if cached else "bench_settings",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 40,
        "DATABASE_URL": database_url,
        "PYTHONPATH": os.pathsep.join([str(WORK), str(checkout)]),
    }


def peer_prepare(checkout: Path, args) -> tuple[Path, dict, str]:
    """The peer's venv, database (migrated, its demo data loaded once) and benchmark page:
    (venv, env, path of the page)."""
    import psycopg

    from .run import POSTGRES_URL

    if not (checkout / "bakerydemo" / "blog" / "models.py").exists():
        sys.exit(f"PEER: {checkout} is not a checkout of wagtail/bakerydemo")
    venv = peer_venv(checkout)
    peer_settings(args.redis_url)
    server, _ = POSTGRES_URL.rsplit("/", 1)
    database_url = f"{server}/{args.peer_database}"
    with psycopg.connect(server + "/postgres", autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [args.peer_database]
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{args.peer_database}"')
    env = peer_env(checkout, database_url)
    python = str(venv / "bin" / "python")

    def manage(*command: str, **kwargs):
        return subprocess.run(
            [python, "manage.py", *command], cwd=checkout, env=env, check=True, **kwargs
        )

    manage("migrate", "--no-input", "-v0")
    if not exists:
        manage("load_initial_data")
    manage("collectstatic", "--no-input", "-v0")
    data = {
        "slug": SLUG,
        "image_title": "Benchmark: juichende spelers",
        "hero": hero_jpeg().hex(),
        "title": TITLE,
        "intro": INTRO,
        "subheading": SUBHEADING,
        "paragraphs": PARAGRAPHS,
        "quote": QUOTE,
    }
    made = subprocess.run(
        [python, "-c", PAGE_SCRIPT],
        cwd=checkout,
        env=env,
        input=json.dumps(data),
        capture_output=True,
        text=True,
        check=True,
    )
    url = json.loads(made.stdout.strip().splitlines()[-1])["url"]
    return venv, env, urlsplit(url).path


def concurrent(url: str, args, server) -> dict:
    """wrk -t1 -c16 against `url`, with each worker's share of the CPU it took."""
    pids = worker_processes(server.pid)
    before = cpu_seconds(pids)
    run = wrk(url, seconds=args.wrk_seconds, connections=16, threads=1)
    after = cpu_seconds(pids)
    run["worker_cpu"] = sorted(
        (after[pid] - before[pid]) / args.wrk_seconds for pid in pids if pid in after
    )
    return run


def sequential(url: str, args) -> float:
    """The median latency (ms) of one request at a time, over keep-alive."""
    return wrk(url, seconds=max(args.wrk_seconds // 2, 3), connections=1, threads=1)["p50"]


def check(url: str, *, cached: bool | None = None) -> None:
    status, headers, body = fetch(url)
    if status != 200 or TITLE.encode() not in body:
        sys.exit(f"PEER: {url} answered {status} without the benchmark article")
    if cached is not None:
        _, headers, _ = fetch(url)
        hit = headers.get("X-Page-Cache") == "hit"
        if hit != cached:
            sys.exit(f"PEER: Kopbal's page cache at {url}: X-Page-Cache {headers}")


def peer_cached(url: str, redis_url: str) -> None:
    """Django's cache middleware stored the page (it skips pages that set cookies)."""
    fetch(url)
    if not redis_url:
        return
    import redis

    if not redis.Redis.from_url(redis_url).keys("bakerydemo-default:*cache_page*"):
        sys.exit(f"PEER: Django's cache middleware did not store {url}")


def median(runs: list) -> float:
    return statistics.median(runs)


def balance(runs: list[dict]) -> str:
    """Each worker's CPU in each round, e.g. "48/52%, 50/49%"."""
    return ", ".join("/".join(f"{c:.0%}" for c in run["worker_cpu"]) for run in runs)


def bench_peer(args, env) -> list[dict]:
    if args.database != "postgres":
        sys.exit("PEER: both apps run on PostgreSQL here: use --database postgres")
    plain, discussed = seed_articles_for_peer(args)
    checkout = Path(args.peer).resolve() if args.peer else None
    if checkout is None:
        print(
            "PEER: no bakerydemo checkout given (make bench BENCH_PEER=<path>): the peer's "
            "figures are skipped, Kopbal's own uncached figures are measured",
            flush=True,
        )
    else:
        venv, peer, peer_path = peer_prepare(checkout, args)
    port = args.port
    rounds: dict[str, list] = {}
    with ExitStack() as servers:

        def start(env, **kwargs):
            nonlocal port
            port += 1
            return servers.enter_context(
                app_server(env, port=port - 1, workers=args.workers, **kwargs)
            )

        kopbal = start({**env, **UNCACHED})
        kopbal_cached = start(env)
        urls = {
            "plain": (kopbal + plain.url, kopbal),
            "discussed": (kopbal + discussed.url, kopbal),
            "cached": (kopbal_cached + plain.url, kopbal_cached),
        }
        check(urls["plain"][0], cached=False)
        check(urls["discussed"][0], cached=False)
        check(urls["cached"][0], cached=True)
        if checkout:
            peer_options = {
                "venv_bin": venv / "bin",
                "cwd": checkout,
                "ready_path": "/",
            }
            bakery = start(peer, app="bakerydemo.wsgi:application", **peer_options)
            bakery_cached = start(
                peer_env(checkout, peer["DATABASE_URL"], cached=True),
                app="bakerydemo.wsgi:application",
                **peer_options,
            )
            urls["peer"] = (bakery + peer_path, bakery)
            urls["peer-cached"] = (bakery_cached + peer_path, bakery_cached)
            check(urls["peer"][0])
            check(urls["peer-cached"][0])
            peer_cached(urls["peer-cached"][0], args.redis_url)
        for url, _ in urls.values():
            wrk(url, seconds=args.warmup, connections=16, threads=1)
        sequentials = [name for name in ("plain", "discussed", "peer") if name in urls]
        # In turn within each round: the background load drifts, the neighbours share it.
        for _ in range(args.peer_rounds):
            for name, (url, server) in urls.items():
                rounds.setdefault(name, []).append(concurrent(url, args, server))
            for name in sequentials:
                rounds.setdefault(f"{name}-ms", []).append(sequential(urls[name][0], args))
    return entries(args, rounds, peer=checkout)


def seed_articles_for_peer(args):
    from .throughput import seed_articles

    return seed_articles(args.comments)


def entries(args, rounds: dict[str, list], *, peer: Path | None) -> list[dict]:
    rate = {
        name: median([run["per_second"] for run in runs])
        for name, runs in rounds.items()
        if not name.endswith("-ms")
    }
    ms = {
        name.removesuffix("-ms"): median(runs)
        for name, runs in rounds.items()
        if name.endswith("-ms")
    }

    def ratio(name: str, peer_name: str) -> float:
        """The median over the rounds of Kopbal's req/s over the peer's in the same round."""
        return median(
            ours["per_second"] / theirs["per_second"]
            for ours, theirs in zip(rounds[name], rounds[peer_name], strict=True)
        )

    def rates(name: str) -> str:
        return ", ".join(f"{run['per_second']:,.1f}" for run in rounds[name])

    def met(ok: bool) -> str:
        return "met" if ok else "NOT met"

    setup = (
        f"granian {args.workers} workers x 4 threads for both apps, with the settings of "
        f"deploy/serve; "
        f"PostgreSQL; wrk -t1 -c16 for {args.wrk_seconds} s per run (after a {args.warmup} s "
        f"warm-up), median of {args.peer_rounds} interleaved rounds; sequential latency: "
        f"wrk -t1 -c1, median. Client on the same machine, which other work shares: compare "
        f"the ratios, not the absolute figures"
    )
    command = (
        "make bench BENCH_PEER=<bakerydemo checkout>" if peer else "make bench BENCH_ARGS=peer"
    )
    uncached = (
        "Page and fragment caches off (KOPBAL_PAGE_CACHE_SECONDS=0, "
        "KOPBAL_FRAGMENT_CACHE_SECONDS=0)"
    )
    plain_verdict = f">= {TARGETS['plain']:.0f} req/s ({met(rate['plain'] >= TARGETS['plain'])})"
    plain_line = (
        f"Kopbal's plain article uncached: {rate['plain']:.1f} req/s (rounds {rates('plain')}; "
        f"workers' CPU {balance(rounds['plain'])}), single request {ms['plain']:.1f} ms"
    )
    result = []
    if peer:
        plain_ratio = ratio("plain", "peer")
        result.append(
            {
                "name": "peer-uncached",
                "title": "Uncached article beside bakerydemo's blog page (PostgreSQL)",
                "figure": f"{rate['plain']:.1f} req/s, {plain_ratio:.2f}x bakerydemo",
                "details": (
                    f"Targets: {plain_verdict}, >= {TARGETS['ratio']:.0f}x bakerydemo "
                    f"({met(plain_ratio >= TARGETS['ratio'])}). "
                    f"{plain_line}; bakerydemo's BlogPage with the same content, plain: "
                    f"{rate['peer']:.1f} req/s (rounds {rates('peer')}), single request "
                    f"{ms['peer']:.1f} ms (Kopbal {ms['plain'] / ms['peer']:.2f}x its latency). "
                    f"Kopbal with {uncached}. {setup}."
                ),
                "command": command,
            }
        )
    else:
        result.append(
            {
                "name": "kopbal-uncached",
                "title": "Uncached plain article, two workers (PostgreSQL)",
                "figure": f"{rate['plain']:.1f} req/s, {ms['plain']:.1f} ms",
                "details": (
                    f"Target: {plain_verdict}. "
                    f"{plain_line}. {uncached}; no peer (BENCH_PEER) given. {setup}."
                ),
                "command": command,
            }
        )
    result.append(
        {
            "name": "kopbal-uncached-discussed",
            "title": f"Uncached article with {args.comments} comments, two workers (PostgreSQL)",
            "figure": f"{rate['discussed']:.1f} req/s, {ms['discussed']:.1f} ms",
            "details": (
                f"Target: >= {TARGETS['discussed']:.0f} req/s concurrent "
                f"({met(rate['discussed'] >= TARGETS['discussed'])}). Rounds {rates('discussed')} "
                f"req/s (workers' CPU {balance(rounds['discussed'])}); single request median "
                f"{ms['discussed']:.1f} ms; first 50 threads shown. {uncached}. {setup}."
            ),
            "command": command,
        }
    )
    cached_line = (
        f"Kopbal's page cache ({'Redis' if args.redis_url else 'files'}): "
        f"{rate['cached']:,.0f} req/s (rounds {rates('cached')}; workers' CPU "
        f"{balance(rounds['cached'])})"
    )
    if peer:
        cached_ratio = ratio("cached", "peer-cached")
        result.append(
            {
                "name": "peer-cached",
                "title": "Cached article beside bakerydemo with Django's cache middleware",
                "figure": f"{rate['cached']:,.0f} req/s, {cached_ratio:.2f}x bakerydemo",
                "details": (
                    f"{cached_line}; bakerydemo with Django's UpdateCacheMiddleware and "
                    f"FetchFromCacheMiddleware in the same Redis: "
                    f"{rate['peer-cached']:,.0f} req/s (rounds {rates('peer-cached')}). {setup}."
                ),
                "command": command,
            }
        )
    return result
