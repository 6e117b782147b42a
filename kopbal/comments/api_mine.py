"""/api/my-comments/pending/: the reader's own comments that wait for a moderator.

Cached pages show only visible comments, so a held comment would seem lost after a
reload; the page script asks here (private, never cached) and puts them back in place,
under an article (?article=<id>) or on the reader's own profile (no parameter).
"""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from kopbal.core.api import json_error, json_not_allowed
from kopbal.core.ids import positive_int

from . import cards
from .models import Comment

LIMIT = 50


def my_pending_comments_api(request):
    if request.method not in ("GET", "HEAD"):
        return json_not_allowed(["GET", "HEAD"], _("Use GET."))
    if not request.user.is_authenticated:
        return json_error(401, "login_required", _("Log in to see your comments."))
    pending = (
        Comment.objects.pending()
        .filter(author=request.user, article__live=True)
        .select_related("article", "author")
        .order_by("created_at", "pk")
    )
    raw = request.GET.get("article")
    if raw is not None:
        article_id = positive_int(raw)
        if article_id is None:
            return json_error(400, "bad_article", _("Give an article id, like ?article=12."))
        pending = pending.filter(article_id=article_id)
    viewer = cards.viewer_for(request)
    comments = [
        {
            "id": c.pk,
            "article": c.article_id,
            "article_title": c.article.title,
            "article_url": c.article.url,
            "parent": c.parent_id,
            "html": cards.card(c, viewer, is_reply=c.parent_id is not None),
        }
        for c in pending[:LIMIT]
    ]
    response = JsonResponse({"comments": comments})
    patch_cache_control(response, private=True, no_store=True)
    return response
