"""What readers do: post, edit, delete, like and report comments."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from kopbal.core import pagecache, ratelimit

from .. import counts, rules, text, wordfilter
from ..models import Comment, Like, Report
from .errors import CommentRefused

Status = Comment.Status


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


def _rate_limit(user) -> None:
    who = f"user:{user.pk}"
    per_minute = ratelimit.hit(
        "comment-minute", who, limit=settings.KOPBAL_COMMENTS_PER_MINUTE, window=60
    )
    per_hour = ratelimit.hit(
        "comment-hour", who, limit=settings.KOPBAL_COMMENTS_PER_HOUR, window=3600
    )
    if not (per_minute and per_hour):
        raise CommentRefused(
            _("You are commenting very fast. Wait a moment and try again."),
            status=429,
            code="rate_limited",
        )


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
    _ensure_not_duplicate(user, article, body)
    _rate_limit(user)
    reason = rules.hold_reason(user, body, verdict)
    with transaction.atomic():
        comment = Comment.objects.create(
            article=article,
            parent=parent,
            author=user,
            body=body,
            status=Status.PENDING if reason else Status.VISIBLE,
            moderation_reason=reason,
            ip_hash=ip_hash,
        )
        counts.visibility_changed(article.pk, was_visible=False, is_visible=comment.is_visible)
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
    counts.visibility_changed(
        comment.article_id, was_visible=was_visible, is_visible=comment.is_visible
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
    counts.visibility_changed(comment.article_id, was_visible=was_visible, is_visible=False)
    return comment


def comment_like(*, comment_id, user, like: bool = True) -> Comment:
    """Like (or unlike) a visible comment of someone else; one like per reader."""
    if not user.is_authenticated:
        raise CommentRefused(_("Log in to like comments."), status=401, code="login_required")
    comment = Comment.objects.visible().filter(pk=_int(comment_id)).first()
    if comment is None:
        raise CommentRefused(_("This comment does not exist."), status=404, code="not_found")
    if comment.author_id == user.pk:
        raise CommentRefused(_("You cannot like your own comment."), status=403, code="own_comment")
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
    pagecache.article_changed(comment.article_id)
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
    if not ratelimit.hit("report-hour", f"user:{user.pk}", limit=20, window=3600):
        raise CommentRefused(
            _("You are reporting very fast. Wait a moment and try again."),
            status=429,
            code="rate_limited",
        )
    try:
        with transaction.atomic():
            report = Report.objects.create(comment=comment, user=user, reason=reason)
            Comment.objects.filter(pk=comment.pk).update(report_count=F("report_count") + 1)
    except IntegrityError:
        raise CommentRefused(
            _("You already reported this comment."), status=409, code="already_reported"
        ) from None
    return report


@transaction.atomic
def author_erase(*, user) -> int:
    """Before an account is deleted: its comments lose their text and their author.

    Replies by others stay in place under a "deleted" placeholder; counts follow.
    """
    erased = 0
    for comment in Comment.objects.select_for_update().filter(author=user):
        counts.visibility_changed(
            comment.article_id, was_visible=comment.is_visible, is_visible=False
        )
        comment.status, comment.body, comment.author = Status.DELETED, "", None
        comment.save(update_fields=["status", "body", "author"])
        erased += 1
    return erased
