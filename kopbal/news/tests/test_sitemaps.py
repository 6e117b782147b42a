"""The sitemap index, its sections and the Google News sitemap, read as a crawler does."""

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory
from kopbal.news.services import site_address_ensure

from .factories import AuthorFactory, article_create
from .test_query_budgets import image_create

pytestmark = pytest.mark.django_db

SITE = "https://kopbal.example"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "image": "http://www.google.com/schemas/sitemap-image/1.1",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


@pytest.fixture
def address(settings, site_tree):
    settings.KOPBAL_SITE_URL = SITE
    site_address_ensure()
    return SITE


def xml(client, url):
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 (our own output, in a test)


def locs(root):
    return [e.text for e in root.findall("sm:url/sm:loc", NS)]


def test_index_names_every_section_on_the_configured_address(client, address, news_index):
    article_create(
        news_index,
        title="Kemphanen pakken punt",
        clubs=[ClubFactory()],
        persons=[PersonFactory()],
        competitions=[CompetitionFactory()],
    )
    root = xml(client, "/sitemap.xml")
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    sections = [e.text for e in root.findall("sm:sitemap/sm:loc", NS)]
    # The articles' newest change, as a W3C datetime with its offset, to the second.
    lastmod = root.find("sm:sitemap/sm:lastmod", NS).text
    assert datetime.fromisoformat(lastmod).tzinfo is not None and "." not in lastmod
    assert sections == [
        f"{SITE}/sitemap-{name}.xml"
        for name in ("articles", "clubs", "persons", "competitions", "authors")
    ]


def test_articles_section_lists_live_articles_with_absolute_hero_image(client, address, news_index):
    hero = image_create("Kemphanen", "#0000ff")
    article = article_create(news_index, title="Kemphanen pakken punt", hero_image=hero)
    article_create(news_index, title="Verborgen concept", live=False)
    root = xml(client, "/sitemap-articles.xml")
    (entry,) = root.findall("sm:url", NS)
    assert entry.find("sm:loc", NS).text == f"{SITE}{article.url}"
    assert datetime.fromisoformat(entry.find("sm:lastmod", NS).text).tzinfo is not None
    image = entry.find("image:image/image:loc", NS).text
    assert image == f"{SITE}{hero.file.url}"


def test_tag_sections_list_club_person_competition_and_author_pages(client, address, news_index):
    club = ClubFactory(slug="kv-mechelen")
    person = PersonFactory(slug="jan-jansen")
    competition = CompetitionFactory(slug="beker-van-belgie")
    author = AuthorFactory(slug="els-de-smet")
    article_create(
        news_index, authors=[author], clubs=[club], persons=[person], competitions=[competition]
    )
    assert locs(xml(client, "/sitemap-clubs.xml")) == [f"{SITE}/club/kv-mechelen/"]
    assert locs(xml(client, "/sitemap-persons.xml")) == [f"{SITE}/persoon/jan-jansen/"]
    assert locs(xml(client, "/sitemap-competitions.xml")) == [
        f"{SITE}/competitie/beker-van-belgie/"
    ]
    assert locs(xml(client, "/sitemap-authors.xml")) == [f"{SITE}/auteur/els-de-smet/"]
    # Each listed URL is a page that answers.
    for tag in (club, person, competition, author):
        assert client.get(tag.get_absolute_url()).status_code == 200


def test_tag_sections_leave_out_tags_without_a_live_article(client, address, news_index):
    """A tag page without articles is thin content: only drafts, an unpublished article or
    nothing at all does not count."""
    draft_only = dict(
        authors=[AuthorFactory()],
        clubs=[ClubFactory()],
        persons=[PersonFactory()],
        competitions=[CompetitionFactory()],
    )
    article_create(news_index, title="Concept", live=False, **draft_only)
    unpublished = dict(
        authors=[AuthorFactory()],
        clubs=[ClubFactory()],
        persons=[PersonFactory()],
        competitions=[CompetitionFactory()],
    )
    article_create(news_index, title="Ingetrokken", **unpublished).unpublish()
    ClubFactory(), PersonFactory(), CompetitionFactory(), AuthorFactory()  # nothing at all
    for section in ("clubs", "persons", "competitions", "authors"):
        assert locs(xml(client, f"/sitemap-{section}.xml")) == [], section


