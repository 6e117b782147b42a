from datetime import timedelta

from django.db import models
from django.utils import timezone


class VoteQuerySet(models.QuerySet):
    def counts_by_choice(self, poll) -> dict[int, int]:
        """{choice id: votes} for `poll`, counted from the vote rows."""
        rows = self.filter(poll=poll).values_list("choice").annotate(n=models.Count("id"))
        return dict(rows)

    def recent_from_ip(self, poll, ip_hash: str, within: timedelta = timedelta(hours=1)):
        return self.filter(poll=poll, ip_hash=ip_hash, created_at__gte=timezone.now() - within)
