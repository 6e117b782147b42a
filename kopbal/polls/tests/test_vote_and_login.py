"""One vote per reader across log-in: a browser's anonymous vote follows it into the account."""

import pytest
from django.test import Client

from kopbal.accounts.tests.factories import PASSWORD, user_create
from kopbal.polls.models import Vote

from .factories import poll_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def poll():
    return poll_create(question="Wint Club Brugge de beker?", labels=("Ja", "Nee"))


def vote(client, poll, choice):
    return client.post(f"/api/polls/{poll.pk}/vote/", {"choice": choice})


def log_in(client, email):
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302


def test_voting_anonymously_then_logging_in_gives_no_second_vote(poll):
    reader = user_create(display_name="Stemmer", email="stem@example.com")
    browser = Client()
    browser.get(f"/api/polls/{poll.pk}/")  # the voter cookie
    ja, nee = poll.choices.all()
    assert vote(browser, poll, ja.pk).status_code == 201
    log_in(browser, "stem@example.com")
    response = vote(browser, poll, nee.pk)
    assert response.status_code == 409
    assert Vote.objects.count() == 1
    stored = Vote.objects.get()
    assert (stored.user, stored.choice) == (reader, ja)
    assert browser.get(f"/api/polls/{poll.pk}/").json()["my_vote"] == ja.pk


def test_an_account_that_voted_already_keeps_one_vote(poll):
    reader = user_create(display_name="Stemmer", email="stem@example.com")
    ja, nee = poll.choices.all()
    phone = Client()
    phone.force_login(reader)
    assert vote(phone, poll, ja.pk).status_code == 201
    laptop = Client()
    laptop.get(f"/api/polls/{poll.pk}/")
    assert vote(laptop, poll, nee.pk).status_code == 201  # not logged in yet: a second vote
    log_in(laptop, "stem@example.com")
    assert Vote.objects.count() == 1
    assert Vote.objects.get().choice == ja
    assert laptop.get(f"/api/polls/{poll.pk}/").json()["total"] == 1


def test_the_ip_ceiling_says_when_a_vote_counts_again(poll, settings):
    settings.KOPBAL_POLL_VOTES_PER_IP_PER_HOUR = 1
    ja = poll.choices.first()
    first, second = Client(), Client()
    for browser in (first, second):
        browser.get(f"/api/polls/{poll.pk}/")
    assert vote(first, poll, ja.pk).status_code == 201
    response = vote(second, poll, ja.pk)
    assert response.status_code == 429
    assert 3500 < int(response["Retry-After"]) <= 3600
    assert "Probeer het over 60 minuten opnieuw" in response.json()["message"]
