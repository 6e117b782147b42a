"""/api/articles/<id>/likes/: the like counts of an article's visible comments.

Anonymous pages are cached whole and a like renews none of them (it would cost a fresh
rendering of the article for every reader); the page script fills the counts from here.
"""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from kopbal.news.models import ArticlePage

from .models import Comment

MAX_ID = 2**63 - 1


def _error(status: int, code: str, message) -> JsonResponse:
    response = JsonResponse({"error": code, "message": str(message)}, status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response


def article_likes_api(request, article_id):
    if request.method not in ("GET", "HEAD"):
        response = _error(405, "method_not_allowed", _("Use GET."))
        response["Allow"] = "GET, HEAD"
        return response
    # An id past the database's 64-bit range is no article (and no 500 on PostgreSQL).
    if article_id > MAX_ID or not ArticlePage.objects.live().filter(pk=article_id).exists():
        return _error(404, "not_found", _("This article does not exist."))
    liked = (
        Comment.objects.visible()
        .filter(article_id=article_id, like_count__gt=0)
        .values_list("pk", "like_count")
    )
    response = JsonResponse({"article": article_id, "likes": {str(k): n for k, n in liked}})
    # The same for everyone: shared caches may keep it for a few seconds.
    patch_cache_control(response, public=True, max_age=5)
    return response
