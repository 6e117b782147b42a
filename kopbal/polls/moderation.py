"""The newsroom's hand on a running poll: close it, reopen it, remove a burst of votes.

Each write is logged in Wagtail's history of the poll with the editor who did it.
"""

import logging
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Count, Max, Min, QuerySet
from django.utils import timezone
from wagtail.log_actions import log

from .models import Poll, Vote

logger = logging.getLogger("kopbal.polls")

# Enough of the hash to tell addresses apart in the history, not enough to test guesses.
IP_HASH_LOGGED_CHARS = 12


@dataclass(frozen=True)
class IpBurst:
    ip_hash: str
    votes: int
    first_vote: datetime
    last_vote: datetime


def ip_bursts(*, poll: Poll, since: datetime, limit: int = 20) -> list[IpBurst]:
    """The addresses with the most votes on `poll` since `since`, busiest first."""
    rows = (
        Vote.objects.filter(poll=poll, created_at__gte=since)
        .values("ip_hash")
        .annotate(votes=Count("id"), first_vote=Min("created_at"), last_vote=Max("created_at"))
        .order_by("-votes", "-last_vote")[:limit]
    )
    return [IpBurst(**row) for row in rows]


def votes_in_window(*, poll: Poll, ip_hash: str, start: datetime, end: datetime) -> QuerySet:
    """`poll`'s votes from `ip_hash` cast from `start` up to and including `end`."""
    return Vote.objects.filter(
        poll=poll, ip_hash=ip_hash, created_at__gte=start, created_at__lte=end
    )


@transaction.atomic
def votes_remove_burst(
    *, poll: Poll, ip_hash: str, start: datetime, end: datetime, user: AbstractBaseUser | None
) -> int:
    """Delete the votes `votes_in_window` selects, log it, and return how many went."""
    if end < start:
        raise ValueError("The window ends before it starts.")
    _, per_model = votes_in_window(poll=poll, ip_hash=ip_hash, start=start, end=end).delete()
    removed = per_model.get(Vote._meta.label, 0)
    log(
        instance=poll,
        action="kopbal_polls.remove_burst",
        user=user,
        data={
            "ip_hash_prefix": ip_hash[:IP_HASH_LOGGED_CHARS],
            "from": start.isoformat(),
            "to": end.isoformat(),
            "removed": removed,
        },
    )
    logger.info("%s votes removed from poll %s by user %s", removed, poll.pk, user and user.pk)
    return removed


@transaction.atomic
def poll_close(*, poll: Poll, user: AbstractBaseUser | None) -> Poll:
    """Stop the voting on `poll`, whatever its closing time."""
    if not poll.is_closed:
        poll.is_closed = True
        poll.save(update_fields=["is_closed"])
        log(instance=poll, action="kopbal_polls.close", user=user)
    return poll


@transaction.atomic
def poll_reopen(*, poll: Poll, user: AbstractBaseUser | None) -> Poll:
    """Let readers vote on `poll` again; a closing time that has passed is cleared."""
    data = {}
    if poll.closes_at is not None and poll.closes_at <= timezone.now():
        # Otherwise the poll would stay closed, and "reopen" would have done nothing visible.
        data["closes_at_cleared"] = poll.closes_at.isoformat()
        poll.closes_at = None
    if poll.is_closed or data:
        poll.is_closed = False
        poll.save(update_fields=["is_closed", "closes_at"])
        log(instance=poll, action="kopbal_polls.reopen", user=user, data=data)
    return poll
