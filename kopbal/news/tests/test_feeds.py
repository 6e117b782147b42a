import pytest

from .factories import article_create

pytestmark = pytest.mark.django_db


def test_rss_feed_lists_live_articles_with_teaser(client, news_index):
    article = article_create(news_index, title="Kemphanen pakken punt")
    article_create(news_index, title="Verborgen concept", live=False)
    response = client.get("/rss/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Kemphanen pakken punt" in body
    assert article.url in body
    assert "Verborgen concept" not in body


def test_sitemap_lists_article_canonical_urls(client, news_index):
    article = article_create(news_index, title="Zebra's winnen")
    body = client.get("/sitemap-articles.xml").content.decode()
    assert f"<loc>{article.full_url}</loc>" in body


def test_500_page_is_styled_and_dutch(client, news_index, settings):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Time-out" in html
    assert "kopbal.css" in html
