"""Domain events: in-transaction subscribers commit or roll back with the change; after-commit
subscribers only hear of changes that were stored."""

from dataclasses import dataclass

import pytest
from django.db import transaction

from kopbal.core import events, generations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@dataclass(frozen=True)
class Happened(events.Event):
    key: str


@pytest.fixture
def wired():
    heard = []

    def bump(event):
        generations.bump(event.key)

    def after(event):
        heard.append(event)

    events.subscribe(Happened, bump)
    events.subscribe(Happened, after, on_commit=True)
    yield heard
    events._subscribers.pop(Happened)


def test_a_stored_change_is_heard_by_both_kinds_of_subscriber(wired):
    with transaction.atomic():
        events.emit(Happened("test:stored"))
        assert wired == []  # not before the commit
    assert wired == [Happened("test:stored")]
    assert generations.read("test:stored") == (1,)


def test_a_rolled_back_change_leaves_no_trace(wired):
    with pytest.raises(RuntimeError), transaction.atomic():
        events.emit(Happened("test:rolled-back"))
        raise RuntimeError
    assert wired == []
    assert generations.read("test:rolled-back") == (0,)


def test_subscribing_twice_calls_the_handler_once():
    heard = []
    for _ in range(2):
        events.subscribe(Happened, heard.append)
    events.emit(Happened("x"))
    events._subscribers.pop(Happened)
    assert len(heard) == 1
