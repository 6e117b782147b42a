"""Live scores: from a score saved to the score seen by the readers' open pages.

Every open page polls GET /api/live/ every 5 s (kopbal.js), each with its own phase, on
its own keep-alive connection, through the shipped nginx configuration (bench/nginx.py).
Scores are saved through the service the match-day screen uses (match_update) every
couple of seconds; for every save and every page, the latency is the time from the
commit to the first poll whose document shows that score. Django's share of the load is
counted in the app server's access log: with nginx's micro-cache it must not grow with readers.
"""

import asyncio
import json
import random
import re
import shutil
import statistics
import time
from dataclasses import dataclass, field
from functools import partial

from .nginx import nginx
from .server import ROOT, app_server
from .throughput import free_port

POLL_SECONDS = 5.0  # as kopbal.js (KOPBAL_LIVE_POLL_SECONDS)
TARGET_P99_SECONDS = 10.0


def seed(matches: int = 9):
    """A round in play: `matches` live matches of one phase, kicked off a while ago."""
    from django.utils import timezone

    from kopbal.football.tests.factories import MatchFactory, PhaseFactory

    phase = PhaseFactory(name="Benchmark: speeldag")
    now = timezone.now()
    return [
        MatchFactory(
            phase=phase,
            round_number=1,
            status="live",
            home_goals=0,
            away_goals=0,
            minute=10,
            kickoff=now - timezone.timedelta(minutes=20),
        )
        for _ in range(matches)
    ]


@dataclass
class Saves:
    """Per match, the home goals of every save and when it committed."""

    times: dict[int, dict[int, float]] = field(default_factory=dict)


@dataclass
class Reader:
    seen: dict[int, int]  # match id -> home goals last seen
    latencies: list[float] = field(default_factory=list)
    polls: int = 0
    errors: int = 0


async def _get(reader_stream, writer, host: str, path: str = "/api/live/") -> bytes:
    """One GET of `path` on an open keep-alive connection: the body (or OSError)."""
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\r\n".encode()
    )
    await writer.drain()
    head = await reader_stream.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    headers = head.decode("latin-1").lower()
    if "transfer-encoding: chunked" in headers:
        body = b""
        while True:
            size = int((await reader_stream.readline()).strip(), 16)
            chunk = await reader_stream.readexactly(size + 2)
            if size == 0:
                break
            body += chunk[:-2]
    else:
        length = int(re.search(r"content-length: (\d+)", headers).group(1))
        body = await reader_stream.readexactly(length)
    if status != 200:
        raise OSError(f"HTTP {status}")
    return body


async def _page(base: str, reader: Reader, saves: Saves, stop: asyncio.Event) -> None:
    """One open page: a poll every POLL_SECONDS, from a random phase, until `stop`."""
    host = base.removeprefix("http://")
    name, port = host.split(":")
    await asyncio.sleep(random.uniform(0, POLL_SECONDS))
    stream, writer = await asyncio.open_connection(name, int(port))
    next_poll = time.monotonic()
    while not stop.is_set():
        try:
            body = await _get(stream, writer, host)
        except (OSError, asyncio.IncompleteReadError, ValueError):
            reader.errors += 1
            writer.close()
            stream, writer = await asyncio.open_connection(name, int(port))
        else:
            now = time.monotonic()
            reader.polls += 1
            for match_id, entry in json.loads(body)["matches"].items():
                goals = int(entry["score"].split("-")[0])
                match_id = int(match_id)
                before = reader.seen.get(match_id, goals)
                for scored, saved_at in saves.times.get(match_id, {}).items():
                    if before < scored <= goals:
                        reader.latencies.append(max(0.0, now - saved_at))
                reader.seen[match_id] = max(before, goals)
        next_poll += POLL_SECONDS
        await asyncio.sleep(max(0.0, next_poll - time.monotonic()))
    writer.close()


