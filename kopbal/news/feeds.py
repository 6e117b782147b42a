"""RSS 2.0 and Atom 1.0 feeds of the whole site and of every club, person, competition
and author page, read through the same rule as those pages (`live_news().tagged_with()`).

Every URL in them is on the configured address (kopbal.core.address), never the request's
Host. A feed runs a fixed number of queries whatever the number of items: authors, tags
and hero image renditions are fetched up front. Feeds carry nothing personal, so the
anonymous page cache stores them like pages and renews them on every publish.
"""

import mimetypes
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from kopbal.core import generations
from kopbal.core.address import absolute_links, absolute_url
from kopbal.football.models import Club, Competition, Person

from .feedformats import KopbalAtomFeed, KopbalRssFeed
from .models import MOST_RECENT_COUNT, ArticlePage, Author

# One rendition for every reader: wide enough for a feed reader's large card, never cropped.
IMAGE_SPEC = "width-1200"
FORMATS = {"rss": KopbalRssFeed, "atom": KopbalAtomFeed}
# The tag kinds with a reader page, by the URL prefix of that page (HomePage's routes).
TAG_KINDS = {"club": Club, "persoon": Person, "competitie": Competition, "auteur": Author}
TAG_GENERATIONS = [Club.tag_route, Person.tag_route, Competition.tag_route]


@dataclass(frozen=True)
class FeedImage:
    url: str
    length: int  # bytes of the file served at `url`
    mime_type: str
    width: int
    height: int


@dataclass(frozen=True)
class Credit:
    name: str
    url: str


@dataclass
class Source:
    """What one feed is about: the whole site (tag None) or one tag's page."""

    request: object
    fmt: str
    tag: object = None


def feed_path(tag, fmt: str) -> str:
    """The feed of `tag`'s page (or of the whole site) in `fmt` ("rss" or "atom")."""
    return f"{tag.get_absolute_url() if tag is not None else '/'}{fmt}/"


def hero_image(article) -> FeedImage | None:
    if article.hero_image is None:
        return None
    try:
        # Found among the prefetched renditions: no query once it exists.
        rendition = article.hero_image.get_rendition(IMAGE_SPEC)
        length = rendition.file.size
    except OSError:
        # The original is gone from storage: the item goes out without an image rather
        # than the whole feed with an error (Wagtail's SourceImageIOError is an OSError).
        return None
    return FeedImage(
        url=absolute_url(rendition.url),
        length=length,
        mime_type=mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg",
        width=rendition.width,
        height=rendition.height,
    )


class ArticleFeed(Feed):
    """The newest articles of the site or of one tag, in RSS 2.0 or Atom 1.0."""

    def __init__(self, *, fmt: str, model=None):
        # model: the tag model, None for the whole site
        self.fmt, self.model = fmt, model
        self.feed_type = FORMATS[fmt]

    def get_object(self, request, slug=None):
        tag = get_object_or_404(self.model, slug=slug) if self.model is not None else None
        return Source(request=request, fmt=self.fmt, tag=tag)

    def title(self, source):
        return f"Kopbal: {source.tag.name}" if source.tag else "Kopbal"

    def description(self, source):
        if source.tag is None:
            return _("The newest football news from Kopbal.")
        return _("The latest news about %(name)s on Kopbal.") % {"name": source.tag.name}

    def subtitle(self, source):
        return self.description(source)

    def link(self, source):
        return absolute_url(source.tag.get_absolute_url() if source.tag else "/")

    def feed_url(self, source):
        return absolute_url(feed_path(source.tag, source.fmt))

    def author_name(self, source):
        return "Kopbal"

    def items(self, source):
        # Items name their clubs, persons and competitions (categories): any of those
        # edited renews the feed, as a publish does.
        generations.depends_on(*(generations.tags(kind) for kind in TAG_GENERATIONS))
        articles = ArticlePage.objects.live_news()
        if source.tag is not None:
            articles = articles.tagged_with(source.tag)
        articles = articles.defer_streamfields().with_hero_images().with_credits()
        items = list(articles[:MOST_RECENT_COUNT])
        for article in items:
            # The path once per item, with the request's cache of the site's root paths.
            article.feed_path = article.get_url_parts(source.request)[2]
            article.feed_image = hero_image(article)
        return items

    def item_title(self, item):
        return item.display_title

    def item_description(self, item):
        # The whole intro as HTML (the generators escape it as XML text), not the teaser.
        return absolute_links(expand_db_html(item.intro))

    def item_link(self, item):
        return absolute_url(item.feed_path)

    def item_guid(self, item):
        # /nieuws/<id>/ answers with a redirect to the article whatever its slug becomes:
        # a permalink that survives an edited headline.
        return absolute_url(item.feed_path.rstrip("/").rsplit("/", 1)[0] + "/")

    def item_guid_is_permalink(self, item):
        return True

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        persons = [link.person for link in item.article_persons.all()]
        return [tag.name for tag in (*item.clubs.all(), *persons, *item.competitions.all())]

    def item_enclosures(self, item):
        image = item.feed_image
        if image is None:
            return []
        return [Enclosure(image.url, str(image.length), image.mime_type)]

    def item_extra_kwargs(self, item):
        authors = [link.author for link in item.article_authors.all()]
        return {
            "authors": [Credit(a.name, absolute_url(a.get_absolute_url())) for a in authors],
            "image": item.feed_image,
        }


def urlpatterns() -> list:
    """/rss/ and /atom/ for the site, /<kind>/<slug>/rss/ and .../atom/ for every tag page."""
    patterns = []
    for fmt in FORMATS:
        patterns.append(path(f"{fmt}/", ArticleFeed(fmt=fmt), name=fmt))
        for prefix, model in TAG_KINDS.items():
            patterns.append(
                path(
                    f"{prefix}/<slug:slug>/{fmt}/",
                    ArticleFeed(fmt=fmt, model=model),
                    name=f"{model.tag_route}_{fmt}",
                )
            )
    return patterns
