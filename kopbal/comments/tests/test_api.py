"""The JSON endpoints for the page script and a future app."""

import pytest
from django.test import Client

from kopbal.comments import services
from kopbal.comments.models import Comment

pytestmark = pytest.mark.django_db


def post(article, user, body, **kwargs):
    return services.comment_post(article=article, user=user, body=body, **kwargs)


def test_comment_counts_for_several_articles(client, article, reader, news_index):
    from kopbal.news.tests.factories import article_create

    quiet = article_create(news_index, title="Stil artikel")
    post(article, reader, "Een")
    post(article, reader, "Twee")
    response = client.get(f"/api/comment-counts/?ids={article.pk},{quiet.pk},999999")
    assert response.status_code == 200
    assert response.json() == {str(article.pk): 2, str(quiet.pk): 0, "999999": 0}
    assert "max-age=5" in response["Cache-Control"]


@pytest.mark.parametrize("ids", ["", "a,b", "1;2", ",".join(["1"] * 101), "-1"])
def test_bad_id_lists_get_400_with_a_message(client, ids):
    response = client.get("/api/comment-counts/", {"ids": ids})
    assert response.status_code == 400
    assert response.json()["message"]


def test_comments_page_with_replies_sorted_newest_first(client, article, reader, other_reader):
    first = post(article, reader, "Eerste")
    second = post(article, other_reader, "Tweede")
    post(article, reader, "Antwoord", parent_id=first.pk)
    body = client.get(f"/api/articles/{article.pk}/comments/").json()
    assert body["count"] == 3
    assert [c["id"] for c in body["comments"]] == [second.pk, first.pk]
    assert body["comments"][1]["replies"][0]["html"] == "<p>Antwoord</p>"
    assert body["comments"][0]["author"] == {
        "name": other_reader.username,
        "profile_url": None,
        "staff": False,
    }
    oldest = client.get(f"/api/articles/{article.pk}/comments/?sort=oldest").json()
    assert [c["id"] for c in oldest["comments"]] == [first.pk, second.pk]


def test_most_liked_sort(client, article, reader, other_reader):
    plain = post(article, reader, "Gewoon")
    popular = post(article, reader, "Populair")
    plain_newer = post(article, other_reader, "Nieuwer")
    services.comment_like(comment_id=popular.pk, user=other_reader)
    ids = [
        c["id"]
        for c in client.get(f"/api/articles/{article.pk}/comments/?sort=liked").json()["comments"]
    ]
    assert ids[0] == popular.pk
    assert set(ids[1:]) == {plain.pk, plain_newer.pk}


@pytest.mark.parametrize("query", ["?sort=random", "?page=0", "?page=x", "?page=2"])
def test_bad_sort_or_page_gets_4xx_with_a_message(client, article, query):
    response = client.get(f"/api/articles/{article.pk}/comments/{query}")
    assert response.status_code in (400, 404)
    assert response.json()["message"]


def test_unknown_or_unpublished_article_is_404(client, article):
    assert client.get("/api/articles/999999/comments/").status_code == 404
    article.unpublish()
    assert client.get(f"/api/articles/{article.pk}/comments/").status_code == 404


def test_posting_under_a_missing_unpublished_or_non_article_page_is_404(
    client, article, reader, news_index
):
    client.force_login(reader)
    posted = client.post(f"/api/articles/{article.pk}/comments/", {"body": "Eerste!"})
    assert posted.status_code == 201
    article.unpublish()
    for page_id in (999999, article.pk, news_index.pk):
        response = client.post(f"/api/articles/{page_id}/comments/", {"body": "Nog eentje"})
        assert response.status_code == 404
        assert response.json()["message"]
    assert list(Comment.objects.values_list("body", flat=True)) == ["Eerste!"]


def test_post_through_the_api_with_session_and_csrf(article, reader):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(reader)
    browser.get(article.url)  # sets the CSRF cookie, as the page does
    token = browser.cookies["csrftoken"].value
    response = browser.post(
        f"/api/articles/{article.pk}/comments/",
        {"body": "Via de API"},
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == 201
    assert response.json()["html"]
    assert response.json()["count"] == 1


def test_api_post_without_csrf_token_is_refused(article, reader):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(reader)
    response = browser.post(f"/api/articles/{article.pk}/comments/", {"body": "Zonder token"})
    assert response.status_code == 403
    assert response.json()["error"] == "csrf"
    assert Comment.objects.count() == 0


def test_api_post_errors_carry_a_dutch_message_and_store_nothing(client, article, reader):
    client.force_login(reader)
    response = client.post(f"/api/articles/{article.pk}/comments/", {"body": "   "})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_text"
    anonymous = Client()
    response = anonymous.post(f"/api/articles/{article.pk}/comments/", {"body": "Hallo"})
    assert response.status_code == 401
    assert Comment.objects.count() == 0


def test_honeypot_refuses_quietly_worded(client, article, reader):
    client.force_login(reader)
    response = client.post(
        f"/api/articles/{article.pk}/comments/", {"body": "Koop nu!", "website": "spam.example"}
    )
    assert response.status_code == 400
    assert Comment.objects.count() == 0
