"""What moderators do: approve, reject, remove, feature, ban, close a discussion.

Every action is logged in Wagtail's history with the moderator and the reason.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from kopbal.core import events

from .. import redcards
from ..models import Ban, ClosedDiscussion, Comment
from .errors import CommentRefused

Status = Comment.Status


def _set_status(comment: Comment, status: str, *, reason: str, by) -> Comment:
    # Re-read under a row lock: two moderators acting at once never undo each other blindly.
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if comment.status == Status.DELETED:
        raise CommentRefused(
            _("This comment was deleted by its author and cannot be moderated."),
            status=409,
            code="deleted",
        )
    was_visible = comment.is_visible
    comment.status = status
    comment.moderation_reason = reason
    comment.save(update_fields=["status", "moderation_reason"])
    comment.reports.filter(resolved_at__isnull=True).update(resolved_at=timezone.now())
    events.emit(
        events.CommentChanged(
            article_id=comment.article_id,
            comment_id=comment.pk,
            was_visible=was_visible,
            is_visible=comment.is_visible,
        )
    )
    log(instance=comment, action=f"kopbal_comments.{status}", user=by, data={"reason": reason})
    return comment


@transaction.atomic
def comment_approve(*, comment: Comment, by) -> Comment:
    """Show a held comment, or keep a reported one: its open reports are dismissed."""
    return _set_status(comment, Status.VISIBLE, reason="", by=by)


@transaction.atomic
def comment_reject(*, comment: Comment, by, reason: str) -> Comment:
    return _set_status(comment, Status.REJECTED, reason=_require(reason), by=by)


@transaction.atomic
def comment_remove(*, comment: Comment, by, reason: str) -> Comment:
    return _set_status(comment, Status.REMOVED, reason=_require(reason), by=by)


def _require(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise CommentRefused(_("Give a reason: the reader sees it."), code="reason_required")
    return reason


@transaction.atomic
def comment_feature(*, comment: Comment, by, featured: bool = True) -> Comment:
    Comment.objects.filter(pk=comment.pk).update(is_featured=featured)
    comment.is_featured = featured
    events.emit(
        events.CommentChanged(
            article_id=comment.article_id, comment_id=comment.pk, was_visible=True, is_visible=True
        )
    )
    log(
        instance=comment,
        action="kopbal_comments.feature" if featured else "kopbal_comments.unfeature",
        user=by,
    )
    return comment


@transaction.atomic
def ban_issue(*, user, card: str, reason: str, by, days: int | None = None) -> Ban:
    """A yellow card for `days` days, or a red card for good."""
    if card == Ban.Card.YELLOW and not days:
        raise CommentRefused(_("A yellow card needs a number of days."), code="days_required")
    expires_at = timezone.now() + timedelta(days=days) if card == Ban.Card.YELLOW else None
    ban = Ban.objects.create(
        user=user, card=card, reason=_require(reason), expires_at=expires_at, created_by=by
    )
    if card == Ban.Card.RED:
        redcards.red_card_remember(user=user, reason=ban.reason)
    log(
        instance=ban,
        action="kopbal_comments.ban",
        user=by,
        data={"card": card, "reason": ban.reason},
    )
    return ban


@transaction.atomic
def ban_lift(*, ban: Ban, by) -> Ban:
    Ban.objects.filter(pk=ban.pk).update(lifted_at=timezone.now())
    ban.refresh_from_db()
    if ban.card == Ban.Card.RED:
        redcards.red_card_forget(user=ban.user)
    log(instance=ban, action="kopbal_comments.unban", user=by)
    return ban


@transaction.atomic
def discussion_close(*, article, by, reason: str = "") -> ClosedDiscussion:
    closed, _created = ClosedDiscussion.objects.get_or_create(
        article=article, defaults={"closed_by": by, "reason": reason}
    )
    events.emit(_discussion_changed(article))
    log(instance=article, action="kopbal_comments.close", user=by, data={"reason": reason})
    return closed


@transaction.atomic
def discussion_open(*, article, by) -> None:
    ClosedDiscussion.objects.filter(article=article).delete()
    events.emit(_discussion_changed(article))
    log(instance=article, action="kopbal_comments.open", user=by)


def _discussion_changed(article) -> events.CommentChanged:
    """Closed or opened: the whole discussion reads differently, no comment in particular."""
    return events.CommentChanged(
        article_id=article.pk, comment_id=None, was_visible=True, is_visible=True
    )
