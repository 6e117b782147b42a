"""A Dutch gold set for reader search: a small corpus written for it and queries with the
articles a reader expects to find. Used by the tests (a recall floor per backend) and by
`make bench BENCH_ARGS='search-recall'` (the figure in BENCHMARKS.md)."""

from .corpus import ARTICLES
from .queries import QUERIES

__all__ = ["ARTICLES", "QUERIES", "corpus_load", "recall_at"]


def corpus_load(index) -> dict[str, int]:
    """The demo clubs and the gold articles under `index`, published and so indexed;
    returns article key -> page id."""
    from datetime import timedelta

    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.models import Page

    from kopbal.demo.data import football
    from kopbal.football.models import Club
    from kopbal.news.models import ArticlePage
    from kopbal.search.services import document_index

    clubs = {}
    for key, name, short, city, nicknames, *_colours in football.CLUBS:
        clubs[key], _ = Club.objects.get_or_create(
            slug=key,
            defaults={
                "name": name,
                "short_name": short,
                "city": city,
                "nicknames": "\n".join(nicknames),
                "adjectives": "\n".join(football.CLUB_ADJECTIVES.get(key, [])),
            },
        )
    now = timezone.now()
    ids = {}
    for item in ARTICLES:
        page = ArticlePage(
            title=item["headline"],
            slug=slugify(item["key"]),
            intro=f"<p>{item['intro']}</p>",
            body=[("paragraph", f"<p>{item['body']}</p>")],
            live=False,
        )
        page.clubs = [clubs[k] for k in item["clubs"]]
        index.add_child(instance=page)
        page.save_revision().publish(log_action=False)
        published = now - timedelta(hours=item["hours_ago"])
        Page.objects.filter(pk=page.pk).update(
            first_published_at=published, last_published_at=published
        )
        page.refresh_from_db()
        document_index(article=page)  # back-dated after publishing
        ids[item["key"]] = page.pk
    return ids


def recall_at(search, ids: dict[str, int], k: int = 10) -> tuple[float, list[tuple]]:
    """Mean recall@k over the gold queries; `search(q)` returns article ids, best first.
    Also returns the queries that missed something: (query, missing keys)."""
    total, misses = 0.0, []
    by_id = {pk: key for key, pk in ids.items()}
    for query, expected in QUERIES:
        found = {by_id.get(pk) for pk in search(query)[:k]}
        hit = len(set(expected) & found)
        total += hit / min(len(expected), k)
        if hit < min(len(expected), k):
            misses.append((query, sorted(set(expected) - found)))
    return total / len(QUERIES), misses
