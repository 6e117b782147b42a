"""A held comment stays the author's: shown back to them after a reload (private JSON),
editable while held, and deleting asks first."""

import pytest
from django.test import Client

from kopbal.comments import services
from kopbal.comments.models import Comment

from .factories import comment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(settings, article, reader):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 5
    return services.comment_post(article=article, user=reader, body="Mijn allereerste reactie")


def test_my_held_comment_comes_back_from_the_private_api(client, article, reader, held):
    client.force_login(reader)
    response = client.get(f"/api/my-comments/pending/?article={article.pk}")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    [item] = response.json()["comments"]
    assert item["id"] == held.pk and item["parent"] is None
    assert "Mijn allereerste reactie" in item["html"]
    assert "alleen jij ziet deze reactie" in item["html"]
    assert "Bewerken" in item["html"] and "Verwijderen" in item["html"]


def test_the_profile_list_has_them_all(client, reader, held):
    client.force_login(reader)
    [item] = client.get("/api/my-comments/pending/").json()["comments"]
    assert item["article_title"] == "Derby met vuurwerk"


def test_nobody_else_gets_my_held_comment(client, article, other_reader, held):
    client.force_login(other_reader)
    response = client.get(f"/api/my-comments/pending/?article={article.pk}")
    assert response.json()["comments"] == []


def test_anonymous_readers_get_a_401(client, held):
    response = client.get("/api/my-comments/pending/")
    assert response.status_code == 401
    assert response.json()["message"] == "Log in om je reacties te zien."


def test_a_bad_article_id_is_a_400(client, reader):
    client.force_login(reader)
    response = client.get("/api/my-comments/pending/?article=abc")
    assert response.status_code == 400


def test_a_held_comment_can_be_edited_and_stays_held(client, reader, held):
    client.force_login(reader)
    response = client.post(f"/reactie/{held.pk}/bewerken/", {"body": "Verbeterde tekst"})
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.body == "Verbeterde tekst" and held.status == "pending"


def test_an_edit_of_a_held_comment_meets_the_word_filter(client, reader, held):
    from kopbal.comments.models import WordRule

    WordRule.objects.update_or_create(word="klootzak", defaults={"kind": "ban"})
    client.force_login(reader)
    response = client.post(
        f"/reactie/{held.pk}/bewerken/", {"body": "Jij klootzak"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    held.refresh_from_db()
    assert held.body == "Mijn allereerste reactie"


def test_deleting_without_javascript_asks_first(client, reader, article):
    comment = comment_create(article=article, author=reader, body="Weg ermee")
    client.force_login(reader)
    response = client.post(f"/reactie/{comment.pk}/verwijderen/")
    assert response.status_code == 200
    assert "Je reactie onder “Derby met vuurwerk” verwijderen?" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    comment.refresh_from_db()
    assert comment.status == "visible"
    response = client.post(f"/reactie/{comment.pk}/verwijderen/", {"confirmed": "1"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == "deleted"


def test_the_confirm_page_is_for_the_author_only(client, reader, other_reader, article):
    comment = comment_create(article=article, author=reader, body="Van mij")
    client.force_login(other_reader)
    response = client.get(f"/reactie/{comment.pk}/verwijderen/")
    assert response.status_code == 403
    assert "Je kunt alleen je eigen reacties wijzigen." in response.content.decode()
    response = client.post(f"/reactie/{comment.pk}/verwijderen/", {"confirmed": "1"})
    assert Comment.objects.get(pk=comment.pk).status == "visible"


def test_deleting_needs_csrf(reader, article):
    comment = comment_create(article=article, author=reader, body="Van mij")
    client = Client(enforce_csrf_checks=True)
    client.force_login(reader)
    client.post(f"/reactie/{comment.pk}/verwijderen/", {"confirmed": "1"})
    assert Comment.objects.get(pk=comment.pk).status == "visible"


def test_the_script_deletes_with_json_after_its_dialog(client, reader, article):
    comment = comment_create(article=article, author=reader, body="Van mij")
    client.force_login(reader)
    response = client.post(f"/reactie/{comment.pk}/verwijderen/", HTTP_ACCEPT="application/json")
    assert response.json() == {"id": comment.pk, "deleted": True}


def test_a_missing_comment_confirm_page_is_a_404(client, reader):
    client.force_login(reader)
    assert client.get("/reactie/999999/verwijderen/").status_code == 404
