"""The PostgreSQL backend skips the health check only on a connection that just worked."""

import pytest
from django.db import connection

from kopbal.core.postgresql import base


class Clock:
    def __init__(self, monkeypatch):
        self.now = 500.0
        monkeypatch.setattr(base, "_clock", lambda: self.now)


@pytest.fixture
def wrapper(monkeypatch):
    """A wrapper with a stand-in connection that counts its health checks (no server)."""
    settings_dict = {
        **connection.settings_dict,
        "ENGINE": "kopbal.core.postgresql",
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        "AUTOCOMMIT": True,
    }
    db = base.DatabaseWrapper(settings_dict)
    db.connection = object()
    db.health_check_enabled = True  # as connect() sets it from CONN_HEALTH_CHECKS
    db.close_at = None
    db.checks = []
    monkeypatch.setattr(db, "get_autocommit", lambda: True)
    monkeypatch.setattr(db, "is_usable", lambda: db.checks.append("SELECT 1") or db.usable)
    db.usable = True
    db.closed = False

    def close():
        db.closed = True
        db.connection = None
        db._finished_cleanly_at = None

    monkeypatch.setattr(db, "close", close)
    return db


def request(db):
    """What Django does around a request that runs queries (close_old_connections on
    request_started and request_finished, the health check before the first query)."""
    db.close_if_unusable_or_obsolete()
    db.close_if_health_check_failed()
    db.close_if_unusable_or_obsolete()


def test_a_connection_that_just_worked_is_not_checked(wrapper, monkeypatch):
    clock = Clock(monkeypatch)
    request(wrapper)  # a connection nothing is known about yet: checked
    clock.now += 0.5
    request(wrapper)
    clock.now += 0.9
    request(wrapper)
    assert wrapper.checks == ["SELECT 1"]  # only the first


def test_a_connection_left_idle_is_checked_and_replaced_if_dead(wrapper, monkeypatch):
    clock = Clock(monkeypatch)
    request(wrapper)
    clock.now += 30  # PostgreSQL restarted meanwhile
    wrapper.usable = False
    request(wrapper)
    assert wrapper.checks == ["SELECT 1", "SELECT 1"]
    assert wrapper.closed  # Django opens a new one for the query


def test_a_connection_that_saw_an_error_is_checked_again(wrapper, monkeypatch):
    clock = Clock(monkeypatch)
    request(wrapper)
    wrapper.errors_occurred = True
    clock.now += 0.1
    request(wrapper)
    assert wrapper.checks == ["SELECT 1", "SELECT 1"]  # the second by Django, after the error