async def _run(base: str, matches, *, pages: int, seconds: float, save_every: float, log):
    from kopbal.football.services import match_update

    saves = Saves()
    save_times = []
    readers = [Reader(seen={m.pk: m.home_goals for m in matches}) for _ in range(pages)]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(_page(base, r, saves, stop)) for r in readers]
    await asyncio.sleep(POLL_SECONDS + 1)  # every page open and polling
    app_before = _lines(log)
    started = time.monotonic()
    count = 0
    while time.monotonic() - started < seconds:
        match = matches[count % len(matches)]
        goals = match.home_goals + 1

        save = partial(match_update, match=match, home_goals=goals, minute=min(90, 10 + count))
        # Timed from the commit (the service returns after it). A page that sees the score
        # in the instant between the commit and the return counts as 0 s.
        before = time.monotonic()
        saves.times.setdefault(match.pk, {})[goals] = before
        match = await asyncio.to_thread(save)
        saves.times[match.pk][goals] = time.monotonic()
        save_times.append(time.monotonic() - before)
        matches[count % len(matches)] = match
        count += 1
        await asyncio.sleep(save_every)
    elapsed = time.monotonic() - started
    app_requests = _lines(log) - app_before
    await asyncio.sleep(TARGET_P99_SECONDS + 2)  # the last save reaches every page
    stop.set()
    await asyncio.gather(*tasks)
    latencies = sorted(x for r in readers for x in r.latencies)
    expected = count * pages
    return {
        "pages": pages,
        "saves": count,
        "seen": len(latencies),
        "expected": expected,
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p99": latencies[int(len(latencies) * 0.99) - 1] if latencies else float("nan"),
        "max": latencies[-1] if latencies else float("nan"),
        "polls_per_s": sum(r.polls for r in readers) / (elapsed + TARGET_P99_SECONDS + 2),
        "app_per_s": app_requests / elapsed,
        "errors": sum(r.errors for r in readers),
        "save_ms": statistics.median(save_times) * 1000 if save_times else float("nan"),
    }


def _lines(log) -> int:
    if not log.exists():
        return 0
    return sum(1 for line in log.open(errors="replace") if "/api/live/" in line)


def bench_live(args, env) -> list[dict]:
    work = ROOT / "var" / "bench" / f"live-{args.port}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    log = work / "app-access.log"
    matches = seed()
    results = []
    with (
        # The app server's access log counts the requests that reached Django.
        app_server(
            env,
            port=args.port,
            workers=args.workers,
            options=("--access-log", "--log-level=info"),
            log=log,
        ) as app,
        nginx(work / "nginx", port=free_port(), upstream=app.removeprefix("http://")) as proxy,
    ):
        for pages in args.live_pages:
            results.append(
                asyncio.run(
                    _run(
                        proxy,
                        matches,
                        pages=pages,
                        seconds=args.live_seconds,
                        save_every=args.live_save_every,
                        log=log,
                    )
                )
            )
            print(f"live: {results[-1]}", flush=True)
    biggest = max(results, key=lambda r: r["pages"])
    rows = "; ".join(
        f"{r['pages']} pages: p50 {r['p50']:.1f} s, p99 {r['p99']:.1f} s (max {r['max']:.1f} s), "
        f"{r['polls_per_s']:.0f} polls/s at nginx, {r['app_per_s']:.2f} requests/s reached "
        f"Django, {r['seen']} of {r['expected']} (save, page) pairs seen, "
        f"{r['errors']} errors, the save itself {r['save_ms']:.0f} ms (median)"
        for r in results
    )
    verdict = "met" if biggest["p99"] <= TARGET_P99_SECONDS else "NOT met"
    return [
        {
            "name": f"live-{args.database}",
            "title": f"Live scores: save to open page ({args.database})",
            "figure": f"p99 {biggest['p99']:.1f} s with {biggest['pages']} open pages",
            "details": (
                f"Scores saved through match_update (the match-day screen's service) every "
                f"{args.live_save_every:g} s for {args.live_seconds:g} s per run, round-robin "
                f"over {len(matches)} live matches; every open page an asyncio client on its "
                f"own keep-alive connection polling /api/live/ every {POLL_SECONDS:g} s from a "
                f"random phase, through the shipped nginx configuration (micro-cache, "
                f"Cache-Control max-age=1) in front of {args.workers} granian workers x 4 "
                f"threads. Latency = from the save's commit to the first poll showing the "
                f"score. {rows}. "
                f"Target p99 <= {TARGET_P99_SECONDS:g} s: {verdict}."
            ),
            "command": (
                f"make bench BENCH_ARGS='live --database {args.database} --live-pages "
                f"{' '.join(str(p) for p in args.live_pages)}'"
            ),
        }
    ]
