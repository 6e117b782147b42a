"""Casting a vote: every check, the write and its side effects in one transaction."""

import logging
import math
from contextlib import nullcontext
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


def _lock_keys(poll_id: int, ip_hash: str) -> tuple[int, int]:
    """The two int4 keys of the transaction-scoped advisory lock on (poll, address)."""
    return poll_id % 2**31, int(ip_hash[:8], 16) - 2**31


# SQLite: the whole rule in one statement. The row goes in only if the poll is open, the
# answer belongs to it and the address is under its ceiling; the unique constraint refuses
# a second vote. SQLite runs one write transaction at a time (IMMEDIATE mode), so no lock
# is needed. PostgreSQL calls polls_vote_cast() (migrations 0003 and 0004) instead: lock, rules,
# insert and the refusal reason in one round trip.
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

_CALL = (
    "SELECT vote_id, refusal, retry_after FROM polls_vote_cast("
    "%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)


def _needs_transaction() -> bool:
    """Whether anyone listens to VoteCast inside the vote's transaction. Nobody does
    today: then the PostgreSQL function, one atomic statement, needs no BEGIN/COMMIT."""
    return connection.vendor != "postgresql" or any(
        not on_commit for _handler, on_commit in events.subscribers(events.VoteCast)
    )


def vote_cast(*, poll, choice_id, voter: Voter) -> CastVote:
    """Count `voter`'s vote for `choice_id` in `poll` (a Poll or anything with its pk),
    or raise VoteRefused."""
    try:
        choice_pk = int(choice_id)
    except (TypeError, ValueError):
        raise InvalidChoice(_("Choose one of the answers.")) from None
    try:
        with transaction.atomic() if _needs_transaction() else nullcontext():
            if connection.vendor == "postgresql":
                vote_id = _call(poll_id=poll.pk, choice_pk=choice_pk, voter=voter)
            else:
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


def _call(*, poll_id: int, choice_pk: int, voter: Voter) -> int:
    """The new vote's id from polls_vote_cast(), or the refusal it names, raised."""
    if not -(2**63) < choice_pk < 2**63:
        choice_pk = 0  # past any bigint: no answer's id, refused as such in the rules' order
    with connection.cursor() as cursor:
        cursor.execute(
            _CALL,
            [
                poll_id,
                choice_pk,
                voter.key,
                voter.ip_hash,
                voter.user.pk if voter.user is not None else None,
                timezone.now(),
                IP_WINDOW,
                settings.KOPBAL_POLL_VOTES_PER_IP_PER_HOUR,
                *_lock_keys(poll_id, voter.ip_hash),
            ],
        )
        vote_id, refusal, retry_after = cursor.fetchone()
    if refusal is not None:
        raise _refusal(refusal, retry_after)
    return vote_id


def _insert(*, poll_id: int, choice_pk: int, voter: Voter) -> int | None:
    """The new vote's id, or None when a rule kept it out (SQLite)."""
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


def _refusal(code: str, retry_after: int | None = None) -> VoteRefused:
    """The refusal named `code`, in the words the reader hears (the same on every database)."""
    if code == "not_found":
        return PollNotFound(_("This poll does not exist."))
    if code == "closed":
        return PollClosed(_("This poll is closed: voting is no longer possible."))
    if code == "invalid_choice":
        return InvalidChoice(_("That answer does not belong to this poll."))
    if code == "already_voted":
        return AlreadyVoted(_("You have already voted in this poll."))
    if code == "rate_limited":
        return TooManyVotes(
            _(
                "Too many votes from your internet connection in the last hour. "
                "Try again in %(wait)s."
            )
            % {"wait": duration_text(retry_after)},
            retry_after=retry_after,
        )
    # Every rule holds now: the poll changed between the two statements (reopened, say).
    return VoteRefused(_("Your vote could not be counted. Try again."))


def _refusal_raise(*, poll_id: int, choice_pk: int, voter: Voter) -> None:
    """Why the vote was kept out (SQLite), as the reader should hear it (the first rule
    broken): the same order as polls_vote_cast()."""
    poll = Poll.objects.filter(pk=poll_id).first()
    if poll is None:
        raise _refusal("not_found")
    if not poll.is_open:
        raise _refusal("closed")
    if not Choice.objects.filter(poll=poll, pk=choice_pk).exists():
        raise _refusal("invalid_choice")
    if Vote.objects.filter(poll=poll, voter=voter.key).exists():
        raise _refusal("already_voted")
    recent = Vote.objects.recent_from_ip(poll, voter.ip_hash, IP_WINDOW)
    if recent.count() >= poll.ip_limit:
        # The window slides: a place frees up when the oldest vote that fills it turns an
        # hour old.
        oldest = recent.order_by("-created_at").values_list("created_at", flat=True)[
            poll.ip_limit - 1
        ]
        wait = max(1, math.ceil((oldest + IP_WINDOW - timezone.now()).total_seconds()))
        raise _refusal("rate_limited", wait)
    raise _refusal("retry")


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
