"""Read rules of ArticlePage.objects that the pages do not show on their own."""

import pytest

from kopbal.news.models import ArticlePage

from .factories import article_create

pytestmark = pytest.mark.django_db


def test_live_by_id_finds_live_articles_only(news_index):
    live = article_create(news_index, title="Live verslag")
    draft = article_create(news_index, title="Nog niet klaar", live=False)
    found = ArticlePage.objects.live_by_id(live.pk)
    assert (found.pk, found.live) == (live.pk, True)
    assert found.title == "Live verslag"  # read when asked for
    assert ArticlePage.objects.live_by_id(draft.pk) is None
    assert ArticlePage.objects.live_by_id(news_index.pk) is None  # a page, not an article


def test_live_by_id_keeps_the_filters_of_a_narrowed_queryset(news_index):
    article = article_create(news_index, title="Alleen dit")
    assert ArticlePage.objects.filter(title="Iets anders").live_by_id(article.pk) is None
    assert ArticlePage.objects.filter(title="Alleen dit").live_by_id(article.pk) == article
