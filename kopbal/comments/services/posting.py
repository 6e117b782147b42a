"""What readers do: post, edit, delete, like and report comments."""

import math
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from kopbal.core import events, ratelimit
from kopbal.core.retry import duration_text, window_remaining

from .. import rules, text, wordfilter
from ..models import Comment, Like, Report
from .errors import CommentRefused

Status = Comment.Status
REPORTS_PER_HOUR = 20


def _check_words(body: str):
    verdict = wordfilter.check(body)
    if verdict.is_banned:
        raise CommentRefused(
            _("Your comment contains words that are not allowed here. Rephrase it, please."),
            code="banned_words",
        )
    return verdict


def _clean(body: str) -> str:
    try:
        return text.clean(body)
    except text.InvalidText as exc:
        raise CommentRefused(exc.message, code="invalid_text") from None


def _budget_wait(user) -> float | None:
    """Seconds until `user` may post again, or None.

    The budget is counted from the reader's own comment rows (deleted ones included, so
    posting and deleting buys nothing): only accepted posts count, and a refused attempt
    (too long, a banned word, a duplicate, the honeypot, over the limit) never does.
    """
    limits = [(settings.KOPBAL_COMMENTS_PER_MINUTE, 60), (settings.KOPBAL_COMMENTS_PER_HOUR, 3600)]
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


def _ensure_within_budget(user) -> None:
    wait = _budget_wait(user)
    if wait is not None:
        raise CommentRefused(
            _("You are commenting very fast. Try again in %(wait)s.")
            % {"wait": duration_text(wait)},
            status=429,
            code="rate_limited",
            retry_after=math.ceil(wait),
        )


def _lock_author(user) -> None:
    """Serialise one reader's posts, so that two at once cannot both fit the last place in
    the budget (SQLite's IMMEDIATE transactions already run one writer at a time)."""
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk"))


def _ensure_not_duplicate(user, article, body: str) -> None:
    since = timezone.now() - timedelta(hours=24)
    if Comment.objects.filter(
        author=user, article=article, body=body, created_at__gte=since
    ).exists():
        raise CommentRefused(
            _("You already posted exactly this comment."), status=409, code="duplicate"
        )


def comment_post(*, article, user, body: str, parent_id=None, ip_hash: str = "") -> Comment:
    """Post a comment (or a reply) under `article`; it shows at once or waits for moderation."""
    rules.ensure_can_comment(user)
    rules.ensure_discussion_open(article)
    body = _clean(body)
    verdict = _check_words(body)
    parent = None
    if parent_id not in (None, ""):
        parent = Comment.objects.visible().filter(article=article, pk=_int(parent_id)).first()
        if parent is None:
            raise CommentRefused(
                _("The comment you are replying to no longer exists."), code="bad_parent"
            )
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
        events.emit(
            events.CommentPosted(
                article_id=article.pk, comment_id=comment.pk, visible=comment.is_visible
            )
        )
    return comment


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _own(comment_id, user) -> Comment:
    comment = Comment.objects.select_for_update().filter(pk=_int(comment_id)).first()
    if comment is None or comment.status in (Status.DELETED, Status.REMOVED):
        raise CommentRefused(_("This comment does not exist."), status=404, code="not_found")
    if comment.author_id != user.pk:
        raise CommentRefused(
            _("You can only change your own comments."), status=403, code="forbidden"
        )
    return comment


@transaction.atomic
def comment_edit(*, comment_id, user, body: str) -> Comment:
    """Change one's own comment within five minutes of posting; shown as "bewerkt"."""
    comment = _own(comment_id, user)
    if not comment.editable_by(user):
        raise CommentRefused(
            _("Comments can only be edited in the first five minutes."),
            status=403,
            code="edit_window_closed",
        )
    body = _clean(body)
    verdict = _check_words(body)
    was_visible = comment.is_visible
    comment.body = body
    comment.edited_at = timezone.now()
    if verdict.is_suspect and not user.is_staff:
        comment.status = Status.PENDING
        comment.moderation_reason = rules.hold_reason(user, body, verdict)
    comment.save(update_fields=["body", "edited_at", "status", "moderation_reason"])
    events.emit(
        events.CommentChanged(
            article_id=comment.article_id,
            comment_id=comment.pk,
            was_visible=was_visible,
            is_visible=comment.is_visible,
        )
    )
    return comment


