"""Commenting without JavaScript: plain forms, redirected back to the comment."""

import pytest

from kopbal.comments import services
from kopbal.comments.models import Comment

pytestmark = pytest.mark.django_db


def test_anonymous_reader_sees_comments_and_a_login_invitation(client, article, reader):
    services.comment_post(article=article, user=reader, body="Sterke partij")
    html = client.get(article.url).content.decode()
    assert "Sterke partij" in html
    assert "/accounts/login/" in html
    assert "csrfmiddlewaretoken" not in html  # nothing personal in the cached page


def test_logged_in_reader_posts_with_the_form_and_lands_on_the_comment(client, article, reader):
    client.force_login(reader)
    html = client.get(article.url).content.decode()
    assert 'name="body"' in html
    response = client.post(f"/reacties/{article.pk}/plaatsen/", {"body": "Zonder JavaScript"})
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{article.url}#reactie-{comment.pk}"
    page = client.get(article.url).content.decode()
    assert f'id="reactie-{comment.pk}"' in page
    assert "Zonder JavaScript" in page


def test_refused_form_post_keeps_the_readers_text(client, article, reader):
    client.force_login(reader)
    long_text = "Veel te lang " * 200
    response = client.post(f"/reacties/{article.pk}/plaatsen/", {"body": long_text})
    assert response.status_code == 400
    html = response.content.decode()
    assert "tekens" in html
    assert long_text.strip()[:50] in html
    assert Comment.objects.count() == 0


def test_edited_comment_shows_bewerkt(client, article, reader):
    client.force_login(reader)
    client.post(f"/reacties/{article.pk}/plaatsen/", {"body": "Eerst"})
    comment = Comment.objects.get()
    client.post(f"/reactie/{comment.pk}/bewerken/", {"body": "Daarna"})
    html = client.get(article.url).content.decode()
    assert "Daarna" in html
    assert "(bewerkt)" in html


def test_like_and_report_forms_redirect_back(client, article, reader, other_reader):
    comment = services.comment_post(article=article, user=reader, body="Goed punt")
    client.force_login(other_reader)
    response = client.post(f"/reactie/{comment.pk}/like/", {"like": "1"})
    assert response["Location"] == f"{article.url}#reactie-{comment.pk}"
    client.post(f"/reactie/{comment.pk}/melden/", {"reason": "Spam"})
    comment.refresh_from_db()
    assert (comment.like_count, comment.report_count) == (1, 1)


def test_comment_sorting_and_pages_in_the_article(client, article, reader, other_reader, settings):
    settings.KOPBAL_COMMENTS_PAGE_SIZE = 2
    settings.KOPBAL_COMMENTS_PER_MINUTE = 100
    for i in range(3):
        services.comment_post(article=article, user=reader, body=f"Reactie nummer {i}")
    first_page = client.get(article.url).content.decode()
    assert "Reactie nummer 2" in first_page
    assert "Reactie nummer 0" not in first_page
    second = client.get(article.url + "?rpagina=2").content.decode()
    assert "Reactie nummer 0" in second
    oldest = client.get(article.url + "?reacties=oudste").content.decode()
    assert "Reactie nummer 0" in oldest
    assert client.get(article.url + "?rpagina=9").status_code == 404
