"""The JSON API the page script and a future app vote through."""

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from kopbal.polls.models import Poll, Vote

from .factories import poll_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def poll():
    return poll_create(question="Haalt Genk Play-Off I?", labels=("Ja", "Nee"))


@pytest.fixture
def reader(client, poll):
    """A browser that has loaded the poll once, so it holds its voter cookie."""
    assert client.get(f"/api/polls/{poll.pk}/").status_code == 200
    return client


def vote(client, poll, choice, **extra):
    return client.post(f"/api/polls/{poll.pk}/vote/", {"choice": choice}, **extra)


def test_reading_a_poll_gives_its_state_and_a_voter_cookie(client, poll):
    response = client.get(f"/api/polls/{poll.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert body["question"] == "Haalt Genk Play-Off I?"
    assert body["open"] is True
    assert body["closes_at"] is None
    assert body["my_vote"] is None
    assert [c["label"] for c in body["choices"]] == ["Ja", "Nee"]
    assert "kopbal_voter" in response.cookies
    assert response.cookies["kopbal_voter"]["httponly"]
    assert "private" in response["Cache-Control"]


def test_results_stay_hidden_until_the_reader_votes(reader, poll):
    body = reader.get(f"/api/polls/{poll.pk}/").json()
    assert all(c["votes"] is None and c["percent"] is None for c in body["choices"])


def test_vote_is_counted_and_answered_with_201_and_results(reader, poll):
    ja, nee = poll.choices.all()
    response = vote(reader, poll, ja.pk)
    assert response.status_code == 201
    body = response.json()
    assert body["my_vote"] == ja.pk
    assert body["total"] == 1
    assert body["choices"][0] == {"id": ja.pk, "label": "Ja", "votes": 1, "percent": 100}
    assert body["choices"][1] == {"id": nee.pk, "label": "Nee", "votes": 0, "percent": 0}
    assert reader.get(f"/api/polls/{poll.pk}/").json()["my_vote"] == ja.pk


def test_vote_as_json_body_works_too(reader, poll):
    nee = poll.choices.last()
    response = reader.post(
        f"/api/polls/{poll.pk}/vote/",
        json.dumps({"choice": nee.pk}),
        content_type="application/json",
    )
    assert response.status_code == 201
    assert response.json()["my_vote"] == nee.pk


def assert_refused(response, status, code):
    assert response.status_code == status
    body = response.json()
    assert body["error"] == code
    assert body["message"]  # a sentence for the reader, in Dutch
    assert Vote.objects.count() == 0 or code == "already_voted"


def test_second_vote_is_refused_with_409(reader, poll):
    ja, nee = poll.choices.all()
    vote(reader, poll, ja.pk)
    response = vote(reader, poll, nee.pk)
    assert_refused(response, 409, "already_voted")
    assert "al gestemd" in response.json()["message"]
    assert list(Vote.objects.values_list("choice", flat=True)) == [ja.pk]


def test_unknown_poll_is_404(reader):
    response = reader.post("/api/polls/999999/vote/", {"choice": 1})
    assert_refused(response, 404, "not_found")
    assert reader.get("/api/polls/999999/").status_code == 404


@pytest.mark.parametrize("choice", ["", "abc", "1.5", None])
def test_missing_or_malformed_choice_is_400(reader, poll, choice):
    data = {} if choice is None else {"choice": choice}
    response = reader.post(f"/api/polls/{poll.pk}/vote/", data)
    assert_refused(response, 400, "invalid_choice")


def test_choice_of_another_poll_is_400(reader, poll):
    other = poll_create(question="Andere vraag")
    response = vote(reader, poll, other.choices.first().pk)
    assert_refused(response, 400, "invalid_choice")


def test_closed_poll_refuses_votes_with_403_and_the_reason(reader, poll):
    Poll.objects.filter(pk=poll.pk).update(is_closed=True)
    response = vote(reader, poll, poll.choices.first().pk)
    assert_refused(response, 403, "closed")
    assert "gesloten" in response.json()["message"]


def test_poll_past_its_closing_time_refuses_votes(reader, poll):
    Poll.objects.filter(pk=poll.pk).update(closes_at=timezone.now() - timedelta(minutes=1))
    assert_refused(vote(reader, poll, poll.choices.first().pk), 403, "closed")
    assert reader.get(f"/api/polls/{poll.pk}/").json()["open"] is False


def test_vote_without_voter_cookie_is_refused(client, poll):
    assert_refused(vote(client, poll, poll.choices.first().pk), 400, "no_voter")


def test_tampered_voter_cookie_is_refused(reader, poll):
    value = reader.cookies["kopbal_voter"].value
    reader.cookies["kopbal_voter"] = value[:-3] + ("AAA" if not value.endswith("AAA") else "BBB")
    assert_refused(vote(reader, poll, poll.choices.first().pk), 400, "no_voter")


def test_forged_unsigned_cookie_is_refused(client, poll):
    client.cookies["kopbal_voter"] = "i-made-this-up"
    assert_refused(vote(client, poll, poll.choices.first().pk), 400, "no_voter")


def test_new_cookie_per_vote_runs_into_the_ip_ceiling(poll, settings):
    settings.KOPBAL_POLL_VOTES_PER_IP_PER_HOUR = 3
    ja = poll.choices.first()
    statuses = []
    for _ in range(5):
        browser = Client()  # a fresh cookie each time: the classic stuffing script
        browser.get(f"/api/polls/{poll.pk}/")
        statuses.append(vote(browser, poll, ja.pk).status_code)
    assert statuses == [201, 201, 201, 429, 429]
    assert Vote.objects.count() == 3
    # Another connection is not affected.
    other = Client(REMOTE_ADDR="10.1.2.3")
    other.get(f"/api/polls/{poll.pk}/")
    assert vote(other, poll, ja.pk).status_code == 201


def test_a_voter_over_the_ceiling_who_voted_already_hears_that_first(poll, settings):
    # The refusals come in the order readers hear them, whichever the database checks
    # first: "you voted already" beats "too many votes from your connection".
    settings.KOPBAL_POLL_VOTES_PER_IP_PER_HOUR = 1
    ja = poll.choices.first()
    reader = Client()
    reader.get(f"/api/polls/{poll.pk}/")
    assert vote(reader, poll, ja.pk).status_code == 201
    again = vote(reader, poll, ja.pk)
    assert again.status_code == 409
    assert again.json()["error"] == "already_voted"
    neighbour = Client()
    neighbour.get(f"/api/polls/{poll.pk}/")
    assert vote(neighbour, poll, ja.pk).json()["error"] == "rate_limited"
    assert Vote.objects.count() == 1


def test_poll_can_override_the_ip_ceiling(poll, settings):
    settings.KOPBAL_POLL_VOTES_PER_IP_PER_HOUR = 100
    Poll.objects.filter(pk=poll.pk).update(ip_limit_per_hour=1)
    first, second = Client(), Client()
    for browser in (first, second):
        browser.get(f"/api/polls/{poll.pk}/")
    assert vote(first, poll, poll.choices.first().pk).status_code == 201
    response = vote(second, poll, poll.choices.first().pk)
    assert response.status_code == 429
    assert response.json()["error"] == "rate_limited"


def test_get_on_the_vote_url_is_405_with_a_message(reader, poll):
    response = reader.get(f"/api/polls/{poll.pk}/vote/")
    assert response.status_code == 405
    assert response.json()["message"]


def test_vote_without_csrf_token_is_refused_with_a_dutch_message(poll):
    browser = Client(enforce_csrf_checks=True)
    browser.get(f"/api/polls/{poll.pk}/")
    response = vote(browser, poll, poll.choices.first().pk)
    assert response.status_code == 403
    assert response.json()["error"] == "csrf"
    assert "Herlaad" in response.json()["message"]
    assert Vote.objects.count() == 0


def test_vote_with_csrf_token_from_the_cookie_is_accepted(poll):
    browser = Client(enforce_csrf_checks=True)
    browser.get(f"/api/polls/{poll.pk}/")
    token = browser.cookies["csrftoken"].value
    response = vote(browser, poll, poll.choices.first().pk, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 201


@pytest.mark.parametrize(
    ("visibility", "voted", "visible"),
    [
        ("always", False, True),
        ("after_vote", False, False),
        ("after_vote", True, True),
        ("when_closed", True, False),
    ],
)
def test_results_visibility_follows_the_editors_choice(reader, poll, visibility, voted, visible):
    Poll.objects.filter(pk=poll.pk).update(results_visibility=visibility)
    if voted:
        vote(reader, poll, poll.choices.first().pk)
    body = reader.get(f"/api/polls/{poll.pk}/").json()
    assert (body["choices"][0]["votes"] is not None) is visible


def test_closed_poll_shows_results_to_everyone_after_vote_mode(client, poll):
    Poll.objects.filter(pk=poll.pk).update(is_closed=True)
    body = client.get(f"/api/polls/{poll.pk}/").json()
    assert body["choices"][0]["votes"] == 0


def test_ip_address_is_stored_only_as_a_keyed_hash(reader, poll):
    vote(reader, poll, poll.choices.first().pk, REMOTE_ADDR="203.0.113.7")
    stored = Vote.objects.get()
    assert "203.0.113.7" not in stored.ip_hash
    assert len(stored.ip_hash) == 64
    import hashlib

    assert stored.ip_hash != hashlib.sha256(b"203.0.113.7").hexdigest()
