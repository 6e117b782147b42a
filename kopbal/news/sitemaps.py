"""Sitemaps for search engines: an index of articles and tag pages, and a Google News map.

Every entry is on the configured address (KOPBAL_SITE_URL), whatever Host the request
came in on, and articles are read through the one read rule, `live_news()`.
"""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.db.models import Max
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from kopbal.core.address import absolute_url
from kopbal.football.models import Club, Competition, Person

from .models import ArticlePage, Author

# Google News reads only the last two days, and at most 1,000 entries per map.
NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000


def _w3c(moment) -> str:
    """A W3C datetime in the site's time zone, to the second (what Google documents)."""
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


class SiteSitemap(Sitemap):
    """Entries on the configured address rather than the request's scheme and Host."""

    # Smaller pages than the protocol's 50,000: each page is rendered on request.
    limit = 5000

    def get_urls(self, page=1, site=None, protocol=None):
        address = urlsplit(settings.KOPBAL_SITE_URL)
        urls = self._urls(page, address.scheme, address.netloc)
        for url in urls:
            url["lastmod_w3c"] = _w3c(url["lastmod"]) if url["lastmod"] else ""
            url["image"] = self.image(url["item"])
        return urls

    def image(self, item) -> str:
        return ""


class ArticleSitemap(SiteSitemap):
    def items(self):
        return ArticlePage.objects.live_news().defer_streamfields().select_related("hero_image")

    def location(self, item):
        return item.get_url_parts()[2]

    def lastmod(self, item):
        return item.last_published_at

    def get_latest_lastmod(self):
        # One aggregate rather than Django's default, which walks every item.
        latest = ArticlePage.objects.live_news().aggregate(m=Max("last_published_at"))["m"]
        # The index template prints it with Django's "c" format: no microseconds there.
        return latest.replace(microsecond=0) if latest else None

    def image(self, item) -> str:
        # The original upload: a rendition would have to be made for every article here.
        return absolute_url(item.hero_image.file.url) if item.hero_image else ""


class TagSitemap(SiteSitemap):
    """The reader pages of clubs, persons, competitions or authors (HomePage routes) that
    list at least one article: a page without articles is thin content to a search engine."""

    model = None

    def items(self):
        return ArticlePage.objects.live_news().tags_in_use(self.model).order_by("pk")

    def location(self, item):
        return item.get_absolute_url()


class ClubSitemap(TagSitemap):
    model = Club


class PersonSitemap(TagSitemap):
    model = Person


class CompetitionSitemap(TagSitemap):
    model = Competition


class AuthorSitemap(TagSitemap):
    model = Author


class NewsSitemap(SiteSitemap):
    """Articles of the last 48 hours, newest first, for Google News."""

    limit = NEWS_LIMIT

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        articles = ArticlePage.objects.live_news().defer_streamfields()
        return articles.filter(first_published_at__gte=since)[:NEWS_LIMIT]

    def location(self, item):
        return item.get_url_parts()[2]

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            url["publication_date"] = _w3c(url["item"].first_published_at)
            url["title"] = url["item"].display_title
        return urls


SECTIONS = {
    "articles": ArticleSitemap,
    "clubs": ClubSitemap,
    "persons": PersonSitemap,
    "competitions": CompetitionSitemap,
    "authors": AuthorSitemap,
}


@x_robots_tag
def index(request):
    """The sitemap index: one entry per section page, on the configured address."""
    entries = []
    for section, sitemap_class in SECTIONS.items():
        sitemap = sitemap_class()
        if not sitemap.paginator.count:
            # An empty <urlset> breaks the sitemap schema (one <url> at least): not listed.
            continue
        url = absolute_url(reverse("sitemap_section", kwargs={"section": section}))
        lastmod = sitemap.get_latest_lastmod()
        entries.append(SitemapIndexItem(url, lastmod))
        for number in range(2, sitemap.paginator.num_pages + 1):
            entries.append(SitemapIndexItem(f"{url}?p={number}", lastmod))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


def section(request, section):
    return sitemap_view(request, SECTIONS, section=section, template_name="sitemaps/sitemap.xml")


def news(request):
    return sitemap_view(request, {"news": NewsSitemap}, template_name="sitemaps/news.xml")
