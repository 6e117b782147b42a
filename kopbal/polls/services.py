"""Casting a vote: every check, the write and its side effects in one transaction."""

import logging
import math
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from kopbal.core import events
from kopbal.core.retry import duration_text

from .models import Choice, Poll, Vote
from .voters import Voter

logger = logging.getLogger("kopbal.polls")

IP_WINDOW = timedelta(hours=1)


class VoteRefused(Exception):
    """A vote that was not counted, with the HTTP status and the reader's message (and for
    a rate limit, the seconds until a vote would be counted: Retry-After)."""

    status = 400
    code = "refused"

    def __init__(self, message, *, retry_after: int | None = None):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class PollNotFound(VoteRefused):
    status, code = 404, "not_found"


class PollClosed(VoteRefused):
    status, code = 403, "closed"


class InvalidChoice(VoteRefused):
    status, code = 400, "invalid_choice"


class AlreadyVoted(VoteRefused):
    status, code = 409, "already_voted"


class TooManyVotes(VoteRefused):
    status, code = 429, "rate_limited"


@dataclass(frozen=True)
class CastVote:
    id: int
    choice_id: int


def _lock_ip(poll_id: int, ip_hash: str) -> None:
    """Serialise votes from one IP address on one poll, so the ceiling check is exact.

    SQLite already runs one write transaction at a time (IMMEDIATE mode); PostgreSQL takes a
    transaction-scoped advisory lock on (poll, address), which never blocks other voters.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s, %s)",
                [poll_id % 2**31, int(ip_hash[:8], 16) - 2**31],
            )


# The whole rule in one statement: the row goes in only if the poll is open, the answer
# belongs to it and the address is under its ceiling; the unique constraint refuses a second
# vote. A vote is the hot path of match day, so it is one round trip, not five.
_INSERT = f"""
INSERT INTO {Vote._meta.db_table} (poll_id, choice_id, voter, ip_hash, user_id, created_at)
SELECT c.poll_id, c.id, %(voter)s, %(ip_hash)s, %(user_id)s, %(now)s
FROM {Choice._meta.db_table} c JOIN {Poll._meta.db_table} p ON p.id = c.poll_id
WHERE c.id = %(choice_id)s AND c.poll_id = %(poll_id)s
  AND NOT p.is_closed AND (p.closes_at IS NULL OR p.closes_at > %(now)s)
  AND (
    SELECT COUNT(*) FROM {Vote._meta.db_table} v
    WHERE v.poll_id = %(poll_id)s AND v.ip_hash = %(ip_hash)s AND v.created_at >= %(since)s
  ) < COALESCE(NULLIF(p.ip_limit_per_hour, 0), %(default_limit)s)
RETURNING id
"""  # noqa: S608 (only the models' own table names are interpolated)


def vote_cast(*, poll, choice_id, voter: Voter) -> CastVote:
    """Count `voter`'s vote for `choice_id` in `poll` (a Poll or anything with its pk),
    or raise VoteRefused."""
    try:
        choice_pk = int(choice_id)
    except (TypeError, ValueError):
        raise InvalidChoice(_("Choose one of the answers.")) from None
    try:
        with transaction.atomic():
            vote_id = _insert(poll_id=poll.pk, choice_pk=choice_pk, voter=voter)
            if vote_id is None:
                _refusal_raise(poll_id=poll.pk, choice_pk=choice_pk, voter=voter)
            # Results are read fresh (no cached page shows them): nobody subscribes yet,
            # but live results or a results cache can, without touching this service.
            events.emit(events.VoteCast(poll_id=poll.pk, choice_id=choice_pk, vote_id=vote_id))
    except IntegrityError:
        # The same voter voting twice (at the same moment or not): the constraint decides.
        raise AlreadyVoted(_("You have already voted in this poll.")) from None
    logger.debug("Vote %s counted for poll %s", vote_id, poll.pk)
    return CastVote(id=vote_id, choice_id=choice_pk)


def _insert(*, poll_id: int, choice_pk: int, voter: Voter) -> int | None:
    """The new vote's id, or None when a rule kept it out."""
    _lock_ip(poll_id, voter.ip_hash)
    now = timezone.now()
    adapt = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.execute(
            _INSERT,
            {
                "voter": voter.key,
                "ip_hash": voter.ip_hash,
                "user_id": voter.user.pk if voter.user is not None else None,
                "now": adapt(now),
                "since": adapt(now - IP_WINDOW),
                "choice_id": choice_pk,
                "poll_id": poll_id,
                "default_limit": settings.KOPBAL_POLL_VOTES_PER_IP_PER_HOUR,
            },
        )
        row = cursor.fetchone()
    return row[0] if row else None


def _refusal_raise(*, poll_id: int, choice_pk: int, voter: Voter) -> None:
    """Why the vote was kept out, as the reader should hear it (the first rule broken)."""
    poll = Poll.objects.filter(pk=poll_id).first()
    if poll is None:
        raise PollNotFound(_("This poll does not exist."))
    if not poll.is_open:
        raise PollClosed(_("This poll is closed: voting is no longer possible."))
    if not Choice.objects.filter(poll=poll, pk=choice_pk).exists():
        raise InvalidChoice(_("That answer does not belong to this poll."))
    if Vote.objects.filter(poll=poll, voter=voter.key).exists():
        raise AlreadyVoted(_("You have already voted in this poll."))
    recent = Vote.objects.recent_from_ip(poll, voter.ip_hash, IP_WINDOW)
    if recent.count() >= poll.ip_limit:
        # The window slides: a place frees up when the oldest vote that fills it turns an
        # hour old.
        oldest = recent.order_by("-created_at").values_list("created_at", flat=True)[
            poll.ip_limit - 1
        ]
        wait = max(1, math.ceil((oldest + IP_WINDOW - timezone.now()).total_seconds()))
        raise TooManyVotes(
            _(
                "Too many votes from your internet connection in the last hour. "
                "Try again in %(wait)s."
            )
            % {"wait": duration_text(wait)},
            retry_after=wait,
        )
    # Every rule holds now: the poll changed between the two statements (reopened, say).
    raise VoteRefused(_("Your vote could not be counted. Try again."))


def votes_claim(*, voter_key: str, user) -> int:
    """Give the votes a browser cast anonymously (`voter_key`, "c:...") to the account it
    logs into, so that logging in is not a second vote. Where the account has already voted
    in the same poll, the account's vote stays and the browser's goes. Returns how many
    votes changed hands or went.
    """
    account_key = f"u:{user.pk}"
    changed = 0
    for vote in Vote.objects.filter(voter=voter_key):
        try:
            with transaction.atomic():
                if Vote.objects.filter(poll_id=vote.poll_id, voter=account_key).exists():
                    vote.delete()
                else:
                    # The unique constraint refuses the move should the account vote in the
                    # same poll at this very moment: then the browser's vote goes as well.
                    Vote.objects.filter(pk=vote.pk).update(voter=account_key, user=user)
        except IntegrityError:
            Vote.objects.filter(pk=vote.pk).delete()
        changed += 1
    if changed:
        logger.info("%d anonymous vote(s) claimed by account %s at log-in", changed, user.pk)
    return changed


@transaction.atomic
def poll_store(*, form, user) -> Poll:
    """Save a valid poll admin form (the poll and its answers together, or nothing) and log
    it as a create or an edit by `user`. Used by the article editor's poll modals."""
    creating = form.instance.pk is None
    poll = form.save()
    log(instance=poll, action="wagtail.create" if creating else "wagtail.edit", user=user)
    logger.info("Poll %s %s from the article editor", poll.pk, "created" if creating else "edited")
    return poll
