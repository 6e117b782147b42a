"""Every endpoint of the read API runs a fixed number of queries, however much it lists
(see kopbal/news/tests/test_query_budgets.py for how and why)."""

import json

import pytest

from kopbal.football.tests.factories import ClubFactory, PersonFactory
from kopbal.news.tests.test_query_budgets import Site, assert_constant, image_create, measure

pytestmark = pytest.mark.django_db

# Raising one of these needs a reason in the commit message.
# Rendered answers; a stored one costs 1 query (the generations), a render 1 more.
LIST_BUDGET = 7
FILTERED_LIST_BUDGET = 8  # + the club
DETAIL_BUDGET = 9
CLUBS_BUDGET = 2


@pytest.fixture(autouse=True)
def real_renders(settings, address):
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def site(news_index):
    site = Site(news_index)
    site.add_clubs(1)
    site.add_images(1)
    site.add_articles(2, about_club=2)
    return site


def grow(site):
    site.add_clubs(5)
    site.add_images(4)
    site.add_articles(40, about_club=40)
    site.articles[0].article_persons.create(person=PersonFactory())


@pytest.mark.parametrize(
    ("query", "budget"),
    [("", LIST_BUDGET), ("?club={club}", FILTERED_LIST_BUDGET)],
    ids=["all", "club"],
)
def test_article_list_runs_a_fixed_number_of_queries(client, site, query, budget):
    url = "/api/v1/articles/" + query.format(club=site.club.slug)
    small, _ = measure(client, url)
    grow(site)
    large, body = measure(client, url)
    assert body.count('"api_url"') == 25
    assert_constant(small, large, budget)


def test_next_page_runs_as_many_queries(client, site):
    grow(site)
    first, body = measure(client, "/api/v1/articles/")
    next_url = json.loads(body)["next"].split("example", 1)[1]
    second, _ = measure(client, next_url)
    assert_constant(first, second, LIST_BUDGET)


def with_images(article, count: int):
    """The article with `count` image blocks in its body (each image a query to fetch,
    and a rendition to find, unless fetched together)."""
    photos = [image_create(f"Foto {article.pk}-{n}", "#123456") for n in range(count)]
    article.body = [("image", {"image": p, "caption": "", "credit": ""}) for p in photos]
    article.save_revision().publish()
    return article


def test_article_runs_a_fixed_number_of_queries(client, site):
    article = with_images(site.articles[0], 1)
    small, _ = measure(client, f"/api/v1/articles/{article.pk}/")
    grow(site)
    with_images(article, 4)
    large, body = measure(client, f"/api/v1/articles/{article.pk}/")
    assert body.count('"type": "image"') == 4
    assert_constant(small, large, DETAIL_BUDGET)


def test_clubs_run_a_fixed_number_of_queries(client, site):
    small, _ = measure(client, "/api/v1/clubs/")
    for n in range(10):
        ClubFactory(crest=image_create(f"Logo extra {n}", "#abcdef"))
    large, body = measure(client, "/api/v1/clubs/")
    assert body.count('"crest": {') == 11
    assert_constant(small, large, CLUBS_BUDGET)
