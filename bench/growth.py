"""Issue 5d: what the reader pages cost as the archive grows from 1,000 to 100,000 articles.

The site is seeded with the newest 1,000 articles, measured, then grown to 100,000 by adding
older news behind them, and measured again: the home page, the archive, its page 2 and the
newest article (with tags, so "LEES OOK" is computed) are the very same pages at both sizes,
so any difference is what the extra rows cost. The archive's last page is reported too: an
OFFSET query walks every row before it, so it is expected to grow with the archive.
"""

import shutil
import statistics
import time
import urllib.request

from .comments import render_times
from .seed import articles_seed, seed_check
from .server import ROOT, gunicorn

TARGET = 1.2  # the target: at most 1.2x the time at 1,000 articles
PAGES = [("home", "/"), ("archive", "/nieuws/"), ("archive p2", "/nieuws/?pagina=2")]


def pages_to_measure(size: int) -> list[tuple[str, str]]:
    from django.conf import settings

    from kopbal.news.models import ArticlePage

    newest = ArticlePage.objects.live_news().first()
    last = -(-size // settings.KOPBAL_PAGE_SIZE)
    return [*PAGES, ("article", newest.url), ("archive last page", f"/nieuws/?pagina={last}")]


def count_ms() -> float:
    """What counting the archive costs, uncached (once per publish when counts are cached)."""
    from kopbal.news.models import ArticlePage

    times = []
    for _ in range(5):
        started = time.perf_counter()
        ArticlePage.objects.live_news().count()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(args, env, size: int) -> dict:
    """Every page, uncached, by a fresh production-profile server."""
    cache_dir = ROOT / "var" / "bench" / "growth-cache"
    shutil.rmtree(cache_dir, ignore_errors=True)
    server_env = {
        **env,
        "KOPBAL_PAGE_CACHE_SECONDS": "0",  # every request is a real render
        "KOPBAL_CACHE_DIR": str(cache_dir),  # no cached counts from another bench database
    }
    results = {}
    with gunicorn(server_env, port=args.port, workers=args.workers) as base:
        pages = pages_to_measure(size)
        article_url = dict(pages)["article"]
        html = urllib.request.urlopen(base + article_url).read().decode()  # noqa: S310 (http)
        if 'class="read-also"' not in html:
            raise RuntimeError(f"{article_url} shows no LEES OOK: the related query did not run")
        for name, path in pages:
            results[name] = render_times(base, path, requests=args.growth_requests)
            results[name]["path"] = path
    results["count_ms"] = count_ms()
    return results


def bench_growth(args, env) -> list[dict]:
    small, large = 1000, args.growth_articles
    seeded_small = articles_seed(small)
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
    details = (
        f"Median render time at {large:,} articles over the time at {small:,} "
        f"(target ≤ {TARGET}x; worst {worst:.2f}x, "
        f"{'met' if worst <= TARGET else 'NOT met'}). "
        f"{args.growth_requests} sequential GETs per page after 5 warm-up requests, page cache "
        f"off (KOPBAL_PAGE_CACHE_SECONDS=0), {args.workers} gunicorn workers x 4 threads, "
        f"{args.database}. The same pages at both sizes (the growth adds older news behind "
        f"the newest 1,000), the article is the newest one, with LEES OOK computed. "
        + "; ".join(timing(name) for name in measured)
        + f". Information, not part of the target: the archive's last page "
        f"({timing(last)}) grows with the archive, because OFFSET pagination reads every "
        f"row before the page; counting all live articles takes {before['count_ms']:.1f} → "
        f"{after['count_ms']:.1f} ms, paid once per publish (the count is cached per site "
        f"generation). Seeding (bulk inserts): {small:,} in {seeded_small:.1f} s, "
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