@transaction.atomic
def comment_delete(*, comment_id, user) -> Comment:
    """Delete one's own comment; its replies stay, under a "deleted" placeholder."""
    comment = _own(comment_id, user)
    was_visible = comment.is_visible
    comment.status = Status.DELETED
    comment.body = ""
    comment.save(update_fields=["status", "body"])
    events.emit(
        events.CommentChanged(
            article_id=comment.article_id,
            comment_id=comment.pk,
            was_visible=was_visible,
            is_visible=False,
        )
    )
    return comment


def _ensure_under(scope: str, user, *, limit: int, window: int, message) -> None:
    """A per-reader limit on kopbal.core.ratelimit's counters (likes, reports)."""
    if not ratelimit.hit(scope, f"user:{user.pk}", limit=limit, window=window):
        wait = window_remaining(window)
        raise CommentRefused(
            message % {"wait": duration_text(wait)},
            status=429,
            code="rate_limited",
            retry_after=wait,
        )


def comment_like(*, comment_id, user, like: bool = True) -> Comment:
    """Like (or unlike) a visible comment of someone else; one like per reader.

    No cached page is renewed: anonymous pages take like counts from the API, so a like
    costs one row, not a fresh rendering of the article for every reader.
    """
    if not user.is_authenticated:
        raise CommentRefused(_("Log in to like comments."), status=401, code="login_required")
    comment = Comment.objects.visible().filter(pk=_int(comment_id)).first()
    if comment is None:
        raise CommentRefused(_("This comment does not exist."), status=404, code="not_found")
    if comment.author_id == user.pk:
        raise CommentRefused(_("You cannot like your own comment."), status=403, code="own_comment")
    _ensure_under(
        "like",
        user,
        limit=settings.KOPBAL_LIKES_PER_MINUTE,
        window=60,
        message=_("You are liking very fast. Try again in %(wait)s."),
    )
    with transaction.atomic():
        if like:
            try:
                with transaction.atomic():
                    Like.objects.create(comment=comment, user=user)
            except IntegrityError:
                return comment  # liked already: liking twice changes nothing
            Comment.objects.filter(pk=comment.pk).update(like_count=F("like_count") + 1)
        elif Like.objects.filter(comment=comment, user=user).delete()[0]:
            Comment.objects.filter(pk=comment.pk).update(like_count=F("like_count") - 1)
    comment.refresh_from_db(fields=["like_count"])
    return comment


def comment_report(*, comment_id, user, reason: str) -> Report:
    """Report a comment to the moderators, with a reason."""
    if not user.is_authenticated:
        raise CommentRefused(_("Log in to report comments."), status=401, code="login_required")
    comment = Comment.objects.visible().filter(pk=_int(comment_id)).first()
    if comment is None:
        raise CommentRefused(_("This comment does not exist."), status=404, code="not_found")
    try:
        reason = text.clean(reason, max_length=500)
    except text.InvalidText as exc:
        raise CommentRefused(exc.message, code="invalid_reason") from None
    if Report.objects.filter(comment=comment, user=user).exists():
        raise _already_reported()
    _ensure_under(
        "report-hour",
        user,
        limit=REPORTS_PER_HOUR,
        window=3600,
        message=_("You are reporting very fast. Try again in %(wait)s."),
    )
    try:
        with transaction.atomic():
            report = Report.objects.create(comment=comment, user=user, reason=reason)
            Comment.objects.filter(pk=comment.pk).update(report_count=F("report_count") + 1)
    except IntegrityError:
        raise _already_reported() from None
    return report


def _already_reported() -> CommentRefused:
    return CommentRefused(
        _("You already reported this comment."), status=409, code="already_reported"
    )


@transaction.atomic
def author_erase(*, user) -> int:
    """Before an account is deleted: its comments lose their text and their author.

    Replies by others stay in place under a "deleted" placeholder; counts follow.
    """
    erased = 0
    for comment in Comment.objects.select_for_update().filter(author=user):
        events.emit(
            events.CommentChanged(
                article_id=comment.article_id,
                comment_id=comment.pk,
                was_visible=comment.is_visible,
                is_visible=False,
            )
        )
        comment.status, comment.body, comment.author = Status.DELETED, "", None
        comment.save(update_fields=["status", "body", "author"])
        erased += 1
    return erased
