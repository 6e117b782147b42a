"""Issue 10: reader search at 100,000 articles (query count and timing) and the recall@10
of the Dutch gold set (kopbal/search/gold)."""

import http.client
import statistics
import time
from urllib.parse import quote, urlsplit

from .seed import articles_seed
from .server import ROOT, app_server

# Typical searches on the seeded site: a club, an adjective, a nickname, a topic, two
# words, a typo, and a club with "newest first" and a period.
QUERIES = [
    "anderlecht",
    "genkse",
    "de kanaries",
    "strafschop",
    "rode kaart",
    "anderleht",
    "anderlecht&sort=nieuwste&periode=maand",
]


def _times(base: str, paths: list[str], requests: int) -> dict:
    conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=60)
    times = {p: [] for p in paths}
    for _ in range(requests + 3):
        for path in paths:
            started = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{path} answered {response.status}")
            times[path].append((time.perf_counter() - started) * 1000)
    conn.close()
    everything = sorted(t for measured in times.values() for t in measured[3:])
    return {
        "median": statistics.median(everything),
        "p95": everything[int(len(everything) * 0.95)],
        "per_query": {p: statistics.median(m[3:]) for p, m in times.items()},
    }


def _query_counts(paths: list[str]) -> dict[str, int]:
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    with override_settings(KOPBAL_PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["127.0.0.1"]):
        for path in paths:
            client.get(path)  # warm: site root paths, synonyms in the cache
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code}")
            counts[path] = len(queries.captured_queries)
    return counts


def _nicknames_give() -> None:
    """The seeded clubs get the nicknames and adjectives of the demo's clubs of that name,
    so that "de kanaries" and "genkse" search as on the real site."""
    from kopbal.demo.data import football
    from kopbal.football.models import Club

    from .seed import tags_ensure

    tags_ensure()
    for _key, name, _short, _city, nicknames, *_colours in football.CLUBS:
        Club.objects.filter(name=name).update(
            nicknames="\n".join(nicknames),
            adjectives="\n".join(football.CLUB_ADJECTIVES.get(_key, [])),
        )


def bench_search(args, env) -> list[dict]:
    from django.db import connection

    from kopbal.news.models import ArticlePage
    from kopbal.search.models import ArticleDocument
    from kopbal.search.services import documents_rebuild

    _nicknames_give()
    have = ArticlePage.objects.live_news().count()
    seeded = articles_seed(max(0, args.search_articles - have), start=have)
    started = time.perf_counter()
    documents = documents_rebuild()
    index_seconds = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE) search_articledocument")
    assert documents == ArticleDocument.objects.count()
    paths = [f"/zoeken/?q={quote(q, safe='&=')}" for q in QUERIES]
    counts = _query_counts(paths)
    server_env = {**env, "KOPBAL_PAGE_CACHE_SECONDS": "0", "KOPBAL_FRAGMENT_CACHE_SECONDS": "0"}
    with app_server(server_env, port=args.port, workers=args.workers) as base:
        timing = _times(base, paths, args.search_requests)
    per_query = "; ".join(
        f"`{p.removeprefix('/zoeken/?q=')}` {ms:.1f} ms, {counts[p]} queries"
        for p, ms in timing["per_query"].items()
    )
    return [
        {
            "name": f"search-{args.database}",
            "title": f"Search at {documents:,} articles ({args.database})",
            "figure": (
                f"median {timing['median']:.1f} ms, p95 {timing['p95']:.1f} ms, "
                f"{min(counts.values())}-{max(counts.values())} queries"
            ),
            "details": (
                f"/zoeken/ over HTTP, page cache off (KOPBAL_PAGE_CACHE_SECONDS=0), "
                f"{args.search_requests} sequential GETs of each of {len(QUERIES)} typical "
                f"searches in turn after 3 warm-up rounds, {args.workers} granian workers x 4 "
                f"threads, {args.database}: median and p95 over all of them. Per search "
                f"(median, SQL queries per request counted in-process): {per_query}. "
                f"Indexing all {documents:,} articles in bulk (documents_rebuild: on "
                f"PostgreSQL one INSERT ... SELECT, the tsvector generated by the database, "
                f"then the vocabulary from ts_stat): {index_seconds:.1f} s. Seeding "
                f"{seeded:.1f} s."
            ),
            "command": f"make bench BENCH_ARGS='search --database {args.database}'",
        }
    ]


def bench_search_recall(args, env) -> list[dict]:
    from django.db import connection

    from kopbal.news.services import site_tree_ensure
    from kopbal.search.gold import QUERIES as GOLD
    from kopbal.search.gold import corpus_load, recall_at
    from kopbal.search.search import article_ids

    _home, index = site_tree_ensure()
    ids = corpus_load(index)
    recall, misses = recall_at(article_ids, ids)
    missed = "; ".join(f"`{q}` missed {', '.join(keys)}" for q, keys in misses) or "none"
    return [
        {
            "name": f"search-recall-{connection.vendor}",
            "title": f"Search recall@10, Dutch gold set ({args.database})",
            "figure": f"recall@10 {recall:.3f}",
            "details": (
                f"{len(GOLD)} queries (stems, verb forms, adjectives, nicknames, accents, "
                f"typos, several words) against the {len(ids)} articles of "
                f"kopbal/search/gold, each query's recall of its expected articles in the "
                f"first 10 results, averaged. Queries that missed: {missed}."
            ),
            "command": f"make bench BENCH_ARGS='search-recall --database {args.database}'",
        }
    ]


__all__ = ["ROOT", "bench_search", "bench_search_recall"]
