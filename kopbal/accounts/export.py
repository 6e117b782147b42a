"""'Download my data': everything Kopbal keeps about one reader, as plain JSON-able data."""

from allauth.account.models import EmailAddress
from django.utils import timezone

from kopbal.comments.models import Ban, Comment, Like, Report
from kopbal.notices.models import IgnoredReader
from kopbal.notices.services import preference_for
from kopbal.polls.models import Vote


def _when(value):
    return value.isoformat() if value else None


def _comment(comment, request) -> dict:
    article = comment.article
    return {
        "id": comment.pk,
        "article": {
            "title": article.title,
            "url": article.get_full_url(request) if article.live else None,
        },
        "body": comment.body,
        "status": comment.status,
        "created_at": _when(comment.created_at),
        "edited_at": _when(comment.edited_at),
        "parent_id": comment.parent_id,
    }


def account_data(user, request=None) -> dict:
    """The reader's account, e-mail addresses, comments (whatever their status), likes,
    reports, poll votes, cards, notice settings and the readers they ignore."""
    comments = Comment.objects.filter(author=user).select_related("article").order_by("created_at")
    likes = Like.objects.filter(user=user).order_by("created_at")
    reports = Report.objects.filter(user=user).order_by("created_at")
    votes = Vote.objects.filter(user=user).select_related("poll", "choice").order_by("created_at")
    bans = Ban.objects.filter(user=user).order_by("created_at")
    notices = preference_for(user)
    ignoring = IgnoredReader.objects.filter(user=user).select_related("ignored")
    return {
        "exported_at": _when(timezone.now()),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "display_name": user.display_name,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "comments": [_comment(c, request) for c in comments],
        "likes": [{"comment_id": x.comment_id, "created_at": _when(x.created_at)} for x in likes],
        "reports": [
            {"comment_id": r.comment_id, "reason": r.reason, "created_at": _when(r.created_at)}
            for r in reports
        ],
        "poll_votes": [
            {"poll": v.poll.question, "choice": v.choice.label, "created_at": _when(v.created_at)}
            for v in votes
        ],
        "bans": [
            {
                "card": b.card,
                "reason": b.reason,
                "until": _when(b.expires_at),
                "created_at": _when(b.created_at),
                "lifted_at": _when(b.lifted_at),
            }
            for b in bans
        ],
        "notice_settings": {
            "in_page": notices.in_page,
            "email_on_reply": notices.email_on_reply,
            "last_mailed_at": _when(notices.last_mailed_at),
        },
        # Whom the reader chose to ignore: their own choice, by the name others see.
        "ignored_readers": [
            {"name": i.ignored.public_name, "since": _when(i.created_at)} for i in ignoring
        ],
    }
