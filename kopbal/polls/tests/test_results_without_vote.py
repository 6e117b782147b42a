"""'Bekijk de resultaten': the results without voting, on a page that stays cacheable."""

import pytest

from kopbal.news.tests.factories import article_create
from kopbal.polls.models import Poll, Vote

from .factories import VoteFactory, poll_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def poll():
    poll = poll_create(question="Blijft de trainer aan?", labels=("Ja", "Nee"))
    VoteFactory(choice=poll.choices.get(label="Ja"))
    VoteFactory(choice=poll.choices.get(label="Ja"))
    VoteFactory(choice=poll.choices.get(label="Nee"))
    return poll


def test_article_links_to_the_results_and_stays_the_same_for_everyone(client, news_index, poll):
    article = article_create(news_index, title="Trainer onder vuur", poll=poll)

    html = client.get(article.url).content.decode()

    assert "Bekijk de resultaten" in html
    assert f"/poll/{poll.pk}/?resultaten=1&amp;terug=" in html
    assert "csrfmiddlewaretoken" not in html and not client.cookies


def test_results_page_shows_the_counts_without_a_vote(client, poll):
    html = client.get(f"/poll/{poll.pk}/?resultaten=1").content.decode()

    assert "67%" in html and "33%" in html
    assert "3 stemmen" in html
    # The reader may still vote: the form is there, and looking cast nothing.
    assert 'name="choice"' in html
    assert Vote.objects.filter(poll=poll).count() == 3


def test_poll_page_without_the_parameter_keeps_results_for_voters(client, poll):
    html = client.get(f"/poll/{poll.pk}/").content.decode()
    assert "67%" not in html


def test_results_kept_for_the_close_are_not_shown_early(client):
    poll = poll_create(results_visibility=Poll.ResultsVisibility.WHEN_CLOSED)
    VoteFactory(choice=poll.choices.first())

    html = client.get(f"/poll/{poll.pk}/?resultaten=1").content.decode()

    assert "100%" not in html
    assert "De resultaten verschijnen" in html
