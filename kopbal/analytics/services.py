"""The flush: buffered views folded into the hourly and daily rows, and old data dropped."""

import logging
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import connection, transaction

from . import buffer, readers, uniques
from .models import ArticleDay, ArticleHour, DailySalt, PendingView, VisitorHash

logger = logging.getLogger("kopbal.analytics")

BATCH = 20_000
# One flush at a time on PostgreSQL (the job and `manage.py analytics_flush` may overlap):
# the counters are read, added to and written back.
_LOCK_ID = 0x6B6F7062  # "kopb"


def _lock() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_ID])


def _hour(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


@transaction.atomic
def _fold(views: list[buffer.View]) -> int:
    """Add `views` to the hourly and daily rows; returns how many were counted."""
    from kopbal.news.models import ArticlePage

    _lock()
    # An article deleted since its beacon has nowhere to count.
    existing = set(
        ArticlePage.objects.filter(pk__in={v.article_id for v in views}).values_list(
            "pk", flat=True
        )
    )
    views = [v for v in views if v.article_id in existing]
    if not views:
        return 0
    per_hour: Counter = Counter()
    seen: dict[tuple, set[str]] = defaultdict(set)
    for view in views:
        key = (view.article_id, _hour(view.when))
        per_hour[key] += 1
        seen[key].add(view.visitor)
    per_day: Counter = Counter()
    for (article, hour), n in per_hour.items():
        per_day[article, hour.date()] += n
    hour_uniques, day_uniques = uniques.count(seen)

    articles = {article for article, _ in per_hour}
    old_hours = {
        (row.article_id, row.hour): row.views
        for row in ArticleHour.objects.filter(
            article_id__in=articles, hour__in={h for _, h in per_hour}
        ).only("article_id", "hour", "views")
    }
    ArticleHour.objects.bulk_create(
        [
            ArticleHour(
                article_id=article,
                hour=hour,
                views=old_hours.get((article, hour), 0) + n,
                uniques=hour_uniques.get((article, hour), 0),
            )
            for (article, hour), n in per_hour.items()
        ],
        update_conflicts=True,
        unique_fields=["article", "hour"],
        update_fields=["views", "uniques"],
    )
    old_days = {
        (row.article_id, row.day): row.views
        for row in ArticleDay.objects.filter(
            article_id__in=articles, day__in={d for _, d in per_day}
        ).only("article_id", "day", "views")
    }
    ArticleDay.objects.bulk_create(
        [
            ArticleDay(
                article_id=article,
                day=day,
                views=old_days.get((article, day), 0) + n,
                uniques=day_uniques.get((article, day), 0),
            )
            for (article, day), n in per_day.items()
        ],
        update_conflicts=True,
        unique_fields=["article", "day"],
        update_fields=["views", "uniques"],
    )
    return len(views)


def _fold_pending() -> int:
    counted = 0
    while True:
        rows = list(PendingView.objects.filter(counted=False).order_by("pk")[:BATCH])
        if not rows:
            return counted
        views = [
            buffer.View(
                view_id=r.view_id, article_id=r.article_id, visitor=r.visitor, at=r.at.timestamp()
            )
            for r in rows
        ]
        with transaction.atomic():
            counted += _fold(views)
            PendingView.objects.filter(pk__in=[r.pk for r in rows]).update(counted=True)
        if len(rows) < BATCH:
            return counted


def _fold_redis() -> int:
    counted = 0
    while views := buffer.redis_take(BATCH):
        try:
            counted += _fold(views)
        except Exception:
            buffer.redis_give_back(views)
            raise
        if len(views) < BATCH:
            break
    return counted


def views_flush(*, now: datetime | None = None) -> int:
    """Count the buffered views (Redis, this process, PendingView); returns how many.
    Also drops what is past keeping: yesterday's salt and reader hashes, old hourly rows."""
    now = now or datetime.now(tz=UTC)
    buffer.local_flush()
    counted = _fold_redis() + _fold_pending()
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    PendingView.objects.filter(counted=True, at__lt=now - timedelta(hours=1)).delete()
    VisitorHash.objects.filter(hour__lt=today).delete()
    if DailySalt.objects.filter(day__lt=today.date()).delete()[0]:
        readers.forget_salts()
    ArticleHour.objects.filter(
        hour__lt=today - timedelta(days=settings.KOPBAL_ANALYTICS_HOURLY_DAYS)
    ).delete()
    if counted:
        logger.info("Analytics: %s views counted", counted)
    return counted
