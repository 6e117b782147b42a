""" "Meest recent" is rendered once per site generation and shared by every page."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kopbal.news.models import MOST_RECENT_COUNT

from .factories import article_create, articles_create

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shared_fragments(settings):
    settings.KOPBAL_FRAGMENT_CACHE_SECONDS = 600
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0  # every request renders its page


def most_recent(html: str) -> str:
    return html.split('id="most-recent-title"', 1)[1].split("</section>", 1)[0]


def test_a_second_article_reuses_the_list_without_querying_it(client, news_index):
    first = article_create(news_index, title="Eerste verhaal")
    second = article_create(news_index, title="Tweede verhaal")
    client.get(first.url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(second.url).content.decode()
    assert "Eerste verhaal" in most_recent(html)
    limit = f"LIMIT {MOST_RECENT_COUNT + 1}"  # one extra, for the article being read
    listing = [q["sql"] for q in queries.captured_queries if limit in q["sql"]]
    assert listing == []


def test_a_published_article_is_in_the_list_at_once(client, news_index):
    old = article_create(news_index, title="Ouder nieuws")
    client.get(old.url)
    article_create(news_index, title="Net gepubliceerd")
    assert "Net gepubliceerd" in most_recent(client.get(old.url).content.decode())


def test_an_unpublished_article_leaves_the_list_at_once(client, news_index):
    stays = article_create(news_index, title="Blijft staan")
    goes = article_create(news_index, title="Wordt ingetrokken")
    assert "Wordt ingetrokken" in most_recent(client.get(stays.url).content.decode())
    goes.unpublish()
    assert "Wordt ingetrokken" not in most_recent(client.get(stays.url).content.decode())


def test_the_list_is_escaped_like_any_other_part_of_the_page(client, news_index):
    article_create(news_index, title="<script>alert(1)</script> Rode kaart")
    page = article_create(news_index, title="Gewoon nieuws")
    client.get(page.url)
    html = most_recent(client.get(page.url).content.decode())  # from the cache now
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Rode kaart" in html


def titles(html: str) -> list[str]:
    return re.findall(r'class="teaser__title"><a href="[^"]*">([^<]*)</a>', most_recent(html))


def test_the_article_being_read_is_left_out_of_its_own_list(client, news_index):
    articles = articles_create(news_index, MOST_RECENT_COUNT + 3)
    newest, older = articles[0], articles[9]
    shown = titles(client.get(newest.url).content.decode())
    assert newest.title not in shown and len(shown) == MOST_RECENT_COUNT
    # An article further down: the list shows the next one instead, still 25 long.
    shown = titles(client.get(older.url).content.decode())
    assert older.title not in shown and len(shown) == MOST_RECENT_COUNT
    assert newest.title in shown
    # An old article, not in the list at all: the list is the newest 25 as on the home page.
    oldest = articles[-1]
    shown = titles(client.get(oldest.url).content.decode())
    assert len(shown) == MOST_RECENT_COUNT and oldest.title not in shown


def test_every_article_shares_one_list_rendering(client, news_index):
    first, second = articles_create(news_index, 2)
    client.get(first.url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(second.url).content.decode()
    assert titles(html) == [first.title]
    limit = f"LIMIT {MOST_RECENT_COUNT + 1}"
    assert not [q for q in queries.captured_queries if limit in q["sql"]]
