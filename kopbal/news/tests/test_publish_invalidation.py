"""A publish renders again the pages that show the article, not every cached page."""

import gzip

import pytest

from kopbal.core import holes
from kopbal.football.tests.factories import ClubFactory
from kopbal.news.tests.factories import AuthorFactory, article_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def club():
    return ClubFactory()


@pytest.fixture
def news(news_index):
    """article_create with one author for all: a new author is a change of every page."""
    author = AuthorFactory()

    def create(**kwargs):
        return article_create(news_index, authors=[author], **kwargs)

    return create


def _most_recent(html: str) -> str:
    return html.split('class="most-recent', 1)[1]


def test_publishing_elsewhere_keeps_an_article_page_cached_with_a_fresh_most_recent(client, news):
    article = news(title="Het eerste verhaal")
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    news(title="Een gloednieuw verhaal")
    response = client.get(article.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Een gloednieuw verhaal" in _most_recent(response.text)


def test_unpublishing_elsewhere_takes_the_article_out_of_most_recent_at_once(client, news):
    article = news(title="Het blijvende verhaal")
    gone = news(title="Een verhaal dat verdwijnt")
    assert "Een verhaal dat verdwijnt" in _most_recent(client.get(article.url).text)
    gone.unpublish()
    response = client.get(article.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Een verhaal dat verdwijnt" not in response.text
    assert client.get(gone.url).status_code == 404


def test_the_lists_show_a_new_article_at_once(client, news):
    news(title="Oud nieuws")
    for url in ("/", "/nieuws/"):
        client.get(url)
    news(title="Vers van de pers")
    for url in ("/", "/nieuws/"):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert "Vers van de pers" in response.text, url


def test_an_article_sharing_a_club_is_rendered_again_for_its_read_also(client, news, club):
    article = news(title="Clubnieuws van gisteren", clubs=[club])
    client.get(article.url)
    newer = news(title="Clubnieuws van vandaag", clubs=[club])
    response = client.get(article.url)
    assert response["X-Page-Cache"] == "miss"
    read_also = response.text.split('class="read-also"', 1)[1].split("</p>", 1)[0]
    assert newer.title in read_also


def test_the_club_page_lists_a_new_article_of_the_club(client, news, club):
    client.get(club.get_absolute_url())
    news(title="Transfer bij de club", clubs=[club])
    assert "Transfer bij de club" in client.get(club.get_absolute_url()).text


def test_an_edited_headline_shows_on_its_page_and_where_an_editor_picked_it(client, news):
    picked = news(title="Eerste kop")
    picking = news(
        title="Het verhaal met een tip",
        body=[("read_also", {"article": picked})],
    )
    client.get(picked.url)
    client.get(picking.url)
    picked.title = "Betere kop"
    picked.save_revision().publish()
    assert "Betere kop" in client.get(picked.url).text
    response = client.get(picking.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Betere kop" in response.text.split("article__body", 1)[1]


def test_a_page_with_a_hole_changes_its_etag_when_the_hole_changes(client, news):
    article = news(title="Een verhaal met een ETag")
    client.get(article.url)
    etag = client.get(article.url)["ETag"]
    assert client.get(article.url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    news(title="Nog een verhaal")
    response = client.get(article.url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_a_gzipped_hit_with_a_hole_is_the_plain_page(client, news):
    article = news(title="Een verhaal, ingepakt")
    plain = client.get(article.url)
    news(title="Een verhaal erbij")
    zipped = client.get(article.url, HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["X-Page-Cache"] == "hit"
    assert zipped["Content-Encoding"] == "gzip"
    text = gzip.decompress(zipped.content).decode()
    assert "Een verhaal erbij" in _most_recent(text)
    assert text.split('class="most-recent', 1)[0] == plain.text.split('class="most-recent', 1)[0]


def test_no_hole_marker_reaches_a_reader(client, news):
    article = news()
    for response in (client.get(article.url), client.get(article.url), client.get("/")):
        assert "<!--hole:" not in response.text
        assert "<!--/hole:" not in response.text


def test_text_that_looks_like_a_hole_opens_none():
    # An editor's HTML or a reader's text with a marker of its own: without the secret
    # token it is text like any other.
    fake = "0123456789abcdef0123"
    content = f"<p><!--hole:{fake}:most_recent?exclude=1-->x<!--/hole:{fake}--></p>".encode()
    split = holes.split(content)
    assert (split.answer, split.parts, split.specs) == (content, (content,), ())


def test_the_marker_token_follows_the_secret_key(settings):
    token = holes._token()
    settings.SECRET_KEY = settings.SECRET_KEY + "-rotated"
    assert holes._token() != token


def test_a_password_on_a_cached_article_takes_effect_at_once(client, news):
    from wagtail.models import PageViewRestriction

    article = news(title="Binnenkort geheim")
    client.get(article.url)
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(article.url)
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] != "hit"
    assert 'name="password"' in response.text
    assert "niemand snel zal vergeten" not in response.text  # the intro stays behind it


def test_a_publish_renders_most_recent_before_the_next_reader_comes(
    client, news, settings, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.KOPBAL_FRAGMENT_CACHE_SECONDS = 600
    article = news(title="Het eerste verhaal")
    client.get(article.url)
    with django_capture_on_commit_callbacks(execute=True):
        news(title="Een gloednieuw verhaal")
    holes.forget()  # as in a worker that has seen nothing of the new list yet
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Een gloednieuw verhaal" in _most_recent(response.text)
    # The list came from the cache: the hit asked the database for no article.
    assert not any("news_articlepage" in q["sql"] for q in queries.captured_queries)


def test_a_publish_is_not_undone_when_most_recent_fails_to_render(
    client, news, settings, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    from kopbal.news.templatetags import news_tags

    settings.KOPBAL_FRAGMENT_CACHE_SECONDS = 600

    def broken(*args, **kwargs):
        raise RuntimeError("cache down")

    monkeypatch.setattr(news_tags, "shared_fragment", broken)
    with django_capture_on_commit_callbacks(execute=True):
        article = news(title="Toch gepubliceerd")
    assert "could not be rendered" in caplog.text
    monkeypatch.undo()
    assert client.get(article.url).status_code == 200
