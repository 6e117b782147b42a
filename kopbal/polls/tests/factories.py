"""Polls with their answers, and votes, for tests."""

import factory
from django.utils import timezone

from kopbal.polls.models import Choice, Poll, Vote


def poll_create(
    *, question: str = "Wint Club Brugge de titel?", labels=("Ja", "Nee"), **fields
) -> Poll:
    """A poll with one answer per label, in that order."""
    poll = Poll.objects.create(question=question, **fields)
    for order, label in enumerate(labels):
        Choice.objects.create(poll=poll, label=label, sort_order=order)
    return poll


class VoteFactory(factory.django.DjangoModelFactory):
    """A cookie voter's vote; pass `choice` (the poll follows) or both."""

    class Meta:
        model = Vote

    poll = factory.LazyAttribute(lambda vote: vote.choice.poll)
    choice = factory.LazyAttribute(lambda vote: vote.poll.choices.first())
    voter = factory.Sequence(lambda n: f"c:test-{n}")
    ip_hash = factory.Sequence(lambda n: f"{n:064x}")
    created_at = factory.LazyFunction(timezone.now)
