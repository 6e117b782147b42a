"""Posting a comment: every rule, the write and its side effects in one transaction.

On PostgreSQL the rules that need the database and the insert are one call of a stored
function (services/database.py); SQLite, and every refusal Python can tell by itself,
take the portable path. Both raise the same refusals, in the same order.
"""

import math
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kopbal.core import events
from kopbal.core.retry import duration_text

from .. import rules
from ..models import Comment
from . import database
from .errors import CommentRefused
from .posting import _check_words, _clean, _int

Status = Comment.Status


def _limits() -> tuple[int, int]:
    """The budget: comments per minute and per hour."""
    return settings.KOPBAL_COMMENTS_PER_MINUTE, settings.KOPBAL_COMMENTS_PER_HOUR


def _budget_wait(user) -> float | None:
    """Seconds until `user` may post again, or None.

    The budget is counted from the reader's own comment rows (deleted ones included, so
    posting and deleting buys nothing): only accepted posts count, and a refused attempt
    (too long, a banned word, a duplicate, the honeypot, over the limit) never does.
    """
    per_minute, per_hour = _limits()
    limits = [(per_minute, 60), (per_hour, 3600)]
    now = timezone.now()
    recent = list(
        Comment.objects.recent_by(user, 3600)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[: max(limit for limit, _window in limits)]
    )
    waits = []
    for limit, window in limits:
        within = [t for t in recent if (now - t).total_seconds() < window]
        if len(within) >= limit:
            waits.append(window - (now - within[limit - 1]).total_seconds())
    return max(waits) if waits else None


def _too_fast(wait: float) -> CommentRefused:
    return CommentRefused(
        _("You are commenting very fast. Try again in %(wait)s.") % {"wait": duration_text(wait)},
        status=429,
        code="rate_limited",
        retry_after=math.ceil(wait),
    )


def _bad_parent() -> CommentRefused:
    return CommentRefused(_("The comment you are replying to no longer exists."), code="bad_parent")


def _duplicate() -> CommentRefused:
    return CommentRefused(
        _("You already posted exactly this comment."), status=409, code="duplicate"
    )


def _ensure_within_budget(user) -> None:
    wait = _budget_wait(user)
    if wait is not None:
        raise _too_fast(wait)


def _lock_author(user) -> None:
    """Serialise one reader's posts, so that two at once cannot both fit the last place in
    the budget (SQLite's IMMEDIATE transactions already run one writer at a time)."""
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk"))


def _ensure_not_duplicate(user, article, body: str) -> None:
    since = timezone.now() - timedelta(hours=24)
    if Comment.objects.filter(
        author=user, article=article, body=body, created_at__gte=since
    ).exists():
        raise _duplicate()


def _posted(comment: Comment) -> None:
    """Tell the subscribers (the count, the article's cached pages, reply notices), in the
    post's transaction."""
    events.emit(
        events.CommentPosted(
            article_id=comment.article_id,
            comment_id=comment.pk,
            visible=comment.is_visible,
            parent_id=comment.parent_id,
        )
    )


def comment_post(*, article, user, body: str, parent_id=None, ip_hash: str = "") -> Comment:
    """Post a comment (or a reply) under `article`; it shows at once or waits for moderation."""
    if connection.vendor == "postgresql" and user.is_authenticated and article.live:
        try:
            cleaned = _clean(body)
            verdict = _check_words(cleaned)
        except CommentRefused:
            pass  # refused: the portable path names the first rule broken, in its order
        else:
            return _post_in_one_call(
                article=article,
                user=user,
                body=cleaned,
                verdict=verdict,
                parent_id=parent_id,
                ip_hash=ip_hash,
            )
    return _post_portable(
        article=article, user=user, body=body, parent_id=parent_id, ip_hash=ip_hash
    )


def _post_in_one_call(*, article, user, body: str, verdict, parent_id, ip_hash: str) -> Comment:
    """PostgreSQL: every rule that needs the database and the insert in one call, then the
    subscribers (count, cached pages) in the same transaction."""
    given = parent_id not in (None, "")
    with transaction.atomic():
        comment, refusal, wait = database.comment_insert(
            article=article,
            user=user,
            body=body,
            verdict=verdict,
            parent_id=_int(parent_id) if given else None,
            parent_given=given,
            ip_hash=ip_hash,
            limits=_limits(),
        )
        if comment is not None:
            _posted(comment)
    if refusal == "rate_limited":
        raise _too_fast(wait)
    if refusal == "duplicate":
        raise _duplicate()
    if refusal == "bad_parent":
        raise _bad_parent()
    if refusal is not None:
        # Who may comment, or where: the rules' own messages (a ban names its reason).
        rules.ensure_can_comment(user)
        rules.ensure_discussion_open(article)
        raise CommentRefused(_("Your comment could not be posted."), code=refusal)
    return comment


def _post_portable(*, article, user, body: str, parent_id=None, ip_hash: str = "") -> Comment:
    """Every database (SQLite in particular), and every refusal of a post on PostgreSQL
    that Python can tell before asking the database."""
    rules.ensure_can_comment(user)
    rules.ensure_discussion_open(article)
    body = _clean(body)
    verdict = _check_words(body)
    parent = None
    if parent_id not in (None, ""):
        parent = Comment.objects.visible().filter(article=article, pk=_int(parent_id)).first()
        if parent is None:
            raise _bad_parent()
        # One level of replies: a reply to a reply joins the same thread.
        parent = parent.parent or parent
    reason = rules.hold_reason(user, body, verdict)
    with transaction.atomic():
        _lock_author(user)
        _ensure_not_duplicate(user, article, body)
        _ensure_within_budget(user)
        comment = Comment.objects.create(
            article=article,
            parent=parent,
            author=user,
            body=body,
            status=Status.PENDING if reason else Status.VISIBLE,
            moderation_reason=reason,
            ip_hash=ip_hash,
        )
        _posted(comment)
    return comment
