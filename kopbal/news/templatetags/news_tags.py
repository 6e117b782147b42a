"""Lists of articles that several page types show."""

import logging

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Site

from kopbal.core import generations, holes
from kopbal.core.fragments import shared_fragment
from kopbal.football.models import Club
from kopbal.news import teasers
from kopbal.news.headlines import newest_headlines
from kopbal.news.models import MOST_RECENT_COUNT, ArticlePage

register = template.Library()
logger = logging.getLogger("kopbal.news")


# One list item of "Meest recent" as the fragment marks it for `_without`.
_ITEM_OPEN = '<li data-article="'  # each item's start; a teaser's own text has no "<"


@register.simple_tag(takes_context=True)
def teaser(context, article, heading_level=3, show_image=False, lead=False):
    """One article as the lists show it (kopbal.news.teasers)."""
    return teasers.teaser(
        article,
        heading_level=heading_level,
        show_image=show_image,
        lead=lead,
        request=context.get("request"),
    )


@register.simple_tag(takes_context=True)
def comment_count(context, article):
    """The comment count of a list item (kopbal.news.teasers)."""
    url = escape(article.get_url(context.get("request")))
    return mark_safe(teasers.comment_count(article, url))  # noqa: S308 (escaped there)


@register.simple_tag(takes_context=True)
def most_recent(context, heading_level: int = 2, show_images: bool = False, exclude=None):
    """The "Meest recent" list: the newest live articles with teaser and comment count.

    The same on every article page, so it is a shared fragment; its comment counts and
    times are brought up to date by the page script, as on cached pages. Beside an
    article (`exclude` its page) the list leaves that article out: the shared fragment
    holds one article more than is shown, and each page drops its own from it, or the
    last one, so the list stays one fragment for every article instead of one each.
    In a stored page it is a hole (kopbal.core.holes): a publish renews the list, not
    every page that shows it.
    """
    params = {"heading_level": int(heading_level), "show_images": int(bool(show_images))}
    if exclude is not None:
        # 0 for a page not saved yet (a preview): no item is its own, the extra one goes.
        params["exclude"] = int(getattr(exclude, "pk", exclude) or 0)
    html = most_recent_html(context.get("request"), **params)
    return holes.wrap("most_recent", html, **params)


def most_recent_html(request, heading_level, show_images, exclude=None) -> str:
    """The list as `most_recent` shows it, also when a page-cache hit fills its hole."""
    heading_level, show_images = int(heading_level), bool(int(show_images))
    count = MOST_RECENT_COUNT + (1 if exclude is not None else 0)

    def render():
        if show_images:
            articles = ArticlePage.objects.live_news().for_listing().with_hero_images()[:count]
        else:
            articles = newest_headlines(count)
        # The items in Python, not 26 teaser tags through the template engine; each is
        # marked with its article (an int) for `_without` when the list is beside one.
        # With the request, Wagtail works out the site's root paths once for the links.
        marked = exclude is not None
        items = "\n".join(
            (f'<li data-article="{article.pk}">' if marked else "<li>")
            + teasers.teaser(
                article,
                heading_level=heading_level + 1,
                show_image=show_images,
                lead=show_images and position == 0,
                request=request,
            )
            + "</li>"
            for position, article in enumerate(articles)
        )
        return render_to_string(
            "includes/most_recent.html",
            {
                "items": mark_safe(items),  # noqa: S308 (teasers escape every value)
                "heading_level": heading_level,
                "show_images": show_images,
            },
        )

    html = shared_fragment(
        f"most_recent:{heading_level}:{int(show_images)}:{count}",
        render,
        generation_key=generations.NEWS,
        shown=False,
    )
    if exclude is None:
        return html
    return mark_safe(_without(html, exclude))  # noqa: S308 (our own HTML)


# The lists as pages show them: (heading_level, show_images, beside an article).
MOST_RECENT_VARIANTS = ((2, 0, True), (2, 1, False))


def most_recent_warm() -> None:
    """Render "Meest recent" for the news generation just committed, so that the first
    reader of every cached page after a publish gets the list from the cache instead of
    waiting for it (run by the publish, in transaction.on_commit).

    Best effort: the publish is committed, and a reader renders the list if this fails."""
    try:
        _most_recent_warm()
    except Exception:
        logger.exception("Meest recent could not be rendered after a publish")


def _most_recent_warm() -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or settings.KOPBAL_FRAGMENT_CACHE_SECONDS <= 0:
        return
    # As a reader's request on the site: links relative to it, in the site's language.
    request = HttpRequest()
    request.META.update(SERVER_NAME=site.hostname, SERVER_PORT=str(site.port))
    request._wagtail_site = site  # what Site.find_for_request keeps on a request
    with translation.override(settings.LANGUAGE_CODE):
        for heading_level, show_images, beside_article in MOST_RECENT_VARIANTS:
            exclude = 0 if beside_article else None
            most_recent_html(request, heading_level, show_images, exclude=exclude)


def _without(html: str, article_id) -> str:
    """The list without the item of `article_id`, or without its extra last item.

    With str.find, not a regex: a lazy `.*?</li>` over the list's 15 KB took 0.2 ms on
    every article page."""
    start = html.find(f'{_ITEM_OPEN}{article_id}">')
    if start < 0:
        if html.count(_ITEM_OPEN) <= MOST_RECENT_COUNT:
            return html  # every live article fits: there is no extra one
        start = html.rfind(_ITEM_OPEN)
    end = html.index("</li>", start) + len("</li>")
    while end < len(html) and html[end].isspace():  # the line break joining the items
        end += 1
    return html[:start] + html[end:]


@register.inclusion_tag("includes/club_nav.html")
def club_nav(title_hidden: bool = False):
    """Every club with its crest: the way into the club pages. On the clubs page, whose
    own heading says "Clubs", the list's title is for screen readers only."""
    generations.depends_on(generations.tags("club"))  # any club's edit renews the menu
    clubs = Club.objects.select_related("crest").prefetch_related("crest__renditions")
    return {"clubs": clubs.order_by("short_name"), "title_hidden": title_hidden}
