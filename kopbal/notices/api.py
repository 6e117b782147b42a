"""The notice part of /api/me/ (kopbal.accounts.api): private, for the header script."""

from django.urls import reverse
from django.utils.translation import gettext as _

from .models import IgnoredReader, Notice
from .services import preference_for

LATEST = 5


def notice_text(notice: Notice) -> str:
    name = notice.actor.public_name if notice.actor else _("A reader")
    title = notice.comment.article.title
    if notice.kind == Notice.Kind.REPLY:
        return _("%(name)s replied to your comment under “%(title)s”") % {
            "name": name,
            "title": title,
        }
    return _("%(name)s likes your comment under “%(title)s”") % {"name": name, "title": title}


def notice_url(notice: Notice) -> str:
    return f"{notice.comment.article.url}#reactie-{notice.comment_id}"


def ignored_ids(user) -> list[int]:
    return list(IgnoredReader.objects.filter(user=user).values_list("ignored_id", flat=True))


def me_part(user) -> dict:
    """Unread count and the latest few notices (none when the reader switched them off),
    and the readers they ignore, whose comments the page script collapses."""
    data = {
        "user_id": user.pk,
        "ignored": ignored_ids(user),
        "my_replies_url": reverse("notices:my_replies"),
        "notices": None,
    }
    if not preference_for(user).in_page:
        return data
    shown = Notice.objects.shown().filter(recipient=user)
    latest = shown.select_related("actor", "comment__article")[:LATEST]
    data["notices"] = {
        "unread": shown.unread().count(),
        "read_url": reverse("notices:read"),
        "latest": [
            {
                "id": n.pk,
                "kind": n.kind,
                "text": notice_text(n),
                "url": notice_url(n),
                "created_at": n.created_at.isoformat(),
                "unread": n.read_at is None,
            }
            for n in latest
        ],
    }
    return data
