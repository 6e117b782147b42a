import pytest

from .factories import article_create

pytestmark = pytest.mark.django_db


def test_article_url_has_id_and_slug(news_index):
    article = article_create(news_index, title="Buffalo's winnen derby")
    assert article.url == f"/nieuws/{article.pk}/buffalos-winnen-derby/"


def test_article_is_served_at_its_canonical_url(client, news_index):
    article = article_create(news_index, title="Kanaries zingen weer")
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Kanaries zingen weer" in response.content.decode()


@pytest.mark.parametrize("suffix", ["oude-kop/", "", "kanaries-zingen-weer-niet/"])
def test_other_slug_with_same_id_redirects_permanently(client, news_index, suffix):
    article = article_create(news_index, title="Kanaries zingen weer")
    response = client.get(f"/nieuws/{article.pk}/{suffix}")
    assert response.status_code == 301
    assert response["Location"] == article.url


def test_an_id_with_leading_zeros_redirects_permanently(client, news_index):
    article = article_create(news_index, title="Kanaries zingen weer")
    response = client.get(f"/nieuws/00{article.pk}/kanaries-zingen-weer/")
    assert response.status_code == 301
    assert response["Location"] == article.url


def test_wagtail_slug_only_url_redirects_to_canonical(client, news_index):
    article = article_create(news_index, title="Zebra's lopen weg")
    response = client.get("/nieuws/zebras-lopen-weg/")
    assert response.status_code == 301
    assert response["Location"] == article.url


def test_old_url_keeps_working_after_headline_and_slug_edit(client, news_index):
    article = article_create(news_index, title="Trainer blijft aan")
    old_url = article.url
    article.title, article.slug = "Trainer toch ontslagen", "trainer-toch-ontslagen"
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.url != old_url
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == article.url
    assert client.get(article.url).status_code == 200


@pytest.mark.parametrize(
    "path", ["/nieuws/999999/iets/", "/nieuws/bestaat-niet/", "/nieuws/1/a/b/"]
)
def test_unknown_articles_answer_404(client, news_index, path):
    assert client.get(path).status_code == 404


def test_unpublished_article_answers_404_by_id(client, news_index):
    article = article_create(news_index, title="Teruggetrokken verhaal")
    url = article.url
    article.unpublish()
    assert client.get(url).status_code == 404


def test_404_page_is_in_the_site_style_and_dutch(client, news_index):
    response = client.get("/bestaat/echt/niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Buitenspel" in html
    assert "kopbal.css" in html


def test_500_page_is_styled_and_dutch(client, news_index, settings):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Time-out" in html
    assert "kopbal.css" in html
