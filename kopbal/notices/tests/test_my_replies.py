""" "Mijn reacties": replies to me and my own comments, held ones included; private."""

import pytest

from kopbal.comments import services as comments
from kopbal.comments.tests.factories import comment_create

pytestmark = pytest.mark.django_db


def test_replies_to_me_newest_first_with_a_link_in_place(
    client, article, anna, bert, annas_comment
):
    first = comment_create(article=article, author=bert, body="Eerste", parent=annas_comment)
    second = comment_create(article=article, author=bert, body="Tweede", parent=annas_comment)
    client.force_login(anna)
    response = client.get("/account/reacties/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Tweede") < html.index("Eerste")
    assert f"{article.url}#reactie-{second.pk}" in html
    assert f"{article.url}#reactie-{first.pk}" in html
    assert "Derby met vuurwerk" in html


def test_my_held_comment_is_listed_as_waiting(client, settings, article, anna):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 5
    comments.comment_post(article=article, user=anna, body="Een eerste reactie van Anna")
    client.force_login(anna)
    html = client.get("/account/reacties/").content.decode()
    assert "Een eerste reactie van Anna" in html
    assert "Wacht op goedkeuring" in html


def test_nobody_else_sees_my_held_comment(client, settings, article, anna, bert):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 5
    comments.comment_post(article=article, user=anna, body="Een eerste reactie van Anna")
    client.force_login(bert)
    assert "Een eerste reactie van Anna" not in client.get("/account/reacties/").content.decode()


def test_the_page_is_private_and_reads_the_notices(client, article, anna, bert, annas_comment):
    comment_create(article=article, author=bert, body="Antwoord", parent=annas_comment)
    client.force_login(anna)
    assert client.get("/api/me/").json()["notices"]["unread"] == 1
    response = client.get("/account/reacties/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert client.get("/api/me/").json()["notices"]["unread"] == 0


def test_anonymous_readers_are_sent_to_log_in(client):
    response = client.get("/account/reacties/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("query", ["?pagina=abc", "?pagina=0", "?pagina=9", "?eigen=-1"])
def test_a_bad_page_number_is_a_404(client, anna, query):
    client.force_login(anna)
    assert client.get("/account/reacties/" + query).status_code == 404


def test_linked_from_my_account(client, anna):
    client.force_login(anna)
    assert 'href="/account/reacties/"' in client.get("/account/").content.decode()


def test_head_answers_like_get_but_reads_nothing(client, article, anna, bert, annas_comment):
    comment_create(article=article, author=bert, body="Antwoord", parent=annas_comment)
    client.force_login(anna)
    assert client.head("/account/reacties/").status_code == 200
    assert client.get("/api/me/").json()["notices"]["unread"] == 1
