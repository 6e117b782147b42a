"""Live discussion: from a comment posted to the comment seen by the readers' open pages.

Two designs, both through the shipped nginx configuration (bench/nginx.py) in front of
granian (2 workers x 4 threads, as `make run`), one article open on N pages:

- poll: every open page asks GET /api/live/artikel/<id>/ every POLL_SECONDS (live.js),
  each on its own keep-alive connection from a random phase. One URL for everyone, public
  for KOPBAL_LIVE_MAX_AGE seconds: nginx's micro-cache answers the crowd.
- sse: every open page holds GET /api/live/stream/artikel/<id>/ open, a Server-Sent
  Events stream (bench/sse_wsgi.py) that pushes the state when it changes.

Comments are posted through comment_post (the service the site uses) every couple of
seconds; the staleness is the time from the post's commit to the first poll (or event)
that lists it, for every (comment, page) pair. Requests reaching Django are counted in
the app server's access log (poll), or as the streams Django holds open plus the state reads
they make (sse).

    python -m bench.live_discussion [--pages 10 100 1000] [--sse-pages 10 100]

runs on the database kopbal_live and Redis db 11 (BENCH_LIVE_POSTGRES_URL,
BENCH_LIVE_REDIS_URL), both emptied first, and prints the figures.
"""

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import time
from dataclasses import dataclass, field
from functools import partial

from .live import _get
from .nginx import nginx
from .server import ROOT, app_server, bench_env, manage
from .throughput import free_port

POLL_SECONDS = 5.0  # as live.js (KOPBAL_LIVE_COMMENTS_SECONDS)
TARGET_SECONDS = 10.0
POSTGRES_URL = os.environ.get(
    "BENCH_LIVE_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/kopbal_live"
)
REDIS_URL = os.environ.get("BENCH_LIVE_REDIS_URL", "redis://127.0.0.1:6379/11")


@dataclass
class Page:
    seen: set[int]
    latencies: list[float] = field(default_factory=list)
    answers: int = 0
    errors: int = 0
    connected: bool = False


def _note(page: Page, doc: dict, posted: dict[int, float]) -> None:
    now = time.monotonic()
    page.answers += 1
    for entry in doc["comments"]:
        if entry["id"] not in page.seen:
            page.seen.add(entry["id"])
            if entry["id"] in posted:
                page.latencies.append(max(0.0, now - posted[entry["id"]]))


async def _poller(base, path, page: Page, posted, stop: asyncio.Event) -> None:
    host = base.removeprefix("http://")
    name, port = host.split(":")
    await asyncio.sleep(random.uniform(0, POLL_SECONDS))
    stream, writer = await asyncio.open_connection(name, int(port))
    page.connected = True
    next_poll = time.monotonic()
    while not stop.is_set():
        try:
            body = await _get(stream, writer, host, path)
        except (OSError, asyncio.IncompleteReadError, ValueError):
            page.errors += 1
            writer.close()
            stream, writer = await asyncio.open_connection(name, int(port))
        else:
            _note(page, json.loads(body), posted)
        next_poll += POLL_SECONDS
        await asyncio.sleep(max(0.0, next_poll - time.monotonic()))
    writer.close()


async def _run(base, article, author, *, mode, pages, seconds, post_every, log, counts):
    from kopbal.comments.models import Comment
    from kopbal.comments.services import comment_post

    def ids():
        return set(Comment.objects.filter(article=article).values_list("pk", flat=True))

    existing = await asyncio.to_thread(ids)
    posted: dict[int, float] = {}
    readers = [Page(seen=set(existing)) for _ in range(pages)]
    stop = asyncio.Event()
    if mode == "poll":
        path = f"/api/live/artikel/{article.pk}/"
        client = _poller
    else:
        path = f"/api/live/stream/artikel/{article.pk}/"
        client = _sse_client
    tasks = [asyncio.create_task(client(base, path, r, posted, stop)) for r in readers]
    # Every page open (a stream may wait up to 5 s on nginx's proxy_cache_lock first).
    await asyncio.sleep(POLL_SECONDS + 3)
    app_before = _lines(log, path)
    reads_before = _reads(counts)
    started = time.monotonic()
    count = 0
    while time.monotonic() - started < seconds:
        # Never the same text twice: the service refuses a repeated comment.
        body = f"Reactie {count}: {pages} pagina's, {mode}, {time.time():.0f}"
        post = partial(comment_post, article=article, user=author, body=body)
        comment = await asyncio.to_thread(post)
        # Timed from the return of the service, after its commit.
        posted[comment.pk] = time.monotonic()
        count += 1
        await asyncio.sleep(post_every)
    elapsed = time.monotonic() - started
    await asyncio.sleep(TARGET_SECONDS + 2)  # the last comment reaches every page
    app_requests = _lines(log, path) - app_before
    reads = _reads(counts) - reads_before
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    latencies = sorted(x for r in readers for x in r.latencies)
    return {
        "mode": mode,
        "pages": pages,
        "connected": sum(r.connected for r in readers),
        "comments": count,
        "seen": len(latencies),
        "expected": count * pages,
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else float("nan"),
        "max": latencies[-1] if latencies else float("nan"),
        "answers_per_s": sum(r.answers for r in readers) / (elapsed + TARGET_SECONDS + 2),
        "app_per_s": app_requests / (elapsed + TARGET_SECONDS + 2),
        "state_reads_per_s": reads / (elapsed + TARGET_SECONDS + 2),
        "errors": sum(r.errors for r in readers),
    }