@pytest.mark.parametrize("section", ["clubs", "persons", "competitions", "authors"])
def test_tag_sections_run_as_many_queries_for_more_tags(client, settings, news_index, section):
    from .test_query_budgets import measure

    settings.KOPBAL_PAGE_CACHE_SECONDS = 0
    url = f"/sitemap-{section}.xml"

    def tagged_article(n):
        article_create(
            news_index,
            title=f"Bericht {n}",
            authors=[AuthorFactory()],
            clubs=[ClubFactory()],
            persons=[PersonFactory()],
            competitions=[CompetitionFactory()],
        )

    tagged_article(0)
    small, body = measure(client, url)
    assert body.count("<loc>") == 1
    for n in range(1, 8):
        tagged_article(n)
    ClubFactory(), PersonFactory(), CompetitionFactory(), AuthorFactory()
    large, body = measure(client, url)
    assert body.count("<loc>") == 8
    assert len(large) == len(small), (small, large)


def test_unknown_section_is_a_404(client, address):
    assert client.get("/sitemap-nergens.xml").status_code == 404


def test_news_sitemap_has_the_last_48_hours_with_publication_details(client, address, news_index):
    fresh = article_create(news_index, title="Zebra's winnen")
    article_create(
        news_index, title="Oud nieuws", published_at=timezone.now() - timedelta(hours=49)
    )
    article_create(news_index, title="Verborgen concept", live=False)
    root = xml(client, "/sitemap-news.xml")
    (entry,) = root.findall("sm:url", NS)
    assert entry.find("sm:loc", NS).text == f"{SITE}{fresh.url}"
    news = entry.find("news:news", NS)
    assert news.find("news:publication/news:name", NS).text == "Kopbal"
    assert news.find("news:publication/news:language", NS).text == "nl"
    assert news.find("news:title", NS).text == "Zebra's winnen"
    published = datetime.fromisoformat(news.find("news:publication_date", NS).text)
    assert published.tzinfo is not None
    fresh.refresh_from_db()
    assert abs(published - fresh.first_published_at) < timedelta(seconds=1)


def test_news_sitemap_stops_at_1000_articles(client, address, news_index, monkeypatch):
    from kopbal.news import sitemaps

    assert sitemaps.NEWS_LIMIT == 1000  # Google News reads no more; 1,000 articles is slow here
    monkeypatch.setattr(sitemaps, "NEWS_LIMIT", 2)
    monkeypatch.setattr(sitemaps.NewsSitemap, "limit", 2)
    newest = [article_create(news_index, title=f"Bericht {n}") for n in range(3)][::-1]
    assert locs(xml(client, "/sitemap-news.xml")) == [f"{SITE}{a.url}" for a in newest[:2]]


@pytest.mark.parametrize("url", ["/sitemap.xml", "/sitemap-articles.xml", "/sitemap-news.xml"])
def test_sitemaps_run_as_many_queries_for_more_articles(client, settings, news_index, url):
    from .test_query_budgets import Site, measure

    settings.KOPBAL_PAGE_CACHE_SECONDS = 0  # measure renders, not the page cache
    site = Site(news_index)
    site.add_clubs(1)
    site.add_images(1)
    site.add_articles(2, about_club=1)
    small, _ = measure(client, url)
    site.add_images(3)
    site.add_articles(12, about_club=6)
    large, body = measure(client, url)
    assert len(large) == len(small), (small, large)
    # The index: articles, clubs and authors (no persons or competitions: they have no
    # article, so they are not listed).
    assert body.count("<loc>") >= (3 if url == "/sitemap.xml" else 14)
