"""Article teasers: the one place a list item's HTML is written.

"Meest recent" beside every article, the home page, the archive, tag pages, match pages
and the live home fragment all show the same teaser: headline, teaser text, time and
comment count, with the hero image in the long lists. Through Django templates each teaser
was two includes with their context pushes, 26 of them beside every article, so they are
plain Python. Every value goes through `escape`, as autoescape does.
"""

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import ngettext
from wagtail.images.models import Filter, ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found

from kopbal.core.templatetags.kopbal_tags import html_datetime, relative_time
from kopbal.core.text import escape

COMMENT_ICON = (
    '<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M3 3h14a1 1 0 0 '
    '1 1 1v9a1 1 0 0 1-1 1H9l-4 3.5V14H3a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z" '
    'fill="currentColor"/></svg>'
)
# The lead image is the home page's largest paint: fetched first, never lazily. Sizes
# follow .teaser--lead and .teaser__image in kopbal.css; the lists prefetch every rendition
# (with_hero_images).
LEAD_IMAGE = (
    "fill-{800x450,400x225,1200x675}|format-webp",
    {"sizes": "(min-width: 64em) 50rem, calc(100vw - 2rem)", "fetchpriority": "high", "alt": ""},
)
LIST_IMAGE = (
    "fill-{240x135,480x270}|format-webp",
    {"sizes": "(min-width: 40em) 10rem, 6.5rem", "loading": "lazy", "alt": ""},
)


def _image(image, spec: str, attrs: dict) -> str:
    filters = [Filter(spec=f) for f in Filter.expand_spec(spec)]
    return ResponsiveImage(get_renditions_or_not_found(image, filters), dict(attrs)).__html__()


def comment_count(article, url: str) -> str:
    """The comment count of a list item; kopbal.js refreshes it on cached pages."""
    total = article.comment_total
    words = ngettext("comment", "comments", total)
    return (
        f'<a class="comment-count" href="{url}#reacties" data-comment-count="{article.pk}"> '
        f'{COMMENT_ICON} <span class="comment-count__number">{total}</span> '
        f'<span class="visually-hidden">{escape(words)}</span> </a>'
    )


def teaser(
    article, *, heading_level: int = 3, show_image: bool = False, lead: bool = False, request=None
) -> SafeString:
    """One article as lists show it (`article` from `for_listing()`)."""
    url = escape(article.get_url(request))
    parts = [f'<article class="teaser{" teaser--lead" if lead else ""}">']
    if show_image and article.hero_image:
        spec, attrs = LEAD_IMAGE if lead else LIST_IMAGE
        parts.append(
            f' <a class="teaser__image" href="{url}" tabindex="-1" aria-hidden="true"> '
            f"{_image(article.hero_image, spec, attrs)} </a>"
        )
    level = int(heading_level or 3)
    published = article.first_published_at
    parts.append(
        f' <div class="teaser__text"> <h{level} class="teaser__title"><a href="{url}">'
        f"{escape(article.display_title)}</a></h{level}> "
        f'<p class="teaser__intro">{escape(article.teaser)}</p> <p class="teaser__meta"> '
        f'<time datetime="{escape(html_datetime(published))}" data-relative>'
        f"{escape(relative_time(published))}</time> {comment_count(article, url)} </p> "
        "</div> </article>"
    )
    return mark_safe("".join(parts))  # noqa: S308 (every value escaped above)
