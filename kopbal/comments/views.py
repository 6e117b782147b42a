"""Comment endpoints. Each answers JSON to the page script (Accept: application/json) and
redirects back to the comment for a plain form post without JavaScript."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kopbal.core.api import json_error, json_not_allowed
from kopbal.core.ids import positive_int
from kopbal.core.net import ip_hash
from kopbal.core.requestdata import BadInput, body_fields, flag_field, id_field, text_field
from kopbal.core.retry import set_retry_after
from kopbal.news.models import ArticlePage

from . import cards, counts, services
from .discussion import SORTS, discussion_for
from .models import Comment
from .serializers import comment_json
from .services import CommentRefused


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _article(article_id) -> ArticlePage:
    article = ArticlePage.objects.live().filter(pk=article_id).first()
    if article is None:
        raise Http404
    return article


def _comment_url(comment: Comment) -> str:
    return f"{comment.article.url}#reactie-{comment.pk}"


def article_comments_api(request, article_id):
    """GET: one page of the discussion. POST: post a comment (session + CSRF)."""
    if request.method == "POST":
        # A post reads only the article's id and whether it is live (the rules, the stored
        # function, the events): not its body and fields.
        article = ArticlePage.objects.live_by_id(article_id)
    else:
        article = ArticlePage.objects.live().filter(pk=article_id).first()
    if article is None:
        return json_error(404, "not_found", _("This article does not exist."))
    if request.method == "POST":
        return _post(request, article, as_json=True)
    if request.method not in ("GET", "HEAD"):
        return json_not_allowed(["GET", "HEAD", "POST"], _("Use GET or POST."))
    sort = request.GET.get("sort", "newest")
    if sort not in SORTS.values():
        return json_error(400, "bad_sort", _("Sort by newest, oldest or liked."))
    try:
        discussion = discussion_for(request, article, sort=sort, page_param="page")
    except Http404:
        return json_error(404, "bad_page", _("This page number does not exist."))
    page = discussion.page_obj
    response = JsonResponse(
        {
            "article": article.pk,
            "count": discussion.count,
            "sort": sort,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "open": discussion.is_open,
            "comments": [comment_json(c, replies=True) for c in page],
        }
    )
    # Public and the same for everyone: shared caches may keep it for a few seconds.
    patch_cache_control(response, public=True, max_age=5)
    return response


def comment_counts_api(request):
    if request.method not in ("GET", "HEAD"):
        return json_not_allowed(["GET", "HEAD"], _("Use GET."))
    parts = [p.strip() for p in request.GET.get("ids", "").split(",") if p.strip()]
    ids = [positive_int(p) for p in parts[:101]]
    if not ids or len(ids) > 100 or None in ids:
        return json_error(400, "bad_ids", _("Give up to 100 article ids, like ?ids=1,2,3."))
    response = JsonResponse({str(k): v for k, v in counts.counts_for(ids).items()})
    patch_cache_control(response, public=True, max_age=5)
    return response


def _post(request, article, *, as_json: bool):
    try:
        fields = body_fields(request)
        if text_field(fields, "website"):
            # The honeypot field is hidden from people; whoever fills it in is a script.
            raise CommentRefused(_("Your comment could not be posted."), code="honeypot")
        comment = services.comment_post(
            article=article,
            user=request.user,
            body=text_field(fields, "body"),
            parent_id=id_field(fields, "parent"),
            ip_hash=ip_hash(request),
        )
    except BadInput as exc:
        if as_json:
            return json_error(400, exc.code, exc.message)
        return _discussion_page(request, article, error=exc.message, status=400)
    except CommentRefused as exc:
        return _refused(request, article, exc, as_json=as_json)
    if as_json:
        body = comment_json(comment)
        body["html"] = cards.card(comment, cards.viewer_for(request))
        body["count"] = counts.after_post(comment)
        response = JsonResponse(body, status=201)
        patch_cache_control(response, private=True, no_store=True)
        return response
    return redirect(_comment_url(comment))


def _refused(request, article, exc: CommentRefused, *, as_json: bool):
    """A refusal as JSON or on the discussion page; a rate limit says when (Retry-After)."""
    if as_json:
        response = json_error(exc.status, exc.code, exc.message)
    else:
        response = _discussion_page(request, article, error=exc.message, status=exc.status)
    return set_retry_after(response, exc.retry_after)


def _discussion_page(request, article, *, error="", status=200):
    """The article's discussion on a page of its own (errors keep the reader's text)."""
    response = TemplateResponse(
        request,
        "comments/discussion_page.html",
        {
            "article": article,
            "page": article,
            "discussion": discussion_for(request, article),
            "error": error,
            "draft": request.POST.get("body", ""),
            "draft_parent": request.POST.get("parent", ""),
        },
        status=status,
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_POST
def post_comment(request, article_id):
    return _post(request, _article(article_id), as_json=wants_json(request))


def _act(request, comment_id, action):
    """Run a service on a comment; JSON or a redirect back to it, errors alike."""
    comment = Comment.objects.select_related("article").filter(pk=comment_id).first()
    if comment is None:
        if wants_json(request):
            return json_error(404, "not_found", _("This comment does not exist."))
        raise Http404
    try:
        result = action(comment, body_fields(request))
    except BadInput as exc:
        if wants_json(request):
            return json_error(400, exc.code, exc.message)
        return _discussion_page(request, comment.article, error=exc.message, status=400)
    except CommentRefused as exc:
        return _refused(request, comment.article, exc, as_json=wants_json(request))
    if wants_json(request):
        response = JsonResponse(result, status=200)
        patch_cache_control(response, private=True, no_store=True)
        return response
    return redirect(_comment_url(comment))


@require_POST
def edit_comment(request, comment_id):
    def edit(comment, fields):
        edited = services.comment_edit(
            comment_id=comment.pk, user=request.user, body=text_field(fields, "body")
        )
        return comment_json(edited)

    return _act(request, comment_id, edit)


@require_http_methods(["GET", "HEAD", "POST"])
def delete_comment(request, comment_id):
    """Delete one's own comment. Without JavaScript a page asks first (the form posts
    `confirmed`); the page script asks in a dialog and posts JSON."""
    if not wants_json(request) and (
        request.method != "POST" or request.POST.get("confirmed") != "1"
    ):
        return _delete_confirm(request, comment_id)

    def delete(comment, fields):
        services.comment_delete(comment_id=comment.pk, user=request.user)
        return {"id": comment.pk, "deleted": True}

    return _act(request, comment_id, delete)


def _delete_confirm(request, comment_id):
    comment = (
        Comment.objects.select_related("article")
        .exclude(status__in=[Comment.Status.DELETED, Comment.Status.REMOVED])
        .filter(pk=comment_id)
        .first()
    )
    if comment is None:
        raise Http404(_("This comment does not exist."))
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    context, status = {"comment": comment}, 200
    if comment.author_id != request.user.pk:
        context, status = {"error": _("You can only change your own comments.")}, 403
    response = TemplateResponse(request, "comments/delete_confirm.html", context, status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_POST
def like_comment(request, comment_id):
    def like(comment, fields):
        liked = flag_field(fields, "like", default=True)
        updated = services.comment_like(comment_id=comment.pk, user=request.user, like=liked)
        return {"id": updated.pk, "likes": updated.like_count, "liked": liked}

    return _act(request, comment_id, like)


@require_POST
def report_comment(request, comment_id):
    def report(comment, fields):
        services.comment_report(
            comment_id=comment.pk, user=request.user, reason=text_field(fields, "reason")
        )
        return {
            "id": comment.pk,
            "reported": True,
            "message": _("Thanks: a moderator will look at it."),
        }

    return _act(request, comment_id, report)


def discussion_page(request, article_id):
    """GET: the discussion on its own page (the form errors of a plain post land here)."""
    return _discussion_page(request, _article(article_id))
