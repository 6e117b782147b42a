"""The admin's search boxes take whatever an editor types: quotes and operators included."""

import pytest
from django.contrib.auth import get_user_model

from kopbal.football.tests.factories import ClubFactory, PersonFactory
from kopbal.news.tests.factories import AuthorFactory, article_create

QUERIES = ['"', '"Club', 'Club"Brugge', "'", "a OR", "NOT", "NEAR(", "(", "*", "-", "a:b", "\\"]
LISTINGS = [
    "/admin/pages/search/", "/admin/pages/{index}/", "/admin/snippets/football/club/",
    "/admin/snippets/football/person/", "/admin/snippets/football/competition/",
    "/admin/snippets/news/author/", "/admin/snippets/polls/poll/", "/admin/comments/",
    "/admin/images/", "/admin/documents/", "/admin/users/",
]  # fmt: skip


@pytest.fixture
def editor_client(client, news_index):
    admin = get_user_model().objects.create_superuser("baas", "baas@example.com", "lang-genoeg")
    client.force_login(admin)
    return client


@pytest.mark.django_db
def test_admin_search_with_quotes_and_operators_answers_200(editor_client, news_index):
    article_create(news_index, title="Club Brugge wint de derby")
    ClubFactory(name="Club Brugge")
    PersonFactory(name="Jan Vertonghen")
    AuthorFactory(name="Els Redacteur")
    for listing in LISTINGS:
        url = listing.format(index=news_index.pk)
        for query in QUERIES:
            response = editor_client.get(url, {"q": query})
            assert response.status_code == 200, (url, query)


@pytest.mark.django_db
def test_admin_search_still_finds_by_word(editor_client, news_index):
    article_create(news_index, title="Club Brugge wint de derby")
    author = AuthorFactory(name="Els Redacteur")
    response = editor_client.get("/admin/pages/search/", {"q": '"derby'})
    assert b"Club Brugge wint de derby" in response.content
    response = editor_client.get("/admin/snippets/news/author/", {"q": "Els"})
    assert author.name.encode() in response.content


@pytest.mark.django_db
def test_comment_filter_with_an_id_past_any_database_is_no_500(editor_client):
    response = editor_client.get("/admin/comments/", {"article": "99999999999999999999"})
    assert response.status_code == 200
