"""Issue 5d: what the reader pages cost as the archive grows from 1,000 to 100,000 articles.

The site is seeded with the newest 1,000 articles, measured, then grown to 100,000 by adding
older news behind them, and measured again: the home page, the archive, its page 2 and the
newest article (with tags, so "LEES OOK" is computed) are the very same pages at both sizes,
so any difference is what the extra rows cost. The archive's last page (page 4,000 at
100,000 articles) is measured against page 2 of the same archive (issue 14: within 1.2x):
it is sought from a cached map of page starts (core.keyset), which is built once per
publish; what building it costs is reported too.
"""

import http.client
import shutil
import statistics
import time
import urllib.request
from urllib.parse import urlsplit

from .seed import articles_seed, seed_check
from .server import ROOT, app_server

TARGET = 1.2  # the target: at most 1.2x the time at 1,000 articles
DEEP_TARGET = 1.2  # issue 14: the archive's deepest page within 1.2x of its page 2
PAGES = [("home", "/"), ("archive", "/nieuws/"), ("archive p2", "/nieuws/?pagina=2")]


def pages_to_measure(size: int) -> list[tuple[str, str]]:
    from django.conf import settings

    from kopbal.news.models import ArticlePage

    newest = ArticlePage.objects.live_news().first()
    last = -(-size // settings.KOPBAL_PAGE_SIZE)
    return [*PAGES, ("article", newest.url), ("archive last page", f"/nieuws/?pagina={last}")]


def related_candidates() -> int:
    from kopbal.news.querysets import RELATED_CANDIDATES

    return RELATED_CANDIDATES


def window_articles() -> int:
    """Live articles in the LEES OOK window: what the related query ranks, per article."""
    from django.utils import timezone

    from kopbal.news.models import ArticlePage
    from kopbal.news.querysets import RELATED_WINDOW

    since = timezone.now() - RELATED_WINDOW
    return ArticlePage.objects.live_news().filter(first_published_at__gte=since).count()


def count_ms() -> float:
    """What counting the archive costs, uncached (once per publish when counts are cached)."""
    from kopbal.news.models import ArticlePage

    times = []
    for _ in range(5):
        started = time.perf_counter()
        ArticlePage.objects.live_news().count()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def map_ms() -> float:
    """What building the archive's map of page starts costs (once per publish)."""
    from django.conf import settings

    from kopbal.core import keyset
    from kopbal.news.models import ArticlePage, NewsIndexPage

    index = NewsIndexPage.objects.get()
    articles = ArticlePage.objects.live_news().child_of(index).for_listing()
    fields, descending = keyset.order_keys(articles)
    times = []
    for _ in range(3):
        started = time.perf_counter()
        keyset.page_starts(articles, settings.KOPBAL_PAGE_SIZE, fields, descending)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def render_times(base: str, paths: dict[str, str], *, requests: int) -> dict:
    """Sequential GETs over one keep-alive connection, the pages taken in turn (so a burst
    of load from elsewhere on the machine hits every page alike): median and p99 in ms."""
    conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=60)
    times = {name: [] for name in paths}
    for _ in range(requests + 5):
        for name, path in paths.items():
            started = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{path} answered {response.status}")
            times[name].append((time.perf_counter() - started) * 1000)
    conn.close()
    results = {}
    for name, measured in times.items():
        measured = sorted(measured[5:])  # the first rounds warm up the workers
        results[name] = {
            "median": statistics.median(measured),
            "p99": measured[min(len(measured) - 1, int(len(measured) * 0.99))],
            "path": paths[name],
        }
    return results


