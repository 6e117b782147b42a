"""Lists of articles that several page types show."""

from django import template
from django.template.loader import render_to_string

from kopbal.core import generations
from kopbal.core.fragments import shared_fragment
from kopbal.football.models import Club
from kopbal.news.models import MOST_RECENT_COUNT, ArticlePage

register = template.Library()


@register.simple_tag(takes_context=True)
def most_recent(context, heading_level: int = 2, show_images: bool = False):
    """The "Meest recent" list: the newest live articles with teaser and comment count.

    The same on every article page, so it is a shared fragment; its comment counts and
    times are brought up to date by the page script, as on cached pages.
    """

    def render():
        articles = ArticlePage.objects.live_news().for_listing()
        if show_images:
            articles = articles.with_hero_images()
        return render_to_string(
            "includes/most_recent.html",
            {
                "articles": articles[:MOST_RECENT_COUNT],
                "heading_level": heading_level,
                "show_images": show_images,
                # With the request, Wagtail works out the site's root paths once for the
                # 50-odd article links, instead of asking the cache for each of them.
                "request": context.get("request"),
            },
        )

    return shared_fragment(f"most_recent:{heading_level}:{int(show_images)}", render)


@register.inclusion_tag("includes/club_nav.html")
def club_nav():
    """Every club with its crest: the way into the club pages."""
    generations.depends_on(generations.tags("club"))  # any club's edit renews the menu
    clubs = Club.objects.select_related("crest").prefetch_related("crest__renditions")
    return {"clubs": clubs.order_by("short_name")}
