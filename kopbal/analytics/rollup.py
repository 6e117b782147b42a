"""Views folded into the hourly and daily rows: what every path of a counted view ends in
(the buffer's flush, nginx's beacon log)."""

from collections import Counter, defaultdict
from datetime import UTC, datetime

from django.db import connection, transaction

from . import uniques
from .models import ArticleDay, ArticleHour

# One fold at a time on PostgreSQL (the job and `manage.py analytics_flush` may overlap):
# the counters are read, added to and written back.
_LOCK_ID = 0x6B6F7062  # "kopb"


def _lock() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_ID])


def _hour(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def _views_add(model, period: str, views: Counter, readers: dict) -> None:
    """Add `views` per (article, period) to `model`'s rows and set their unique readers."""
    old = {
        (row.article_id, getattr(row, period)): row.views
        for row in model.objects.filter(
            article_id__in={article for article, _ in views},
            **{f"{period}__in": {when for _, when in views}},
        ).only("article_id", period, "views")
    }
    model.objects.bulk_create(
        [
            model(
                article_id=article,
                **{period: when},
                views=old.get((article, when), 0) + n,
                uniques=readers.get((article, when), 0),
            )
            for (article, when), n in views.items()
        ],
        update_conflicts=True,
        unique_fields=["article", period],
        update_fields=["views", "uniques"],
    )


def views_fold(views) -> int:
    """Add `views` (buffer.View) to the hourly and daily rows; returns how many counted."""
    per_hour: Counter = Counter()
    readers: dict[tuple, set[str]] = defaultdict(set)
    for view in views:
        key = (view.article_id, _hour(view.when))
        per_hour[key] += 1
        readers[key].add(view.visitor)
    return counts_fold(per_hour, readers)


@transaction.atomic
def counts_fold(per_hour: Counter, readers: dict[tuple, set[str]]) -> int:
    """Add the views per (article, UTC hour) and their readers' hashes to the hourly and
    daily rows; returns how many views counted."""
    from kopbal.news.models import ArticlePage

    if not per_hour:
        return 0
    _lock()
    # An article deleted since its beacon has nowhere to count.
    existing = set(
        ArticlePage.objects.filter(pk__in={article for article, _ in per_hour}).values_list(
            "pk", flat=True
        )
    )
    per_hour = Counter({key: n for key, n in per_hour.items() if key[0] in existing})
    if not per_hour:
        return 0
    per_day: Counter = Counter()
    for (article, hour), n in per_hour.items():
        per_day[article, hour.date()] += n
    hour_readers, day_readers = uniques.count({key: readers[key] for key in per_hour})
    _views_add(ArticleHour, "hour", per_hour, hour_readers)
    _views_add(ArticleDay, "day", per_day, day_readers)
    return sum(per_hour.values())
