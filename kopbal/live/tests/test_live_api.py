"""The live documents: shared, public for seconds, nothing personal, and current."""

import pytest
from django.test import Client

from kopbal.comments.services import comment_approve, comment_post
from kopbal.comments.tests.conftest import reader_create
from kopbal.news.tests.factories import article_create
from kopbal.polls.models import Poll
from kopbal.polls.tests.factories import VoteFactory, poll_create

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def trusted_readers(settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0


@pytest.fixture
def article(news_index):
    return article_create(news_index, title="Derby met vuurwerk")


def _ids(response) -> list[int]:
    return [c["id"] for c in response.json()["comments"]]


def test_article_state_lists_new_comments_newest_first_with_parents(client, article):
    author = reader_create("Schrijver")
    first = comment_post(article=article, user=author, body="Wat een match!")
    fan = reader_create("Fan")
    reply = comment_post(article=article, user=fan, body="Zeker", parent_id=first.pk)

    response = client.get(f"/api/live/artikel/{article.pk}/")

    assert response.status_code == 200
    comments = response.json()["comments"]
    assert [c["id"] for c in comments] == [reply.pk, first.pk]
    assert comments[0]["parent"] == first.pk
    assert comments[1]["parent"] is None


def test_live_answers_are_public_for_seconds_and_hold_nothing_personal(client, article):
    comment_post(article=article, user=reader_create("Schrijver"), body="Mooi zo")
    reader = reader_create("Lezer")
    client.force_login(reader)

    for url in (
        f"/api/live/artikel/{article.pk}/",
        f"/api/live/artikel/{article.pk}/reacties/",
        "/api/live/home/",
        "/api/live/home/artikels/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        control = response["Cache-Control"]
        assert "public" in control and "s-maxage=2" in control, url
        assert "Set-Cookie" not in response, url
        body = response.content.decode()
        # A logged-in reader gets what everyone gets: no name, no form token, no actions.
        assert "lezer" not in body.lower(), url
        assert "csrfmiddlewaretoken" not in body, url
        assert Client().get(url).content == response.content, url


def test_fragment_renders_the_new_comments_escaped(client, article):
    comment = comment_post(
        article=article, user=reader_create("Schrijver"), body='Goal! 5 > 3 & <3 voor "ons"'
    )

    entry = client.get(f"/api/live/artikel/{article.pk}/reacties/").json()["comments"][0]

    assert entry["id"] == comment.pk
    assert f'id="reactie-{comment.pk}"' in entry["html"]
    assert "5 &gt; 3 &amp; &lt;3" in entry["html"]


def test_approving_a_held_comment_puts_it_in_the_state(client, article, settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 5
    held = comment_post(article=article, user=reader_create("Nieuwkomer"), body="Eerste keer")
    url = f"/api/live/artikel/{article.pk}/"
    before = client.get(url).json()
    assert held.pk not in [c["id"] for c in before["comments"]]

    comment_approve(comment=held, by=reader_create("Moderator", is_staff=True))

    after = client.get(url).json()
    assert held.pk in [c["id"] for c in after["comments"]]
    assert after["version"] != before["version"]


def test_state_is_built_once_per_change(client, article, django_assert_max_num_queries):
    url = f"/api/live/artikel/{article.pk}/"
    client.get(url)
    # The answer comes from the cache: one read of the generations.
    with django_assert_max_num_queries(1):
        client.get(url)


@pytest.mark.parametrize(
    "url",
    [
        "/api/live/artikel/999999/",
        "/api/live/artikel/999999/reacties/",
        "/api/live/poll/999999/",
    ],
)
def test_unknown_subject_is_a_dutch_404(client, url, news_index):
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["message"] in ("Dit artikel bestaat niet.", "Deze poll bestaat niet.")
    assert "no-store" in response["Cache-Control"]


def test_unpublished_article_has_no_live_state(client, news_index):
    draft = article_create(news_index, title="Nog geheim", live=False)
    assert client.get(f"/api/live/artikel/{draft.pk}/").status_code == 404


@pytest.mark.parametrize(
    "url", ["/api/live/artikel/abc/", "/api/live/artikel/99999999999999999999/"]
)
def test_bad_article_id_is_not_found(client, url):
    assert client.get(url).status_code == 404


def test_writing_to_a_live_document_is_refused_in_dutch(client, article):
    response = client.post(f"/api/live/artikel/{article.pk}/")
    assert response.status_code == 405
    assert response.json()["message"] == "Gebruik GET."


def test_home_state_lists_the_newest_articles_and_follows_a_publish(client, news_index):
    older = article_create(news_index, title="Gisteren")
    first = client.get("/api/live/home/").json()
    assert first["articles"][0] == older.pk

    newer = article_create(news_index, title="Net binnen")

    second = client.get("/api/live/home/").json()
    assert second["articles"][:2] == [newer.pk, older.pk]
    html = client.get("/api/live/home/artikels/").json()["articles"][0]
    assert html["id"] == newer.pk and "Net binnen" in html["html"]


def test_poll_results_are_shared_without_voting(client):
    poll = poll_create(labels=("Ja", "Nee"))
    yes = poll.choices.get(label="Ja")
    VoteFactory(choice=yes)
    VoteFactory(choice=yes)
    VoteFactory(choice=poll.choices.get(label="Nee"))

    response = client.get(f"/api/live/poll/{poll.pk}/")

    body = response.json()
    assert body["results_visible"] is True
    assert [(c["label"], c["votes"], c["percent"]) for c in body["choices"]] == [
        ("Ja", 2, 67),
        ("Nee", 1, 33),
    ]
    assert "my_vote" not in body
    assert "public" in response["Cache-Control"]
    assert poll.votes.count() == 3  # looking is not voting


def test_poll_results_kept_for_the_close_stay_hidden(client):
    poll = poll_create(results_visibility=Poll.ResultsVisibility.WHEN_CLOSED)
    VoteFactory(choice=poll.choices.first())

    body = client.get(f"/api/live/poll/{poll.pk}/").json()

    assert body["results_visible"] is False
    assert body["total"] is None
    assert all(c["votes"] is None for c in body["choices"])
