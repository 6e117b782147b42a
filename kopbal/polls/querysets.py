from datetime import timedelta

from django.db import models
from django.utils import timezone


class VoteQuerySet(models.QuerySet):
    def counts_by_choice(self, poll) -> dict[int, int]:
        """{choice id: votes} for `poll`, counted from the vote rows."""
        return self.tally(poll)[0]

    def tally(self, poll) -> tuple[dict[int, int], int]:
        """The counts by choice, and the id of the newest vote they include (0: none)."""
        rows = list(
            self.filter(poll=poll)
            .values_list("choice")
            .annotate(n=models.Count("id"), last=models.Max("id"))
        )
        counts = {choice: n for choice, n, _last in rows}
        return counts, max((last for *_, last in rows), default=0)

    def recent_from_ip(self, poll, ip_hash: str, within: timedelta = timedelta(hours=1)):
        return self.filter(poll=poll, ip_hash=ip_hash, created_at__gte=timezone.now() - within)