def measure(args, env, size: int) -> dict:
    """Every page, uncached, by a fresh production-profile server."""
    cache_dir = ROOT / "var" / "bench" / f"growth-cache-{args.port}"
    shutil.rmtree(cache_dir, ignore_errors=True)
    server_env = {
        **env,
        "KOPBAL_PAGE_CACHE_SECONDS": "0",  # every request is a real render
        "KOPBAL_FRAGMENT_CACHE_SECONDS": "0",  # "Meest recent" rendered every time too
        "KOPBAL_CACHE_DIR": str(cache_dir),  # no cached counts from another bench database
    }
    with app_server(server_env, port=args.port, workers=args.workers) as base:
        pages = dict(pages_to_measure(size))
        html = urllib.request.urlopen(base + pages["article"]).read().decode()  # noqa: S310
        if 'class="read-also"' not in html:
            raise RuntimeError(f"{pages['article']} shows no LEES OOK: no related query ran")
        results = render_times(base, pages, requests=args.growth_requests)
    results["count_ms"] = count_ms()
    results["map_ms"] = map_ms()
    results["window"] = window_articles()
    return results


def live_articles() -> int:
    from kopbal.news.models import ArticlePage

    return ArticlePage.objects.live_news().count()


def bench_growth(args, env) -> list[dict]:
    small, large = 1000, args.growth_articles
    # Earlier scenarios of the run may have published a few articles: grow to 1,000 in all.
    seeded_small = articles_seed(small - live_articles())
    seed_check(small, tree=True)
    before = measure(args, env, small)
    seeded_large = articles_seed(large - small, start=small)
    seed_check(large, tree=False)
    after = measure(args, env, large)

    measured = ["home", "archive", "archive p2", "article"]
    ratios = {name: after[name]["median"] / before[name]["median"] for name in measured}
    worst = max(ratios.values())
    figure = ", ".join(f"{name} {ratio:.2f}x" for name, ratio in ratios.items())

    def timing(name):
        a, b = before[name], after[name]
        path = f"`{a['path']}`" + (f" → `{b['path']}`" if b["path"] != a["path"] else "")
        return (
            f"{name} {path} median {a['median']:.1f} → {b['median']:.1f} ms, "
            f"p99 {a['p99']:.1f} → {b['p99']:.1f} ms"
        )

    last = "archive last page"
    deep = after[last]["median"] / after["archive p2"]["median"]
    figure += (
        f"; archive page {after[last]['path'].rsplit('=', 1)[-1]} / page 2 {deep:.2f}x "
        f"(target ≤ {DEEP_TARGET}x)"
    )
    details = (
        f"Median render time at {large:,} articles over the time at {small:,} "
        f"(target ≤ {TARGET}x; worst {worst:.2f}x, "
        f"{'met' if worst <= TARGET else 'NOT met'}). "
        f"{args.growth_requests} sequential GETs per page (pages in turn) after 5 warm-up "
        f"rounds, page cache "
        f"and shared fragments off (KOPBAL_PAGE_CACHE_SECONDS=0, KOPBAL_FRAGMENT_CACHE_SECONDS=0), "
        f"{args.workers} granian workers x 4 threads, "
        f"{args.database}. The same pages at both sizes (the growth adds older news behind "
        f"the newest 1,000), the article is the newest one, with LEES OOK computed: it ranks "
        f"at most the newest {related_candidates()} of the articles of the last 60 days "
        f"({before['window']:,} → {after['window']:,} here, one article per half hour). "
        + "; ".join(timing(name) for name in measured)
        + f". The archive's last page ({timing(last)}) at {large:,} articles over page 2 "
        f"of the same archive: {deep:.2f}x (target ≤ {DEEP_TARGET}x, "
        f"{'met' if deep <= DEEP_TARGET else 'NOT met'}); deep pages are sought from a map "
        f"of page starts (core.keyset) that the first deep-page view after a publish "
        f"builds, in {before['map_ms']:.1f} → {after['map_ms']:.1f} ms (once per publish, "
        f"like the count: counting all live articles takes {before['count_ms']:.1f} → "
        f"{after['count_ms']:.1f} ms, cached per site generation). "
        f"Seeding (bulk inserts): {small:,} in {seeded_small:.1f} s, "
        f"{large - small:,} more in {seeded_large:.1f} s."
    )
    return [
        {
            "name": f"growth-{args.database}",
            "title": f"Cost of growth, 1,000 → {large:,} articles ({args.database})",
            "figure": figure,
            "details": details,
            "command": f"make bench BENCH_ARGS='growth --database {args.database}'",
        }
    ]
