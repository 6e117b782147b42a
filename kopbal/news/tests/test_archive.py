import pytest

from kopbal.core.models import Generation

from .factories import article_create, articles_create

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


# The archive's count of pages ("Pagina 2 van 3") is cached per site generation, so that a
# large archive is not counted on every view; the rows of a page always have the last word.


@pytest.fixture
def small_pages(settings):
    settings.KOPBAL_PAGE_SIZE = 2
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0  # real renders: this is about the paginator


def test_archive_says_which_page_of_how_many(client, news_index, small_pages):
    articles_create(news_index, 5)
    html = client.get("/nieuws/?pagina=2").content.decode()
    assert "Pagina 2 van 3" in html
    assert 'href="/nieuws/?pagina=3"' in html


def test_last_page_is_served_even_when_the_last_page_is_full(client, news_index, small_pages):
    oldest = articles_create(news_index, 4)[-1]
    response = client.get("/nieuws/?pagina=2")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{oldest.url}"' in html
    assert "Pagina 2 van 2" in html
    assert 'rel="next"' not in html
    assert client.get("/nieuws/?pagina=3").status_code == 404


def test_page_count_follows_publishing(client, news_index, small_pages):
    articles_create(news_index, 4)
    assert "Pagina 1 van 2" in client.get("/nieuws/").content.decode()
    article_create(news_index, title="Net binnen")
    html = client.get("/nieuws/").content.decode()
    assert "Pagina 1 van 3" in html
    assert client.get("/nieuws/?pagina=3").status_code == 200


def test_page_count_follows_unpublishing(client, news_index, small_pages):
    articles = articles_create(news_index, 5)
    assert "Pagina 1 van 3" in client.get("/nieuws/").content.decode()
    articles[0].unpublish()
    assert "Pagina 1 van 2" in client.get("/nieuws/").content.decode()
    assert client.get("/nieuws/?pagina=3").status_code == 404


def test_a_page_count_the_rows_contradict_is_corrected(client, news_index, small_pages):
    """A change that did not move the site generation (a bulk import) still pages right."""
    articles_create(news_index, 3)
    assert "Pagina 1 van 2" in client.get("/nieuws/").content.decode()
    generation = Generation.objects.get(key="site").value
    article_create(news_index, title="Stil binnen 1")
    article_create(news_index, title="Stil binnen 2")
    Generation.objects.filter(key="site").update(value=generation)  # as if nothing published
    html = client.get("/nieuws/?pagina=2").content.decode()
    assert 'rel="next"' in html
    assert "Pagina 2 van 3" in html
    assert client.get("/nieuws/?pagina=3").status_code == 200


def test_page_past_the_end_is_a_dutch_404(client, news_index, small_pages):
    articles_create(news_index, 3)
    response = client.get("/nieuws/?pagina=3")
    assert response.status_code == 404
    assert "Buitenspel" in response.content.decode()


def test_empty_archive_has_one_page_and_no_second(client, news_index, small_pages):
    html = client.get("/nieuws/").content.decode()
    assert "Pagina 1 van 1" in html
    assert 'class="pagination"' not in html
    assert client.get("/nieuws/?pagina=2").status_code == 404
