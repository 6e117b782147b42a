"""The read rules of the dashboard: views per article and per hour, in one place."""

from datetime import date, datetime

from django.db import models
from django.db.models import Q, Sum


class ArticleHourQuerySet(models.QuerySet):
    def since(self, start: datetime):
        return self.filter(hour__gte=start)

    def top_articles(self, limit: int = 10):
        """Articles by views, most first: dicts of article, views, uniques."""
        return (
            self.values("article")
            .annotate(total=Sum("views"), readers=Sum("uniques"))
            .order_by("-total", "-article")[:limit]
        )

    def per_hour(self) -> dict[datetime, int]:
        """Views of the whole site per hour."""
        rows = self.values("hour").annotate(total=Sum("views")).order_by("hour")
        return {row["hour"]: row["total"] for row in rows}

    def rising(self, *, recent_start: datetime, before_start: datetime, minimum: int):
        """Per article: views since `recent_start` and in [`before_start`, `recent_start`),
        for the articles with at least `minimum` recent views."""
        return (
            self.filter(hour__gte=before_start)
            .values("article")
            .annotate(
                recent=Sum("views", filter=Q(hour__gte=recent_start), default=0),
                before=Sum("views", filter=Q(hour__lt=recent_start), default=0),
            )
            .filter(recent__gte=minimum)
        )


class ArticleDayQuerySet(models.QuerySet):
    def since(self, start: date):
        return self.filter(day__gte=start)

    def top_articles(self, limit: int = 10):
        return (
            self.values("article")
            .annotate(total=Sum("views"), readers=Sum("uniques"))
            .order_by("-total", "-article")[:limit]
        )

    def per_club(self):
        """Views of the articles tagged with each club (an article with two clubs counts
        for both): dicts of club (id) and total, most first."""
        return (
            self.filter(article__clubs__isnull=False)
            .values(club=models.F("article__clubs"))
            .annotate(total=Sum("views"))
            .order_by("-total", "club")
        )
