"""Writes on notices, notice settings and ignored readers."""

import logging

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import IgnoredReader, Notice, NoticePreference

logger = logging.getLogger("kopbal.notices")


class NoticeRefused(Exception):
    def __init__(self, message, *, status: int = 400, code: str = "refused"):
        super().__init__(message)
        self.message, self.status, self.code = str(message), status, code


def preference_for(user) -> NoticePreference:
    """The reader's settings, or the defaults (unsaved) when they never chose."""
    preference = NoticePreference.objects.filter(user=user).first()
    return preference or NoticePreference(user=user)


def _is_ignoring(user_id: int, actor_id: int) -> bool:
    return IgnoredReader.objects.filter(user_id=user_id, ignored_id=actor_id).exists()


@transaction.atomic
def notice_create(*, recipient_id: int | None, actor_id: int | None, kind: str, comment_id: int):
    """Tell `recipient` that `actor` replied to or liked their comment.

    Never for one's own action, an erased account, or a reader one ignores; the same
    event twice (a reply approved again, a like given anew) gives one notice.
    """
    if recipient_id is None or actor_id is None or recipient_id == actor_id:
        return None
    if _is_ignoring(recipient_id, actor_id):
        return None
    try:
        with transaction.atomic():
            notice, _created = Notice.objects.get_or_create(
                kind=kind,
                comment_id=comment_id,
                actor_id=actor_id,
                defaults={"recipient_id": recipient_id},
            )
    except IntegrityError:  # the same event, stored by a concurrent request
        return None
    return notice


def notice_withdraw(*, actor_id: int, kind: str, comment_id: int) -> None:
    """A like taken back takes its notice along, if not yet read."""
    Notice.objects.filter(
        kind=kind, comment_id=comment_id, actor_id=actor_id, read_at__isnull=True
    ).delete()


def notices_mark_read(*, user) -> int:
    return Notice.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


@transaction.atomic
def preference_update(*, user, in_page: bool, email_on_reply: bool) -> NoticePreference:
    preference, _created = NoticePreference.objects.select_for_update().get_or_create(user=user)
    preference.in_page = in_page
    preference.email_on_reply = email_on_reply
    preference.save(update_fields=["in_page", "email_on_reply"])
    return preference


def _reader(user_id) -> object:
    reader = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if reader is None:
        raise NoticeRefused(_("There is no reader with this name."), status=404, code="not_found")
    return reader


@transaction.atomic
def reader_ignore(*, user, ignored_id) -> IgnoredReader:
    """Collapse `ignored_id`'s comments for `user` (ignoring twice changes nothing)."""
    if not user.is_authenticated:
        raise NoticeRefused(_("Log in to ignore a reader."), status=401, code="login_required")
    ignored = _reader(ignored_id)
    if ignored.pk == user.pk:
        raise NoticeRefused(_("You cannot ignore yourself."), code="self")
    if ignored.is_staff:
        raise NoticeRefused(
            _("The editors cannot be ignored: their messages concern everyone."),
            status=403,
            code="staff",
        )
    entry, _created = IgnoredReader.objects.get_or_create(user=user, ignored=ignored)
    # What they did before stays unread no longer: it would point at comments one hides.
    Notice.objects.filter(recipient=user, actor=ignored, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    return entry


@transaction.atomic
def reader_unignore(*, user, ignored_id) -> None:
    if not user.is_authenticated:
        raise NoticeRefused(_("Log in to ignore a reader."), status=401, code="login_required")
    IgnoredReader.objects.filter(user=user, ignored_id=ignored_id).delete()
