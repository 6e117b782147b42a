from datetime import timedelta

import pytest
from django.utils import timezone

from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory

from .factories import AuthorFactory, article_create

pytestmark = pytest.mark.django_db


def test_club_page_lists_its_articles_newest_first(client, news_index):
    club = ClubFactory(name="KVC Proefdorp", slug="proefdorp", nicknames="de Proevers")
    now = timezone.now()
    older = article_create(
        news_index, title="Ouder nieuws", clubs=[club], published_at=now - timedelta(days=1)
    )
    newer = article_create(news_index, title="Vers nieuws", clubs=[club])
    article_create(news_index, title="Over een andere club", clubs=[ClubFactory()])
    response = client.get("/club/proefdorp/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>KVC Proefdorp</h1>" in html
    assert "de Proevers" in html
    assert html.index(newer.url) < html.index(older.url)
    assert "Over een andere club" not in html


@pytest.mark.parametrize(
    ("factory", "field", "prefix"),
    [(PersonFactory, "persons", "persoon"), (CompetitionFactory, "competitions", "competitie")],
)
def test_person_and_competition_pages_list_their_articles(
    client, news_index, factory, field, prefix
):
    tag = factory()
    article = article_create(news_index, title="Getagd verhaal", **{field: [tag]})
    article_create(news_index, title="Ander verhaal")
    html = client.get(f"/{prefix}/{tag.slug}/").content.decode()
    assert article.url in html
    assert "Ander verhaal" not in html


def test_author_page_lists_the_authors_articles_and_bio(client, news_index):
    author = AuthorFactory(name="Lies Proef", slug="lies-proef", bio="Volgt de Kanaries.")
    article = article_create(news_index, title="Van Lies", authors=[author])
    article_create(news_index, title="Van iemand anders")
    html = client.get("/auteur/lies-proef/").content.decode()
    assert article.url in html
    assert "Volgt de Kanaries." in html
    assert "Van iemand anders" not in html


def test_tag_page_excludes_unpublished_articles(client, news_index):
    club = ClubFactory(slug="proefdorp")
    article_create(news_index, title="Nog een concept", clubs=[club], live=False)
    assert "Nog een concept" not in client.get("/club/proefdorp/").content.decode()


@pytest.mark.parametrize("path", ["/club/bestaat-niet/", "/persoon/niemand/", "/auteur/x/"])
def test_unknown_tags_answer_404(client, site_tree, path):
    assert client.get(path).status_code == 404


def test_tag_page_is_paginated_and_rejects_bad_page_numbers(client, news_index, settings):
    settings.KOPBAL_PAGE_SIZE = 2
    club = ClubFactory(slug="proefdorp")
    for i in range(3):
        article_create(news_index, title=f"Verhaal {i}", clubs=[club])
    assert client.get("/club/proefdorp/?pagina=2").status_code == 200
    assert client.get("/club/proefdorp/?pagina=3").status_code == 404
    assert client.get("/club/proefdorp/?pagina=x").status_code == 404


def test_club_page_pages_through_its_articles_and_404s_past_the_end(client, news_index, settings):
    settings.KOPBAL_PAGE_SIZE = 2
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0
    club = ClubFactory(slug="proefdorp")
    now = timezone.now()
    articles = [
        article_create(
            news_index, title=f"Proefdorp {i}", clubs=[club], published_at=now - timedelta(hours=i)
        )
        for i in range(3)
    ]
    article_create(news_index, title="Over een andere club", clubs=[ClubFactory()])
    first = client.get("/club/proefdorp/").content.decode()
    assert 'href="/club/proefdorp/?pagina=2"' in first
    last = client.get("/club/proefdorp/?pagina=2")
    assert last.status_code == 200
    assert articles[2].url in last.content.decode()
    assert "Over een andere club" not in last.content.decode()
    assert 'rel="next"' not in last.content.decode()
    for number in ("3", "0", "x"):
        response = client.get("/club/proefdorp/", {"pagina": number})
        assert response.status_code == 404
        assert "Buitenspel" in response.content.decode()


def test_article_with_two_tags_of_the_page_is_listed_once(client, news_index):
    person, other = PersonFactory(slug="dubbel"), PersonFactory()
    article_create(news_index, title="Twee keer getagd", persons=[person, other])
    html = client.get("/persoon/dubbel/").content.decode()
    assert html.count("Twee keer getagd<") == 1
