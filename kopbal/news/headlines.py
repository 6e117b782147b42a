"""Articles as a headline list without images shows them, built from their rows alone.

"Meest recent" beside every article lists 26 of them. As page objects (some 40 columns
each, Wagtail's and modelcluster's set-up) and through Wagtail's URL machinery one by one,
building them cost more than writing their HTML. A `Headline` holds the ten values a
teaser (kopbal.news.teasers) shows, and takes the headline and teaser rules from
ArticlePage itself, so there is one source for each.
"""

from wagtail.models import Page

from kopbal.core.precompiled import Precompiled
from kopbal.core.restrictions import restricted_sections

COLUMNS = (
    "pk",
    "title",
    "slug",
    "url_path",
    "is_rumour",
    "is_poll_article",
    "custom_teaser",
    "intro",
    "first_published_at",
    "comment_total",
)


class Headline:
    __slots__ = (*COLUMNS, "_index_urls")
    hero_image = None  # lists with images show page objects (with_hero_images)

    def __init__(self, row, index_urls: dict):
        for name, value in zip(COLUMNS, row, strict=True):
            setattr(self, name, value)
        self._index_urls = index_urls  # shared by the headlines of one list

    @property
    def display_title(self) -> str:
        from kopbal.news.models import ArticlePage

        return ArticlePage.display_title.fget(self)

    @property
    def teaser(self) -> str:
        from kopbal.news.models import ArticlePage

        return ArticlePage.teaser.fget(self)

    def get_url(self, request=None):
        """ArticlePage.get_url: the news index's address, then /<id>/<slug>/.

        The index's address is worked out once per list (and request) by Wagtail, so
        the choice of site, and of a relative or a full URL, is Wagtail's."""
        index_path = self.url_path.rstrip("/").rsplit("/", 1)[0] + "/"
        key = (index_path, id(request))
        try:
            index_url = self._index_urls[key]
        except KeyError:
            index_url = self._index_urls[key] = Page(url_path=index_path).get_url(request)
        if index_url is None:
            return None  # not routable, as ArticlePage.get_url says
        return f"{index_url.rstrip('/')}/{self.pk}/{self.slug}/"


def headlines(articles) -> list[Headline]:
    """`articles` (an ArticlePage queryset, sliced as the list needs) as headlines."""
    index_urls: dict = {}
    return [Headline(row, index_urls) for row in articles]


def _newest(sections, count: int):
    from kopbal.news.models import ArticlePage

    return ArticlePage.objects.live_news().for_headlines()[:count]


# The query of every "Meest recent", compiled once per process for each list length and
# set of private sections (kopbal.core.precompiled).
_NEWEST = Precompiled(_newest)


def newest_headlines(count: int) -> list[Headline]:
    """The `count` newest articles a reader may see, as headlines."""
    return headlines(_NEWEST(shape=(restricted_sections(), count)))
