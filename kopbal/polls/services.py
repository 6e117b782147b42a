"""Casting a vote: every check, the write and its side effects in one transaction."""

import logging

from django.db import IntegrityError, connection, transaction
from django.utils.translation import gettext_lazy as _

from .models import Choice, Poll, Vote
from .voters import Voter

logger = logging.getLogger("kopbal.polls")


class VoteRefused(Exception):
    """A vote that was not counted, with the HTTP status and the reader's message."""

    status = 400
    code = "refused"

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class PollClosed(VoteRefused):
    status, code = 403, "closed"


class InvalidChoice(VoteRefused):
    status, code = 400, "invalid_choice"


class AlreadyVoted(VoteRefused):
    status, code = 409, "already_voted"


class TooManyVotes(VoteRefused):
    status, code = 429, "rate_limited"


def _lock_ip(poll: Poll, ip_hash: str) -> None:
    """Serialise votes from one IP address on one poll, so the ceiling check is exact.

    SQLite already runs one write transaction at a time (IMMEDIATE mode); PostgreSQL takes a
    transaction-scoped advisory lock on (poll, address), which never blocks other voters.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s, %s)",
                [poll.pk % 2**31, int(ip_hash[:8], 16) - 2**31],
            )


def vote_cast(*, poll: Poll, choice_id, voter: Voter) -> Vote:
    """Count `voter`'s vote for `choice_id` in `poll`, or raise VoteRefused."""
    try:
        choice_pk = int(choice_id)
    except (TypeError, ValueError):
        raise InvalidChoice(_("Choose one of the answers.")) from None
    try:
        with transaction.atomic():
            vote = _vote_cast(poll=poll, choice_pk=choice_pk, voter=voter)
    except IntegrityError:
        # The same voter voting twice at the same moment: the constraint decides.
        raise AlreadyVoted(_("You have already voted in this poll.")) from None
    logger.debug("Vote %s counted for poll %s", vote.pk, poll.pk)
    return vote


def _vote_cast(*, poll: Poll, choice_pk: int, voter: Voter) -> Vote:
    _lock_ip(poll, voter.ip_hash)
    if not poll.is_open:
        raise PollClosed(_("This poll is closed: voting is no longer possible."))
    choice = Choice.objects.filter(poll=poll, pk=choice_pk).first()
    if choice is None:
        raise InvalidChoice(_("That answer does not belong to this poll."))
    if Vote.objects.filter(poll=poll, voter=voter.key).exists():
        raise AlreadyVoted(_("You have already voted in this poll."))
    if Vote.objects.recent_from_ip(poll, voter.ip_hash).count() >= poll.ip_limit:
        raise TooManyVotes(
            _("Too many votes from your internet connection in the last hour. Try again later.")
        )
    return Vote.objects.create(
        poll=poll, choice=choice, voter=voter.key, ip_hash=voter.ip_hash, user=voter.user
    )
