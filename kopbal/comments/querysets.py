from datetime import timedelta

from django.db import models
from django.utils import timezone


class CommentQuerySet(models.QuerySet):
    def visible(self):
        """What readers see: the read rule for lists, counts and the API."""
        return self.filter(status="visible")

    def top_level(self):
        return self.filter(parent__isnull=True)

    def sorted_by(self, sort: str):
        orders = {
            "newest": ["-created_at", "-pk"],
            "oldest": ["created_at", "pk"],
            "liked": ["-like_count", "-created_at", "-pk"],
        }
        return self.order_by(*orders[sort])

    def pending(self):
        return self.filter(status="pending")

    def reported(self):
        """Comments readers can still see (or that wait) with reports not yet handled."""
        return self.filter(
            status__in=["visible", "pending"],
            report_count__gt=0,
            reports__resolved_at__isnull=True,
        ).distinct()

    def recent_by(self, user, seconds: int):
        return self.filter(author=user, created_at__gte=timezone.now() - timedelta(seconds=seconds))
