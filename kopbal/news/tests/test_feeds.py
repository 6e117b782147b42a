"""RSS and Atom feeds of the site and of every tag page, read as a feed reader does."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory
from kopbal.news.services import site_address_ensure

from .factories import AuthorFactory, article_create
from .test_query_budgets import Site, image_create, measure

pytestmark = pytest.mark.django_db

SITE = "https://kopbal.example"
FORMATS = ["rss", "atom"]
KINDS = ["site", "club", "person", "competition", "author"]


@pytest.fixture
def address(settings, site_tree):
    settings.KOPBAL_SITE_URL = SITE
    site_address_ensure()
    return SITE


@pytest.fixture
def tags(db):
    return {
        "club": ClubFactory(name="KV Mechelen", slug="kv-mechelen"),
        "person": PersonFactory(name="Jan Jansen", slug="jan-jansen"),
        "competition": CompetitionFactory(name="Beker van België", slug="beker-van-belgie"),
        "author": AuthorFactory(name="Els De Smet", slug="els-de-smet"),
    }


def feed_url(kind, tags, fmt) -> str:
    return "/" if kind == "site" else tags[kind].get_absolute_url()


def read(client, url):
    # Another Host than the configured address: the feed must not take it over.
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, (url, parsed.get("bozo_exception"))
    return response, parsed


@pytest.fixture
def story(address, news_index, tags):
    """A tagged article by two authors with a hero image, and an untagged one."""
    second = AuthorFactory(name="Pieter Peeters")
    article = article_create(
        news_index,
        title="Kemphanen pakken punt",
        intro='<p>Mechelen &amp; Lier: <b>1-1</b> na een "zotte" match, met een intro van '
        "meer dan honderd tekens, zodat een teaser hier zou worden afgeknipt. "
        '<a href="/club/kv-mechelen/">Meer over KV</a></p>',
        authors=[tags["author"], second],
        clubs=[tags["club"]],
        persons=[tags["person"]],
        competitions=[tags["competition"]],
        hero_image=image_create("Kemphanen", "#ff0000"),
    )
    article_create(news_index, title="Ander nieuws", published_at=timezone.now() - timedelta(1))
    article_create(news_index, title="Verborgen concept", live=False, clubs=[tags["club"]])
    return article


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_feed_parses_with_link_author_categories_image_and_intro(
    client, story, tags, kind, fmt
):
    response, parsed = read(client, f"{feed_url(kind, tags, fmt)}{fmt}/")
    assert parsed.version == ("rss20" if fmt == "rss" else "atom10")
    assert response["Content-Type"].startswith(f"application/{fmt}+xml")
    titles = [entry.title for entry in parsed.entries]
    assert titles == (
        ["Kemphanen pakken punt", "Ander nieuws"] if kind == "site" else ["Kemphanen pakken punt"]
    )
    entry = parsed.entries[0]
    assert entry.link == f"{SITE}{story.url}"
    assert entry.id == f"{SITE}/nieuws/{story.pk}/"
    assert [a.name for a in entry.authors] == ["Els De Smet", "Pieter Peeters"]
    assert [t.term for t in entry.tags] == ["KV Mechelen", "Jan Jansen", "Beker van België"]
    assert entry.published_parsed
    if fmt == "atom":
        assert "updated_parsed" in entry
    # The whole intro, its markup kept as HTML and its links on the site's address.
    assert "<b>1-1</b>" in entry.summary and "zotte" in entry.summary
    assert "Mechelen &amp; Lier" in entry.summary and " ..." not in entry.summary
    assert f'href="{SITE}/club/kv-mechelen/"' in entry.summary
    (enclosure,) = entry.enclosures
    assert enclosure.href.startswith(f"{SITE}/media/images/")
    assert enclosure.type == "image/png" and int(enclosure.length) > 0
    (media,) = entry.media_content
    assert media["url"] == enclosure.href
    assert (media["width"], media["height"]) == ("320", "180")  # never enlarged
    # The feed names itself and its page on the configured address, in Dutch.
    feed = parsed.feed
    page = SITE + ("/" if kind == "site" else tags[kind].get_absolute_url())
    assert feed.link == page
    assert feed.title == ("Kopbal" if kind == "site" else f"Kopbal: {tags[kind].name}")
    assert "Kopbal" in feed.subtitle and "news" not in feed.subtitle


def test_enclosure_length_is_the_size_of_the_file_served(client, story):
    _, parsed = read(client, "/rss/")
    enclosure = parsed.entries[0].enclosures[0]
    served = client.get(enclosure.href.removeprefix(SITE))
    assert served.status_code == 200
    assert int(enclosure.length) == len(b"".join(served.streaming_content))


def test_guid_stays_when_the_headline_and_slug_change(client, story):
    _, before = read(client, "/atom/")
    story.title, story.slug = "Kemphanen pakken toch een punt", "kemphanen-pakken-toch-een-punt"
    story.save_revision().publish()
    _, after = read(client, "/atom/")
    assert after.entries[0].id == before.entries[0].id
    assert after.entries[0].link != before.entries[0].link
    # The guid is a permalink: it leads to the article.
    response = client.get(after.entries[0].id.removeprefix(SITE))
    assert response.status_code == 301 and response["Location"].endswith(story.slug + "/")


@pytest.mark.parametrize("prefix", ["club", "persoon", "competitie", "auteur"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_feed_of_an_unknown_slug_is_a_404(client, address, prefix, fmt):
    assert client.get(f"/{prefix}/bestaat-niet/{fmt}/").status_code == 404


def test_feed_urls_sit_under_the_tag_pages(client, address, tags):
    for tag in tags.values():
        for fmt in FORMATS:
            assert client.get(f"{tag.get_absolute_url()}{fmt}/").status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_pages_name_their_feeds_for_autodiscovery(client, story, tags, kind):
    html = client.get(feed_url(kind, tags, "rss")).content.decode()
    site = [
        f'type="application/rss+xml" title="Kopbal (RSS)" href="{SITE}/rss/"',
        f'type="application/atom+xml" title="Kopbal (Atom)" href="{SITE}/atom/"',
    ]
    for link in site:
        assert link in html
    if kind != "site":
        tag = tags[kind]
        page = f"{SITE}{tag.get_absolute_url()}"
        own = f'type="application/rss+xml" title="Kopbal: {tag.name} (RSS)" href="{page}rss/"'
        assert own in html
        # The page's own feed first: feed readers offer the first one.
        assert html.index(own) < html.index(site[0])
        assert f'href="{page}atom/"' in html
        # And for the reader, visibly, in the page's header.
        assert f'<a href="{page}rss/">RSS</a> &middot; <a href="{page}atom/">Atom</a>' in html


def test_feeds_are_stored_by_the_page_cache(client, story, settings):
    settings.KOPBAL_PAGE_CACHE_SECONDS = 600
    first = client.get("/club/kv-mechelen/atom/")
    second = client.get("/club/kv-mechelen/atom/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert "public" in second["Cache-Control"]


# Raising it needs a reason in the commit message (see test_query_budgets).
FEED_BUDGET = 8


@pytest.mark.parametrize("fmt", FORMATS)
def test_club_feed_runs_a_fixed_number_of_queries(client, news_index, settings, fmt):
    settings.KOPBAL_PAGE_CACHE_SECONDS = 0  # renders, not the page cache
    site = Site(news_index)
    site.add_clubs(1)
    site.add_images(1)
    site.add_articles(2, about_club=2)
    url = f"{site.club.get_absolute_url()}{fmt}/"
    small, body = measure(client, url)
    site.add_images(4)
    site.add_articles(30, about_club=30)
    extra = site.articles[0]
    extra.article_persons.create(person=PersonFactory())
    large, body = measure(client, url)
    assert len(feedparser.parse(body).entries) == 25
    assert len(large) == len(small), (small, large)
    assert len(large) == FEED_BUDGET, "\n".join(q[:150] for q in large)


def test_an_image_missing_from_storage_costs_the_image_not_the_feed(client, story):
    story.hero_image.file.storage.delete(story.hero_image.file.name)
    _, parsed = read(client, "/rss/")
    assert parsed.entries[0].title == "Kemphanen pakken punt"
    assert parsed.entries[0].enclosures == []
