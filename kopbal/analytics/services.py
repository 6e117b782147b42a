"""The flush: buffered views folded into the hourly and daily rows, and old data dropped."""

import logging
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import transaction

from . import buffer, readers, viewlog
from .models import ArticleHour, DailySalt, PendingView, VisitorHash
from .rollup import views_fold

logger = logging.getLogger("kopbal.analytics")

BATCH = 20_000


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
            counted += views_fold(views)
            PendingView.objects.filter(pk__in=[r.pk for r in rows]).update(counted=True)
        if len(rows) < BATCH:
            return counted


def _fold_redis() -> int:
    counted = 0
    while views := buffer.redis_take(BATCH):
        try:
            counted += views_fold(views)
        except Exception:
            buffer.redis_give_back(views)
            raise
        if len(views) < BATCH:
            break
    return counted


def views_flush(*, now: datetime | None = None) -> int:
    """Count the buffered views (nginx's beacon logs, Redis, this process, PendingView);
    returns how many. Also drops what is past keeping: yesterday's salt and reader hashes,
    old hourly rows."""
    now = now or datetime.now(tz=UTC)
    buffer.local_flush()
    counted = viewlog.logs_read() + _fold_redis() + _fold_pending()
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
