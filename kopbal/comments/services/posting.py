"""What readers do besides posting (services/post.py): edit, delete, like and report."""

from django.conf import settings
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
