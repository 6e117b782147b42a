"""Lists of articles that several page types show."""

from django import template

from kopbal.football.models import Club
from kopbal.news.models import MOST_RECENT_COUNT, ArticlePage

register = template.Library()


@register.inclusion_tag("includes/most_recent.html")
def most_recent(heading_level: int = 2, show_images: bool = False):
    """The "Meest recent" list: the newest live articles with teaser and comment count."""
    articles = ArticlePage.objects.live_news().for_listing()
    if show_images:
        articles = articles.with_hero_images()
    return {
        "articles": articles[:MOST_RECENT_COUNT],
        "heading_level": heading_level,
        "show_images": show_images,
    }


@register.inclusion_tag("includes/club_nav.html")
def club_nav():
    """Every club with its crest: the way into the club pages."""
    clubs = Club.objects.select_related("crest").prefetch_related("crest__renditions")
    return {"clubs": clubs.order_by("short_name")}
