from django.db import models
from django.utils.translation import gettext_lazy as _


class RateCounter(models.Model):
    """One rate-limit window's count (the database backend of kopbal.core.ratelimit)."""

    key = models.CharField(_("key"), max_length=200, primary_key=True)
    count = models.PositiveIntegerField(_("count"), default=0)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)

    class Meta:
        verbose_name = _("rate counter")
        verbose_name_plural = _("rate counters")

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"


class Generation(models.Model):
    """A content generation ("site", "article:<id>"), bumped in the transaction that changes
    the content. Cached pages and fragments are stamped with it: the cache (Redis) is never
    trusted to say what is current, so a cache restored from an old snapshot cannot bring
    back a page older than the last publish (see kopbal.core.generations)."""

    key = models.CharField(_("key"), max_length=64, primary_key=True)
    value = models.BigIntegerField(_("value"), default=0)

    class Meta:
        verbose_name = _("generation")
        verbose_name_plural = _("generations")

    def __str__(self) -> str:
        return f"{self.key}: {self.value}"
