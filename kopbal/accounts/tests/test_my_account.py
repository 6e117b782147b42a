"""'Mijn account': renaming, downloading one's data, deleting the account."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from kopbal.comments import services as comments
from kopbal.comments.models import Ban, Comment, Like, Report
from kopbal.polls.models import Vote
from kopbal.polls.tests.factories import poll_create

from .factories import PASSWORD, user_create

pytestmark = pytest.mark.django_db
User = get_user_model()
SETTINGS, DATA, DELETE = "/account/", "/account/gegevens.json", "/account/verwijderen/"


@pytest.fixture
def reader(db):
    return user_create(display_name="Trouwe Fan", email="fan@example.com")


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client


def test_account_pages_need_a_login(client):
    for url in (SETTINGS, DATA, DELETE):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")


def test_my_account_page_links_to_email_password_data_and_deletion(reader_client):
    response = reader_client.get(SETTINGS)
    html = response.content.decode()
    for url in (
        reverse("account_email"),
        reverse("account_change_password"),
        DATA,
        DELETE,
        reverse("account_logout"),
        "/lezer/Trouwe%20Fan/",
    ):
        assert f'"{url}"' in html, url
    assert "no-store" in response["Cache-Control"]


def test_reader_changes_display_name(reader_client, reader):
    response = reader_client.post(SETTINGS, {"display_name": "Nieuwe Naam"})
    assert response.status_code == 302
    reader.refresh_from_db()
    assert reader.display_name == "Nieuwe Naam"


def test_new_display_name_follows_the_same_rules(reader_client, reader):
    user_create(display_name="Bezet", email="bezet@example.com")
    for name in ("bEZET", "Redactie", "<b>Vet</b>", "a"):
        response = reader_client.post(SETTINGS, {"display_name": name})
        assert response.status_code == 200, name
        assert response.context["form"].errors["display_name"], name
        assert "Trouwe Fan" in response.content.decode()  # the page keeps the real name
    reader.refresh_from_db()
    assert reader.display_name == "Trouwe Fan"
    # Changing only the case of one's own name is fine.
    assert reader_client.post(SETTINGS, {"display_name": "trouwe fan"}).status_code == 302


def test_download_my_data_has_my_comments_and_votes_and_nothing_of_others(
    reader_client, reader, article
):
    other = user_create(display_name="Iemand Anders", email="anders@example.com")
    mine = Comment.objects.create(article=article, author=reader, body="Mijn reactie")
    Comment.objects.create(article=article, author=reader, body="Weggehaald", status="removed")
    theirs = Comment.objects.create(
        article=article, author=other, body="Geheim van een ander", parent=mine
    )
    Like.objects.create(comment=theirs, user=reader)
    Report.objects.create(comment=theirs, user=reader, reason="Beledigend")
    Like.objects.create(comment=mine, user=other)
    poll = poll_create(question="Wie wordt kampioen?", labels=("Club Brugge", "Anderlecht"))
    choice = poll.choices.first()
    Vote.objects.create(poll=poll, choice=choice, voter=f"u:{reader.pk}", ip_hash="x", user=reader)
    Vote.objects.create(poll=poll, choice=choice, voter=f"u:{other.pk}", ip_hash="y", user=other)
    Ban.objects.create(user=reader, card="yellow", reason="Te fel")

    response = reader_client.get(DATA)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="kopbal-gegevens.json"'
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "fan@example.com"
    assert data["account"]["display_name"] == "Trouwe Fan"
    assert data["email_addresses"] == [
        {"email": "fan@example.com", "verified": True, "primary": True}
    ]
    assert {c["body"] for c in data["comments"]} == {"Mijn reactie", "Weggehaald"}
    assert {c["status"] for c in data["comments"]} == {"visible", "removed"}
    assert data["comments"][0]["article"]["title"] == "Derby met vuurwerk"
    assert data["likes"] == [
        {"comment_id": theirs.pk, "created_at": data["likes"][0]["created_at"]}
    ]
    assert data["reports"][0]["reason"] == "Beledigend"
    assert data["poll_votes"] == [
        {
            "poll": "Wie wordt kampioen?",
            "choice": choice.label,
            "created_at": data["poll_votes"][0]["created_at"],
        }
    ]
    assert data["bans"][0]["card"] == "yellow"
    text = response.content.decode()
    assert "Geheim van een ander" not in text
    assert "anders@example.com" not in text


def test_download_is_get_only(reader_client):
    assert reader_client.post(DATA).status_code == 405


@pytest.fixture
def discussion(article, reader, no_moderation_hold):
    """The reader's comment, another reader's reply to it, and the reader's reply back."""
    other = user_create(display_name="Tegenstander", email="tegen@example.com")
    top = comments.comment_post(article=article, user=reader, body="Wat een match!")
    reply = comments.comment_post(
        article=article, user=other, body="Helemaal mee eens", parent_id=top.pk
    )
    comments.comment_post(article=article, user=reader, body="Dank je", parent_id=top.pk)
    comments.comment_like(comment_id=reply.pk, user=reader)
    article.refresh_from_db()
    assert article.comment_count == 3
    return top, reply


def test_deleting_with_the_wrong_password_changes_nothing(reader_client, reader, discussion):
    response = reader_client.post(DELETE, {"password": "niet-mijn-wachtwoord"})
    assert response.status_code == 200
    assert response.context["form"].errors["password"]
    assert User.objects.filter(pk=reader.pk).exists()
    assert Comment.objects.filter(author=reader, status="visible").count() == 2
    assert "_auth_user_id" in reader_client.session


def test_deleting_the_account_erases_the_reader_and_blanks_their_comments(
    reader_client, reader, discussion, article
):
    top, reply = discussion
    assert reader_client.get(DELETE).status_code == 200
    response = reader_client.post(DELETE, {"password": PASSWORD}, follow=False)
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert not User.objects.filter(pk=reader.pk).exists()
    assert "_auth_user_id" not in reader_client.session

    top.refresh_from_db()
    assert (top.status, top.body, top.author) == ("deleted", "", None)
    assert Comment.objects.filter(status="deleted", author=None).count() == 2
    reply.refresh_from_db()
    assert reply.status == "visible" and reply.parent_id == top.pk
    assert reply.like_count == 0  # the deleted reader's like went with them
    article.refresh_from_db()
    assert article.comment_count == 1

    # The home page is cached for everyone; the goodbye comes with /api/me/.
    me = reader_client.get("/api/me/").json()
    assert me["authenticated"] is False
    assert [m["level"] for m in me["messages"]] == ["success"]
    assert reader_client.get("/api/me/").json()["messages"] == []  # shown once


def test_editors_cannot_delete_their_account_here(client):
    editor = user_create(display_name=None, username="redacteur", is_staff=True)
    client.force_login(editor)
    response = client.post(DELETE, {"password": PASSWORD})
    assert response.status_code == 200
    assert User.objects.filter(pk=editor.pk).exists()
