"""Deep pages of the archive and the tag pages are sought (core.keyset), not OFFSET: the
reader still gets exactly the articles OFFSET gives, at the same URLs."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from kopbal.core import keyset
from kopbal.football.tests.factories import ClubFactory
from kopbal.news.models import ArticlePage

from .factories import article_create, articles_create

pytestmark = pytest.mark.django_db

PER_PAGE = 2


@pytest.fixture(autouse=True)
def _small_seeking_pages(settings, monkeypatch):
    settings.KOPBAL_PAGE_SIZE = PER_PAGE
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0  # real renders: this is about the paginator
    monkeypatch.setattr(keyset, "FIRST_SEEK_PAGE", 2)


def with_equal_times(articles):
    """Publication times in threes: only the id orders the articles of one time."""
    now = timezone.now()
    for i, article in enumerate(articles):
        Page.objects.filter(pk=article.pk).update(first_published_at=now - timedelta(hours=i // 3))
    return articles


def offset_pages(queryset) -> list[list[int]]:
    ids = list(queryset.values_list("pk", flat=True))
    return [ids[i : i + PER_PAGE] for i in range(0, len(ids), PER_PAGE)]


def shown(client, url, number) -> list[int]:
    response = client.get(url, {"pagina": number} if number > 1 else {})
    assert response.status_code == 200
    return [article.pk for article in response.context["page_obj"]]


def test_every_archive_page_shows_offsets_articles(client, news_index):
    with_equal_times(articles_create(news_index, 17))
    expected = offset_pages(ArticlePage.objects.live_news())
    assert len(expected) == 9  # the last page holds one article
    for _ in range(2):  # the first round builds the map of page starts, the second uses it
        assert [shown(client, "/nieuws/", n) for n in range(1, 10)] == expected
    assert client.get("/nieuws/", {"pagina": 10}).status_code == 404


def test_every_club_page_shows_offsets_articles(client, news_index):
    club = ClubFactory(slug="proefdorp")
    with_equal_times(articles_create(news_index, 9, clubs=[club]))
    article_create(news_index, title="Over een andere club", clubs=[ClubFactory()])
    expected = offset_pages(ArticlePage.objects.live_news().tagged_with(club))
    for _ in range(2):
        assert [shown(client, "/club/proefdorp/", n) for n in range(1, 6)] == expected
    assert client.get("/club/proefdorp/", {"pagina": 6}).status_code == 404


def test_deep_pages_move_after_a_publish_and_an_unpublish(client, news_index):
    articles = articles_create(news_index, 9)
    assert shown(client, "/nieuws/", 4) == [articles[6].pk, articles[7].pk]
    newest = article_create(news_index, title="Net binnen")
    assert shown(client, "/nieuws/", 4) == [articles[5].pk, articles[6].pk]
    assert shown(client, "/nieuws/", 5) == [articles[7].pk, articles[8].pk]
    newest.unpublish()
    articles[0].unpublish()
    assert shown(client, "/nieuws/", 4) == [articles[7].pk, articles[8].pk]
    assert client.get("/nieuws/", {"pagina": 5}).status_code == 404


@pytest.mark.parametrize("number", ["6", "7", "999999", "00"])
def test_deep_pages_past_the_end_are_a_dutch_404(client, news_index, number):
    articles_create(news_index, 9)  # five pages
    assert shown(client, "/nieuws/", 5) != []  # the map of page starts is cached
    response = client.get("/nieuws/", {"pagina": number})
    assert response.status_code == 404
    assert "Buitenspel" in response.content.decode()
