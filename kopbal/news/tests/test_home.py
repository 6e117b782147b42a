from datetime import timedelta

import pytest
from django.utils import timezone

from kopbal.news.models import ArticleStats

from .factories import article_create, articles_create

pytestmark = pytest.mark.django_db


def headlines(response):
    return [a.title for a in response.context["articles"]] if "articles" in response.context else []


def test_home_lists_the_25_newest_live_articles_newest_first(client, news_index):
    created = articles_create(news_index, 30)
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    for article in created[:25]:
        assert f'href="{article.url}"' in html
    for article in created[25:]:
        assert f'href="{article.url}"' not in html
    assert html.index(created[0].title + "<") < html.index(created[1].title + "<")


def test_home_shows_teaser_comment_count_and_more_news_link(client, news_index):
    intro = (
        "<p>De thuisploeg begon sterk aan de partij en kwam na amper vijf minuten op voorsprong "
        "dankzij een schitterende vrije trap.</p>"
    )
    article = article_create(news_index, title="Thuisploeg ontsnapt", intro=intro)
    ArticleStats.objects.create(article=article, comment_count=417)
    html = client.get("/").content.decode()
    expected = (
        "De thuisploeg begon sterk aan de partij en kwam na amper vijf minuten op voorsprong "
        "dankzij een\u00a0\u2026"
    )
    assert expected in html
    assert '<span class="comment-count__number">417</span>' in html
    assert 'href="/nieuws/?pagina=2"' in html
    assert "Meest recent" in html
    assert "Meer sportnieuws" in html


def test_article_without_counter_shows_zero_comments(client, news_index):
    article_create(news_index)
    assert '<span class="comment-count__number">0</span>' in client.get("/").content.decode()


def test_drafts_and_scheduled_articles_stay_off_the_home_page(client, news_index):
    article_create(news_index, title="Concept dat niemand mag zien", live=False)
    draft = article_create(news_index, title="Gepland voor morgen", live=False)
    draft.go_live_at = timezone.now() + timedelta(days=1)
    draft.save_revision().publish()
    html = client.get("/").content.decode()
    assert "Concept dat niemand mag zien" not in html
    assert "Gepland voor morgen" not in html


def test_home_page_html_is_the_same_for_every_anonymous_reader(client, news_index):
    article_create(news_index)
    first = client.get("/")
    client.cookies.clear()
    second = client.get("/")
    assert first.content == second.content
    assert "csrfmiddlewaretoken" not in first.content.decode()
    assert "Set-Cookie" not in str(first.headers)
