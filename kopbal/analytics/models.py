"""Page views per article, counted without cookies and without personal data.

Beacons land in a buffer (a Redis list, or PendingView rows without Redis) and the flush
job folds them into ArticleHour rows (kept for KOPBAL_ANALYTICS_HOURLY_DAYS) and ArticleDay
rows (kept for good): the dashboard reads the recent hours and the days, never the buffer.
A reader is only ever a salted hash whose salt (DailySalt) is thrown away after its day.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .querysets import ArticleDayQuerySet, ArticleHourQuerySet


class ArticleHour(models.Model):
    """Views of one article in one clock hour (UTC)."""

    article = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    hour = models.DateTimeField()
    views = models.PositiveIntegerField(default=0)
    uniques = models.PositiveIntegerField(default=0)

    objects = ArticleHourQuerySet.as_manager()

    class Meta:
        verbose_name = _("article views per hour")
        verbose_name_plural = _("article views per hour")
        constraints = [
            # Also the (article, hour) index the upserts and an article's history use.
            models.UniqueConstraint(fields=["article", "hour"], name="analytics_hour_article")
        ]
        indexes = [models.Index(fields=["hour"], name="analytics_hour_hour")]

    def __str__(self) -> str:
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}h: {self.views}"


class ArticleDay(models.Model):
    """Views of one article in one day (UTC): the rollup the week and the clubs read."""

    article = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)
    uniques = models.PositiveIntegerField(default=0)

    objects = ArticleDayQuerySet.as_manager()

    class Meta:
        verbose_name = _("article views per day")
        verbose_name_plural = _("article views per day")
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="analytics_day_article")
        ]
        indexes = [models.Index(fields=["day"], name="analytics_day_day")]

    def __str__(self) -> str:
        return f"{self.article_id} @ {self.day}: {self.views}"


class DailySalt(models.Model):
    """The day's random salt for the reader hashes; deleted once the day is over, so that
    the day's hashes can no longer be recomputed from an IP address and a user agent."""

    day = models.DateField(unique=True)
    salt = models.CharField(max_length=64)

    def __str__(self) -> str:
        return str(self.day)


class PendingView(models.Model):
    """A beacon waiting for the flush, when there is no Redis: append-only, no foreign key
    (the article was checked when the beacon came in), the view id unique so that a
    repeated beacon is stored once."""

    view_id = models.CharField(max_length=64, unique=True)
    article_id = models.PositiveIntegerField()
    visitor = models.CharField(max_length=32)
    at = models.DateTimeField()
    # Counted rows stay an hour, so that a retried beacon still meets its view id.
    counted = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"{self.view_id}: article {self.article_id}"


class VisitorHash(models.Model):
    """The day's reader hashes per article and hour, to count uniques without Redis (with
    Redis a HyperLogLog does it). Only today's are kept: yesterday's salt is gone."""

    article_id = models.PositiveIntegerField()
    hour = models.DateTimeField()
    visitor = models.CharField(max_length=32)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article_id", "hour", "visitor"], name="analytics_visitor_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}h"


class ViewLogPosition(models.Model):
    """How far the flush job has read nginx's beacon log (viewlog.py): the file, told apart
    from the one it is rotated into by its inode, and the offset after the last whole line."""

    path = models.CharField(_("path"), max_length=500, unique=True)
    inode = models.BigIntegerField(_("inode"))
    offset = models.BigIntegerField(_("offset"))

    class Meta:
        verbose_name = _("beacon log position")
        verbose_name_plural = _("beacon log positions")

    def __str__(self) -> str:
        return f"{self.path} @ {self.offset}"
