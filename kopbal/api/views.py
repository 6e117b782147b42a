"""The public read API, v1: articles (a list with filters and a cursor, and one article)
and clubs. Read through the same rules as the pages (`live_news()`, `tagged_with()`)."""

import re
from datetime import UTC, datetime
from urllib.parse import urlencode

from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kopbal.core import generations
from kopbal.core.address import absolute_url
from kopbal.core.api import json_error
from kopbal.football.models import Club, Competition, Person
from kopbal.news.models import ArticlePage, Author

from . import serializers
from .cache import public_read
from .cursor import BadCursor, cursor_decode, cursor_encode

# Filter parameter -> the tag model whose slug it names.
FILTERS = {"club": Club, "person": Person, "competition": Competition, "author": Author}
PAGE_SIZE = 25
_ISO_8601 = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?"
)


def _json(data) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def _since(value: str) -> datetime | None:
    """An ISO 8601 date or time, e.g. 2026-11-28T09:00:00+01:00, else None.

    "+01:00" often arrives as " 01:00" (a "+" left unescaped in a URL); Python's parser
    alone would also take forms nobody means, like a run of digits.
    """
    value = value.strip().replace(" ", "+")
    if not _ISO_8601.fullmatch(value):
        return None
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = timezone.make_aware(moment)  # the site's time zone, as on the pages
        # In UTC, as the database compares it: year 1 or 9999 with an offset falls off
        # the calendar here rather than in the database driver.
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _articles():
    return ArticlePage.objects.live_news().defer_streamfields().with_hero_images().with_credits()


# Articles name their clubs, persons and competitions, and the club list its clubs and
# their competitions: an edit of any of those renews the stored answers (a club's save no
# longer moves the site generation; see kopbal.core.generations.tag).
TAG_KEYS = [generations.tags(kind) for kind in ("club", "person", "competition")]


@public_read(params=[*FILTERS, "cursor"], uncached=["since"], depends_on=lambda: TAG_KEYS)
def article_list(request):
    articles = _articles()
    for name, model in FILTERS.items():
        slug = request.GET.get(name)
        if slug is None:
            continue
        tag = model.objects.filter(slug=slug).first()
        if tag is None:
            message = _("There is no %(kind)s with the slug %(slug)s.") % {
                "kind": model._meta.verbose_name,
                "slug": slug,
            }
            return json_error(404, f"unknown_{name}", message)
        articles = articles.tagged_with(tag)
    if "since" in request.GET:
        since = _since(request.GET["since"])
        if since is None:
            message = _("since must be a date and time in ISO 8601, e.g. %(example)s.")
            return json_error(400, "bad_since", message % {"example": "2026-11-28T09:00:00+01:00"})
        articles = articles.filter(first_published_at__gte=since)
    if "cursor" in request.GET:
        try:
            published, article_id = cursor_decode(request.GET["cursor"])
        except BadCursor:
            return json_error(
                400, "bad_cursor", _("This cursor is not valid: start again from the first page.")
            )
        articles = articles.filter(first_published_at__lte=published).exclude(
            first_published_at=published, pk__gte=article_id
        )
    page = list(articles[: PAGE_SIZE + 1])
    items, more = page[:PAGE_SIZE], len(page) > PAGE_SIZE
    next_url = None
    if more:
        last = items[-1]
        query = {k: v for k, v in request.GET.items() if k != "cursor"}
        query["cursor"] = cursor_encode(last.first_published_at, last.pk)
        next_url = absolute_url(f"{request.path}?{urlencode(query)}")
    return _json(
        {
            "next": next_url,
            "results": [serializers.article_summary(a, request) for a in items],
        }
    )


# Its comment count changes with every comment, which renews only this article's copy.
@public_read(depends_on=lambda article_id: [generations.article(article_id), *TAG_KEYS])
def article_detail(request, article_id):
    article = _articles().select_related("stats").filter(pk=article_id).first()
    if article is None:
        return json_error(404, "not_found", _("This article does not exist (any more)."))
    return _json(serializers.article_detail(article, request))


@public_read(depends_on=lambda: TAG_KEYS)
def club_list(request):
    clubs = Club.objects.select_related("competition", "crest").prefetch_related(
        "crest__renditions"
    )
    return _json({"results": [serializers.club(c) for c in clubs]})


def article_api_url(article_id: int) -> str:
    return absolute_url(reverse("api_v1_article", kwargs={"article_id": article_id}))
