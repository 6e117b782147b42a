from django.db import models


class RateCounter(models.Model):
    """One rate-limit window's count (the database backend of kopbal.core.ratelimit)."""

    key = models.CharField(max_length=200, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"


class Generation(models.Model):
    """A content generation ("site", "article:<id>"), bumped in the transaction that changes
    the content. Cached pages and fragments are stamped with it: the cache (Redis) is never
    trusted to say what is current, so a cache restored from an old snapshot cannot bring
    back a page older than the last publish (see kopbal.core.generations)."""

    key = models.CharField(max_length=64, primary_key=True)
    value = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.key}: {self.value}"