async def _sse_client(base, path, page, posted, stop):
    """A stream that stays open; a quiet second (no comment yet) is not the end of it."""
    host = base.removeprefix("http://")
    name, port = host.split(":")
    await asyncio.sleep(random.uniform(0, 1))
    try:
        stream, writer = await asyncio.open_connection(name, int(port))
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n".encode()
        )
        await writer.drain()
        head = await _until(stream.readuntil(b"\r\n\r\n"), stop)
        if head is None:
            return
        if int(head.split(b" ", 2)[1]) != 200:
            page.errors += 1
            return
        page.connected = True
        buffer = b""
        while True:
            size_line = await _until(stream.readline(), stop)
            if size_line is None:
                break
            size = int(size_line.strip() or b"0", 16)
            if size == 0:
                break
            buffer += (await stream.readexactly(size + 2))[:-2]
            while b"\n\n" in buffer:
                event, buffer = buffer.split(b"\n\n", 1)
                if event.startswith(b"data: "):
                    _note(page, json.loads(event[6:]), posted)
        writer.close()
    except (OSError, asyncio.IncompleteReadError, ValueError):
        page.errors += 1


async def _until(awaitable, stop: asyncio.Event):
    """`awaitable`'s result, or None once `stop` is set (a stream that never answered)."""
    task = asyncio.ensure_future(awaitable)
    stopper = asyncio.ensure_future(stop.wait())
    done, _ = await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        stopper.cancel()
        return task.result()
    task.cancel()
    return None


def _lines(log, path) -> int:
    if not log.exists():
        return 0
    return sum(1 for line in log.open(errors="replace") if path in line)


def _reads(directory) -> int:
    return sum(int(p.read_text() or 0) for p in directory.glob("*.txt"))


def seed():
    from django.contrib.auth import get_user_model

    from kopbal.comments.tests.conftest import reader_create
    from kopbal.news.models import ArticlePage
    from kopbal.news.services import site_tree_ensure
    from kopbal.news.tests.factories import article_create

    _home, index = site_tree_ensure()
    title = "Benchmark: de derby live"
    article = ArticlePage.objects.filter(title=title).first() or article_create(index, title=title)
    author = get_user_model().objects.filter(username="benchschrijver").first()
    return article, author or reader_create("Benchschrijver")


def fresh(env_extra, *, keep: bool) -> dict:
    """The bench's database and cache, emptied and migrated (`keep`: as they are, for a
    second run on a busy machine, where migrating takes minutes)."""
    import psycopg
    import redis

    server, name = POSTGRES_URL.rsplit("/", 1)
    if not keep:
        with psycopg.connect(server + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    redis.Redis.from_url(REDIS_URL).flushdb()  # our own db only
    env = bench_env(
        POSTGRES_URL,
        REDIS_URL=REDIS_URL,
        KOPBAL_COMMENTS_HOLD_FIRST="0",
        KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS="0",
        KOPBAL_COMMENTS_PER_MINUTE="1000000",
        KOPBAL_COMMENTS_PER_HOUR="1000000",
        **env_extra,
    )
    if not keep:
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "collectstatic", "--no-input", "-v0")
    from .run import django_for

    django_for(env)
    return env


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="bench.live_discussion")
    parser.add_argument("--pages", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--sse-pages", type=int, nargs="*", default=[10, 100])
    parser.add_argument("--seconds", type=float, default=30, help="of posting per run")
    parser.add_argument("--post-every", type=float, default=2.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=8111)
    parser.add_argument("--keep-database", action="store_true", help="skip drop and migrate")
    args = parser.parse_args(argv)

    work = ROOT / "var" / "bench" / f"live-discussion-{args.port}"
    shutil.rmtree(work, ignore_errors=True)
    counts = work / "sse-reads"
    counts.mkdir(parents=True)
    log = work / "app-access.log"
    env = fresh({"SSE_COUNT_DIR": str(counts)}, keep=args.keep_database)
    article, author = seed()
    results = []
    for mode, page_counts in (("poll", args.pages), ("sse", args.sse_pages)):
        if not page_counts:
            continue
        app = "kopbal.wsgi:application" if mode == "poll" else "bench.sse_wsgi:application"
        with (
            app_server(
                env,
                port=args.port,
                workers=args.workers,
                threads=args.threads,
                app=app,
                # The access log counts the requests that reached Django. Open streams never
                # end by themselves: a short grace at shutdown.
                options=("--access-log", "--log-level=info", "--workers-kill-timeout=2"),
                log=log,
            ) as upstream,
            nginx(
                work / f"nginx-{mode}", port=free_port(), upstream=upstream.removeprefix("http://")
            ) as proxy,
        ):
            for pages in page_counts:
                result = asyncio.run(
                    _run(
                        proxy,
                        article,
                        author,
                        mode=mode,
                        pages=pages,
                        seconds=args.seconds,
                        post_every=args.post_every,
                        log=log,
                        counts=counts,
                    )
                )
                results.append(result)
                print(f"live-discussion: {result}", flush=True)
    (work / "results.json").write_text(json.dumps(results, indent=2))
    for r in results:
        print(
            f"{r['mode']:4} {r['pages']:5} pages ({r['connected']} connected): "
            f"p50 {r['p50']:.1f} s, p99 {r['p99']:.1f} s, max {r['max']:.1f} s; "
            f"{r['seen']} of {r['expected']} (comment, page) pairs seen; "
            f"{r['answers_per_s']:.0f} answers/s to pages, {r['app_per_s']:.2f} requests/s "
            f"reached Django (access log), {r['state_reads_per_s']:.1f} state reads/s "
            f"in streams; {r['errors']} errors",
            flush=True,
        )


if __name__ == "__main__":
    main()
