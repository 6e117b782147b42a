"""RSS feed of the newest articles, read through the same rule as the home page."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kopbal.core.address import absolute_url

from .models import MOST_RECENT_COUNT, ArticlePage


class LatestArticlesFeed(Feed):
    title = "Kopbal"
    description = _("The newest football news from Kopbal.")

    # On the configured address, not the Host of the request (Django's default).
    def link(self):
        return absolute_url("/")

    def feed_url(self):
        return absolute_url(reverse("rss"))

    def items(self):
        return ArticlePage.objects.live_news().defer_streamfields()[:MOST_RECENT_COUNT]

    def item_title(self, item):
        return item.display_title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.full_url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
