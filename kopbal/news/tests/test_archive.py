import pytest

from .factories import articles_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(news_index):
    return articles_create(news_index, 30)


def test_archive_page_two_continues_where_home_stops(client, archive):
    response = client.get("/nieuws/?pagina=2")
    assert response.status_code == 200
    html = response.content.decode()
    for article in archive[25:]:
        assert f'href="{article.url}"' in html
    assert f'href="{archive[24].url}"' not in html
    assert 'rel="prev"' in html


def test_last_page_is_served(client, news_index, settings):
    settings.KOPBAL_PAGE_SIZE = 2
    oldest = articles_create(news_index, 3)[-1]
    response = client.get("/nieuws/?pagina=2")
    assert response.status_code == 200
    assert f'href="{oldest.url}"' in response.content.decode()
    assert 'rel="next"' not in response.content.decode()


def test_archive_first_page_links_to_older_news(client, archive):
    html = client.get("/nieuws/").content.decode()
    assert f'href="{archive[0].url}"' in html
    assert 'href="/nieuws/?pagina=2"' in html


@pytest.mark.parametrize("number", ["abc", "0", "-1", "3", "999999", "1.5", "", "²", "2 "])
def test_bad_or_out_of_range_page_numbers_answer_404(client, news_index, settings, number):
    settings.KOPBAL_PAGE_SIZE = 2
    articles_create(news_index, 3)  # two pages
    response = client.get("/nieuws/", {"pagina": number})
    assert response.status_code == 404


def test_empty_archive_first_page_is_fine(client, news_index):
    response = client.get("/nieuws/")
    assert response.status_code == 200
    assert "Nog geen artikels" in response.content.decode()
