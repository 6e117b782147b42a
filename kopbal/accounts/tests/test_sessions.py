"""The session store (kopbal/accounts/sessions.py): logged in stays logged in, an expired,
unknown or tampered session is a reader who is not logged in."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from .factories import PASSWORD, user_create

pytestmark = pytest.mark.django_db


def me(client) -> dict:
    return client.get("/api/me/").json()


@pytest.fixture
def logged_in():
    user = user_create(display_name="Buffalo Bart")
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_a_logged_in_reader_stays_logged_in(logged_in):
    assert me(logged_in)["display_name"] == "Buffalo Bart"
    assert me(logged_in)["authenticated"]


def test_an_expired_session_is_a_reader_who_is_not_logged_in(logged_in):
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    assert not me(logged_in)["authenticated"]


def test_an_unknown_session_key_is_not_logged_in_and_not_reused(logged_in):
    key = logged_in.cookies["sessionid"].value
    Session.objects.filter(session_key=key).delete()
    assert not me(logged_in)["authenticated"]
    # Logging in again makes a new session: the old key, perhaps planted, is never used.
    user_create(display_name="Tweede Supporter", email="tweede@example.com")
    response = logged_in.post(
        "/accounts/login/", {"login": "tweede@example.com", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert me(logged_in)["display_name"] == "Tweede Supporter"
    assert logged_in.cookies["sessionid"].value != key
    assert not Session.objects.filter(session_key=key).exists()


def test_tampered_session_data_is_an_empty_session(logged_in):
    key = logged_in.cookies["sessionid"].value
    Session.objects.filter(session_key=key).update(session_data="nep:gegevens")
    assert not me(logged_in)["authenticated"]


@pytest.mark.parametrize("key", ["\x00abcdefghijkl", "ABCDEFGHIJKL", "abcdefgh' OR '1'='1"])
def test_a_key_no_session_could_have_loads_an_empty_session(key):
    # Django makes keys of a-z and 0-9. A NUL byte made PostgreSQL raise (a 500).
    from kopbal.accounts.sessions import SessionStore

    store = SessionStore(session_key=key)
    assert store.load() == {}
    assert store.session_key is None  # a new key if anything is stored
