"""Who may comment where: verified readers, open discussions, no active ban."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .models import Ban, ClosedDiscussion, Comment
from .services.errors import CommentRefused
from .text import has_link


def active_ban(user) -> Ban | None:
    return next((ban for ban in user.comment_bans.all() if ban.is_active), None)


def ban_message(ban: Ban) -> str:
    if ban.card == Ban.Card.RED:
        return _("You have a red card and can no longer comment. Reason: %(reason)s") % {
            "reason": ban.reason
        }
    until = formats.date_format(timezone.localtime(ban.expires_at), "j F Y, H:i")
    return _("You have a yellow card: you can comment again from %(until)s. Reason: %(reason)s") % {
        "until": until,
        "reason": ban.reason,
    }


def has_verified_email(user) -> bool:
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user=user, verified=True).exists()


def ensure_can_comment(user) -> None:
    if not user.is_authenticated:
        raise CommentRefused(_("Log in to comment."), status=401, code="login_required")
    if not user.is_staff and not has_verified_email(user):
        raise CommentRefused(
            _("Confirm your e-mail address first: we sent you a link."),
            status=403,
            code="unverified",
        )
    ban = active_ban(user)
    if ban is not None:
        raise CommentRefused(ban_message(ban), status=403, code="banned")


def discussion_is_open(article) -> bool:
    if not article.live:
        return False
    # Read with the article by kopbal.news.routing when it served the page.
    closed = getattr(article, "discussion_closed", None)
    if closed is None:
        closed = ClosedDiscussion.objects.filter(article=article).exists()
    return not closed


def ensure_discussion_open(article) -> None:
    if not article.live:
        raise CommentRefused(_("This article is not published."), status=404, code="not_found")
    if ClosedDiscussion.objects.filter(article=article).exists():
        raise CommentRefused(_("Comments are closed for this article."), status=403, code="closed")


@dataclass(frozen=True)
class HoldRule:
    """Why a new comment would wait, all but the count of the reader's approved comments:
    `before` (suspect words) wins; else the comment waits with `first_reason` while the
    reader has fewer than `first` approved comments; else `after` (a link)."""

    before: str
    first: int
    first_reason: str
    after: str


def hold_rule(user, text: str, verdict) -> HoldRule:
    """The hold rule for `user` posting `text`, without touching the database."""
    before = ""
    if verdict.is_suspect:
        before = _("Suspect words: %(words)s") % {"words": ", ".join(verdict.suspect)}
    if user.is_staff:
        return HoldRule(before=before, first=0, first_reason="", after="")
    young = timezone.now() - user.date_joined < timedelta(
        days=settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS
    )
    return HoldRule(
        before=before,
        first=settings.KOPBAL_COMMENTS_HOLD_FIRST,
        first_reason=_("One of the first comments of a new account"),
        after=_("A link from a new account") if young and has_link(text) else "",
    )


def hold_reason(user, text: str, verdict) -> str:
    """Why a new comment waits for a moderator ("" when it may show at once)."""
    rule = hold_rule(user, text, verdict)
    if rule.before:
        return rule.before
    if rule.first > 0:
        approved = Comment.objects.filter(author=user, status=Comment.Status.VISIBLE).count()
        if approved < rule.first:
            return rule.first_reason
    return rule.after
