"""GET /api/live/...: the live documents (see http.py for how they are cached)."""

from django.utils.translation import gettext as _

from kopbal.comments import live as comments_live
from kopbal.core.api import json_error
from kopbal.news import live as news_live
from kopbal.news.models import ArticlePage
from kopbal.polls import live as polls_live
from kopbal.polls.snapshot import poll_snapshot

from .http import public_json, read_only, shared_document


def _article_document(request, article_id: int, kind: str, build):
    refused = read_only(request)
    if refused is not None:
        return refused

    def build_if_readable():
        # Stored with the site's generation: an unpublish retires it.
        if not ArticlePage.objects.live().public().filter(pk=article_id).exists():
            return None
        return build(article_id)

    doc = shared_document(
        f"article:{kind}:{article_id}",
        depends_on=comments_live.depends_on(article_id),
        build=build_if_readable,
    )
    if doc is None:
        return json_error(404, "not_found", _("This article does not exist."))
    return public_json(doc)


def article_state(request, article_id):
    """The newest visible comments of an article: ids, parents, times."""
    return _article_document(request, article_id, "state", comments_live.state)


def article_comments(request, article_id):
    """The same comments, rendered: fetched when a reader asks to see the new ones."""
    return _article_document(request, article_id, "html", comments_live.fragment)


def home_state(request):
    refused = read_only(request)
    if refused is not None:
        return refused
    return public_json(
        shared_document("home:state", depends_on=news_live.DEPENDS_ON, build=news_live.state)
    )


def home_articles(request):
    refused = read_only(request)
    if refused is not None:
        return refused
    doc = shared_document(
        "home:html", depends_on=news_live.DEPENDS_ON, build=lambda: news_live.fragment(request)
    )
    return public_json(doc)


def poll_results(request, poll_id):
    refused = read_only(request)
    if refused is not None:
        return refused
    snapshot = poll_snapshot(poll_id)
    if snapshot is None:
        return json_error(404, "not_found", _("This poll does not exist."))
    return public_json(polls_live.results_document(snapshot))
