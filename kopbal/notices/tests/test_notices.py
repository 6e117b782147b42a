"""Notices of replies and likes: who gets one, and what /api/me/ tells the header."""

import pytest
from django.test import Client

from kopbal.comments import services as comments
from kopbal.comments.tests.factories import comment_create
from kopbal.notices import services
from kopbal.notices.models import Notice

pytestmark = pytest.mark.django_db


def _reply(article, author, parent, body="Helemaal mee eens!"):
    return comments.comment_post(article=article, user=author, body=body, parent_id=parent.pk)


def _me(client, user):
    client.force_login(user)
    return client.get("/api/me/").json()


def test_a_reply_reaches_the_author_of_the_comment(client, article, anna, bert, annas_comment):
    reply = _reply(article, bert, annas_comment)
    me = _me(client, anna)
    assert me["notices"]["unread"] == 1
    latest = me["notices"]["latest"][0]
    assert latest["text"] == "Bert reageerde op je reactie onder “Derby met vuurwerk”"
    assert latest["url"].endswith(f"#reactie-{reply.pk}")
    assert latest["unread"] is True


def test_replying_to_oneself_gives_no_notice(client, article, anna, annas_comment):
    _reply(article, anna, annas_comment, body="Nog iets vergeten.")
    assert _me(client, anna)["notices"]["unread"] == 0


def test_a_held_reply_tells_nobody_until_it_is_approved(
    client, settings, article, anna, bert, annas_comment
):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 5
    reply = _reply(article, bert, annas_comment)
    assert reply.status == "pending"
    assert _me(client, anna)["notices"]["unread"] == 0
    comments.comment_approve(comment=reply, by=None)
    assert _me(client, anna)["notices"]["unread"] == 1


def test_a_rejected_reply_tells_nobody(client, settings, article, anna, bert, annas_comment):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 5
    reply = _reply(article, bert, annas_comment)
    comments.comment_reject(comment=reply, by=None, reason="Spam")
    assert not Notice.objects.exists()


def test_a_removed_reply_takes_its_notice_along(client, article, anna, bert, annas_comment):
    reply = _reply(article, bert, annas_comment)
    comments.comment_remove(comment=reply, by=None, reason="Beledigend")
    assert _me(client, anna)["notices"]["unread"] == 0


def test_a_like_gives_a_notice_and_unliking_withdraws_it(client, anna, bert, annas_comment):
    comments.comment_like(comment_id=annas_comment.pk, user=bert)
    me = _me(client, anna)
    assert me["notices"]["unread"] == 1
    assert me["notices"]["latest"][0]["text"].startswith("Bert vindt je reactie leuk")
    comments.comment_like(comment_id=annas_comment.pk, user=bert, like=False)
    assert _me(client, anna)["notices"]["unread"] == 0


def test_an_ignored_reader_sends_no_notices(client, article, anna, bert, annas_comment):
    services.reader_ignore(user=anna, ignored_id=bert.pk)
    _reply(article, bert, annas_comment)
    assert _me(client, anna)["notices"]["unread"] == 0


def test_nobody_else_sees_my_notices(client, article, anna, bert, annas_comment):
    _reply(article, bert, annas_comment)
    me = _me(client, bert)
    assert me["notices"]["unread"] == 0 and me["notices"]["latest"] == []


def test_notices_switched_off_are_not_shown(client, article, anna, bert, annas_comment):
    services.preference_update(user=anna, in_page=False, email_on_reply=False)
    _reply(article, bert, annas_comment)
    assert _me(client, anna)["notices"] is None


def test_opening_the_notices_reads_them_and_needs_csrf(article, anna, bert, annas_comment):
    _reply(article, bert, annas_comment)
    client = Client(enforce_csrf_checks=True)
    client.force_login(anna)
    assert client.post("/api/notices/read/").status_code == 403
    token = client.get("/api/me/").cookies["csrftoken"].value
    response = client.post(
        "/api/notices/read/", HTTP_X_CSRFTOKEN=token, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert client.get("/api/me/").json()["notices"]["unread"] == 0


def test_the_notice_api_for_the_header_poll(client, article, anna, bert, annas_comment):
    _reply(article, bert, annas_comment)
    assert client.get("/api/notices/").status_code == 401
    assert client.get("/api/notices/").json()["message"] == "Log in om je meldingen te zien."
    client.force_login(anna)
    response = client.get("/api/notices/")
    assert response.json()["notices"]["unread"] == 1
    assert "private" in response["Cache-Control"]


def test_anonymous_me_carries_nothing_personal(client, article, anna, bert, annas_comment):
    _reply(article, bert, annas_comment)
    me = client.get("/api/me/").json()
    assert "notices" not in me and "ignored" not in me


def test_the_cached_article_page_holds_no_notice_nor_held_comment(
    client, settings, article, anna, bert, annas_comment
):
    _reply(article, bert, annas_comment)
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 50
    comments.comment_post(article=article, user=anna, body="Deze wacht nog op goedkeuring.")
    html = client.get(article.url).content.decode()
    assert "Deze wacht nog op goedkeuring" not in html
    assert "reageerde op je reactie" not in html
    assert f'data-author="{anna.pk}"' in html  # what the script collapses by


def test_one_notice_per_reply_even_if_approved_twice(article, anna, bert, annas_comment):
    reply = comment_create(article=article, author=bert, body="Ja!", parent=annas_comment)
    comments.comment_remove(comment=reply, by=None, reason="Per ongeluk")
    comments.comment_approve(comment=reply, by=None)
    assert Notice.objects.filter(recipient=anna).count() == 1
