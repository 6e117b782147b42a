"""Ignoring a reader: their comments collapse for me (by the ids in /api/me/), reversible
from "Mijn account"."""

import pytest
from django.test import Client

from kopbal.comments.tests.conftest import reader_create
from kopbal.notices.models import IgnoredReader

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


def test_ignoring_a_reader_puts_their_id_in_api_me(client, anna, bert):
    client.force_login(anna)
    response = client.post(f"/lezer/{bert.pk}/negeren/", **JSON)
    assert response.status_code == 200 and response.json()["ignored"] is True
    assert client.get("/api/me/").json()["ignored"] == [bert.pk]


def test_ignoring_without_javascript_redirects_back_with_a_message(client, anna, bert):
    client.force_login(anna)
    response = client.post(
        f"/lezer/{bert.pk}/negeren/", {"next": "/nieuws/derby/#reactie-3"}, follow=True
    )
    assert response.redirect_chain[0][0] == "/nieuws/derby/#reactie-3"
    assert IgnoredReader.objects.filter(user=anna, ignored=bert).exists()


def test_ignoring_twice_stores_one_row(client, anna, bert):
    client.force_login(anna)
    client.post(f"/lezer/{bert.pk}/negeren/", **JSON)
    client.post(f"/lezer/{bert.pk}/negeren/", **JSON)
    assert IgnoredReader.objects.count() == 1


def test_settings_list_the_ignored_and_undo_it(client, anna, bert):
    client.force_login(anna)
    client.post(f"/lezer/{bert.pk}/negeren/", **JSON)
    html = client.get("/account/").content.decode()
    assert "Bert" in html and "Niet meer negeren" in html
    response = client.post(
        f"/lezer/{bert.pk}/negeren/", {"action": "unignore", "next": "/account/"}, follow=True
    )
    assert "Je ziet de reacties van deze lezer weer." in response.content.decode()
    assert client.get("/api/me/").json()["ignored"] == []


def test_one_cannot_ignore_oneself(client, anna):
    client.force_login(anna)
    response = client.post(f"/lezer/{anna.pk}/negeren/", **JSON)
    assert response.status_code == 400
    assert response.json()["message"] == "Je kunt jezelf niet negeren."


def test_the_editors_cannot_be_ignored(client, anna):
    editor = reader_create("Redactie", is_staff=True)
    client.force_login(anna)
    response = client.post(f"/lezer/{editor.pk}/negeren/")
    assert response.status_code == 403
    assert "De redactie kun je niet negeren" in response.content.decode()


def test_an_unknown_reader_is_a_404(client, anna):
    client.force_login(anna)
    assert client.post("/lezer/999999/negeren/", **JSON).status_code == 404


def test_anonymous_readers_are_asked_to_log_in(client, bert):
    assert client.post(f"/lezer/{bert.pk}/negeren/", **JSON).status_code == 401
    response = client.post(f"/lezer/{bert.pk}/negeren/", {"next": "/lezer/Bert/"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not IgnoredReader.objects.exists()


def test_ignoring_needs_csrf(anna, bert):
    client = Client(enforce_csrf_checks=True)
    client.force_login(anna)
    assert client.post(f"/lezer/{bert.pk}/negeren/").status_code == 403
    assert not IgnoredReader.objects.exists()


def test_ignore_is_offered_under_other_readers_comments_only(
    client, article, anna, bert, annas_comment
):
    from kopbal.comments.tests.factories import comment_create

    comment_create(article=article, author=bert, body="Ik ben Bert.")
    client.force_login(anna)
    html = client.get(article.url).content.decode()
    assert f'action="/lezer/{bert.pk}/negeren/"' in html
    assert f'action="/lezer/{anna.pk}/negeren/"' not in html


def test_the_cached_profile_page_carries_no_csrf_token(client, bert):
    response = client.get("/lezer/Bert/")
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "csrftoken" not in response.cookies


def test_my_data_download_holds_my_notice_settings_and_whom_i_ignore(client, anna, bert):
    client.force_login(anna)
    client.post(f"/lezer/{bert.pk}/negeren/", **JSON)
    client.post("/account/meldingen/", {"in_page": "on", "email_on_reply": "on"})
    data = client.get("/account/gegevens.json").json()
    assert data["notice_settings"]["email_on_reply"] is True
    assert [entry["name"] for entry in data["ignored_readers"]] == ["Bert"]
