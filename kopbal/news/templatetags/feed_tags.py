"""Feed autodiscovery: which feeds a page names in its <head>."""

from django import template

from kopbal.core.address import absolute_url
from kopbal.news.feeds import FORMATS, feed_path

register = template.Library()

MIME_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
LABELS = {"rss": "RSS", "atom": "Atom"}


@register.simple_tag
def feed_links(tag=None) -> list[dict]:
    """The feeds of `tag`'s page first (what a feed reader offers first), then the site's.

    `tag` is a club, person, competition or author; anything else means the site only.
    """
    tags = [tag, None] if getattr(tag, "tag_route", None) else [None]
    return [
        {
            "type": MIME_TYPES[fmt],
            "title": f"Kopbal{f': {t.name}' if t is not None else ''} ({LABELS[fmt]})",
            "href": feed_url(t, fmt),
        }
        for t in tags
        for fmt in FORMATS
    ]


@register.simple_tag
def feed_url(tag, fmt: str) -> str:
    """The absolute URL of `tag`'s feed (or the site's, for None) in `fmt`."""
    return absolute_url(feed_path(tag, fmt))
