"""Voting without JavaScript: the plain form on the poll page, then back to the article."""

import pytest
from django.test import Client

from kopbal.news.tests.factories import article_create
from kopbal.polls.models import Poll, Vote

from .factories import poll_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def poll():
    return poll_create(question="Blijft de trainer aan?", labels=("Ja", "Nee", "Weet niet"))


@pytest.fixture
def article(news_index, poll):
    return article_create(news_index, title="Trainer onder vuur", poll=poll)


def test_article_shows_the_poll_question_and_answers_for_everyone(client, article, poll):
    html = client.get(article.url).content.decode()
    assert 'id="poll"' in html
    assert "Blijft de trainer aan?" in html
    for label in ("Ja", "Nee", "Weet niet"):
        assert f"<span>{label}</span>" in html
    # The cached article holds nothing personal: no token, no cookie.
    assert "csrfmiddlewaretoken" not in html
    assert not client.cookies


def test_poll_article_shows_poll_first_and_POLL_in_the_headline(client, news_index, poll):
    article = article_create(
        news_index, title="Wie wordt kampioen?", poll=poll, is_poll_article=True
    )
    html = client.get(article.url).content.decode()
    assert "POLL: Wie wordt kampioen?" in html
    assert html.index('id="poll"') < html.index('class="article__body"')
    assert "POLL: Wie wordt kampioen?" in client.get("/").content.decode()


def test_poll_article_shows_its_poll_once(client, news_index, poll):
    article = article_create(
        news_index, title="Wie wordt kampioen?", poll=poll, is_poll_article=True
    )
    html = client.get(article.url).content.decode()
    # Twice would repeat the question and give two landmarks with one name (axe: landmark-unique).
    assert html.count('id="poll"') == 1
    assert html.count("Blijft de trainer aan?</h2>") == 1


def test_reader_without_javascript_votes_and_returns_to_the_poll_on_the_article(article, poll):
    browser = Client(enforce_csrf_checks=True)
    nee = poll.choices.get(label="Nee")
    # The article's form is a GET to the poll page, with the chosen answer preselected.
    page = browser.get(f"/poll/{poll.pk}/", {"keuze": nee.pk, "terug": article.url})
    html = page.content.decode()
    assert page.status_code == 200
    assert f'value="{nee.pk}" required checked' in html
    assert "Bevestig mijn stem" in html

    token = browser.cookies["csrftoken"].value
    response = browser.post(
        f"/poll/{poll.pk}/stem/",
        {"choice": nee.pk, "terug": article.url, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}#poll"
    assert Vote.objects.get().choice == nee

    # Back on the poll page the reader sees the thanks and the results.
    again = browser.get(f"/poll/{poll.pk}/").content.decode()
    assert "je stem is geteld" in again
    assert "100%" in again


def test_form_post_without_token_is_refused_with_a_dutch_page(article, poll):
    browser = Client(enforce_csrf_checks=True)
    browser.get(f"/poll/{poll.pk}/")
    response = browser.post(f"/poll/{poll.pk}/stem/", {"choice": poll.choices.first().pk})
    assert response.status_code == 403
    assert "Er werd niets gewijzigd" in response.content.decode()
    assert Vote.objects.count() == 0


@pytest.mark.parametrize(
    ("setup", "status", "message"),
    [
        ("second_vote", 409, "al gestemd"),
        ("closed", 403, "gesloten"),
        ("bad_choice", 400, "hoort niet bij deze poll"),
        ("no_cookie", 400, "cookie"),
    ],
)
def test_refused_form_vote_explains_why_and_changes_nothing(
    client, article, poll, setup, status, message
):
    client.get(f"/poll/{poll.pk}/")
    choice = poll.choices.first().pk
    if setup == "second_vote":
        client.post(f"/poll/{poll.pk}/stem/", {"choice": choice})
    elif setup == "closed":
        Poll.objects.filter(pk=poll.pk).update(is_closed=True)
    elif setup == "bad_choice":
        choice = poll_create(question="Iets anders").choices.first().pk
    elif setup == "no_cookie":
        client.cookies.pop("kopbal_voter")
    before = Vote.objects.count()
    response = client.post(f"/poll/{poll.pk}/stem/", {"choice": choice})
    assert response.status_code == status
    assert message in response.content.decode()
    assert Vote.objects.count() == before


def test_return_address_on_another_site_is_ignored(client, article, poll):
    client.get(f"/poll/{poll.pk}/")
    response = client.post(
        f"/poll/{poll.pk}/stem/",
        {"choice": poll.choices.first().pk, "terug": "https://evil.example/phish"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}#poll"


def test_get_on_the_form_vote_url_is_405(client, poll):
    response = client.get(f"/poll/{poll.pk}/stem/")
    assert response.status_code == 405
    assert Vote.objects.count() == 0


def test_unknown_poll_page_is_404(client, site_tree):
    assert client.get("/poll/424242/").status_code == 404
    assert client.post("/poll/424242/stem/", {"choice": 1}).status_code == 404
