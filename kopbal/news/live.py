"""The home page's "Meest recent" as open pages follow it (read only; served by kopbal.live).

The state lists the newest articles' ids (what "Meest recent" would show now); the page
script counts the ones it does not show and offers "2 nieuwe artikels". The fragment has
the newest few rendered as teasers, fetched on a tap. Both follow the news generation,
which every publish and unpublish bumps.
"""

from kopbal.core import generations

from . import teasers
from .models import MOST_RECENT_COUNT, ArticlePage

FRAGMENT_COUNT = 10  # more new articles than this and the page reloads instead

DEPENDS_ON = (generations.SITE, generations.NEWS)


def state() -> dict:
    ids = ArticlePage.objects.live_news().values_list("pk", flat=True)[:MOST_RECENT_COUNT]
    return {"articles": list(ids)}


def fragment(request) -> dict:
    articles = ArticlePage.objects.live_news().for_listing().with_hero_images()
    return {
        "articles": [
            {
                "id": article.pk,
                # The request for the links only; the teaser shows nothing of the reader.
                "html": teasers.teaser(article, heading_level=3, show_image=True, request=request),
            }
            for article in articles[:FRAGMENT_COUNT]
        ]
    }
