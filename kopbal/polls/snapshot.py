"""A poll as readers see it, counted at most once a second however many readers ask.

Every article view asks the poll API for the poll's state, and on match day thousands of
readers vote in the same minute: counting the vote rows for each of them would make every
answer slower as the poll grows. A snapshot (the poll, its answers and the counts) is
shared through the cache for KOPBAL_POLL_RESULTS_SECONDS. Votes themselves are never
cached: they are checked and stored in the database, exactly (see services.py), and the
newsroom's results are always counted afresh.

Each worker also keeps the snapshots it read for the rest of their time: a vote or a poll
read then costs no trip to the cache (reading a snapshot from Redis and unpickling its model
instances was 16 % of a vote's CPU time under cProfile). Snapshots carry the wall-clock time
they were taken, so no worker keeps one longer than any other would.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from .models import Choice, Poll, Vote

_clock = time.time  # tests move it on


@dataclass(frozen=True)
class PollSnapshot:
    poll: Poll
    choices: list[Choice]
    counts: dict[int, int]
    # The newest vote counted: a reader whose vote is newer gets it added to the numbers,
    # so nobody sees a result that leaves out the vote they just cast. (On PostgreSQL ids
    # are handed out before commit, so in a rare race a vote can be missed or added twice
    # in one answer; the next snapshot, a second later, is exact again.)
    last_vote_id: int
    # time.time() when counted; snapshots cached by an older release have 0.0.
    taken_at: float = 0.0

    @property
    def pk(self) -> int:
        return self.poll.pk

    def counts_with(self, *, vote_id: int | None, choice_id: int | None) -> dict[int, int]:
        """The counts, plus the reader's own vote if it came after the snapshot."""
        if vote_id is None or vote_id <= self.last_vote_id:
            return self.counts
        return {**self.counts, choice_id: self.counts.get(choice_id, 0) + 1}


def _key(poll_id: int) -> str:
    return f"polls:snapshot:{poll_id}"


def snapshot_take(poll_id: int) -> PollSnapshot | None:
    """Read the poll and count its votes now."""
    poll = Poll.objects.filter(pk=poll_id).first()
    if poll is None:
        return None
    counts, last_vote_id = Vote.objects.tally(poll)
    return PollSnapshot(
        poll=poll,
        choices=poll.choices_in_order(),
        counts=counts,
        last_vote_id=last_vote_id,
        taken_at=_clock(),
    )


# poll id -> the newest snapshot this worker read; its threads share it.
_kept: dict[int, PollSnapshot] = {}
_KEPT_MAX = 1000


def forget() -> None:
    """Drop the snapshots this worker keeps (tests: "the snapshot's time is up")."""
    _kept.clear()


def poll_snapshot(poll_id: int) -> PollSnapshot | None:
    """The poll's snapshot, at most KOPBAL_POLL_RESULTS_SECONDS old; None if no such poll."""
    seconds = settings.KOPBAL_POLL_RESULTS_SECONDS
    if seconds <= 0:
        return snapshot_take(poll_id)
    now = _clock()
    snapshot = _kept.get(poll_id)
    if snapshot is not None and now < snapshot.taken_at + seconds:
        return snapshot
    snapshot = cache.get(_key(poll_id))
    if snapshot is None:
        snapshot = snapshot_take(poll_id)
        if snapshot is None:
            return None
        cache.set(_key(poll_id), snapshot, seconds)
    if now < snapshot.taken_at + seconds:
        if len(_kept) >= _KEPT_MAX:
            _kept.clear()
        _kept[poll_id] = snapshot
    return snapshot
