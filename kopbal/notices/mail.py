"""The e-mail on reply, bundled: at most one mail an hour per reader, with every reply
since the previous one, sent by the scheduler (kopbal.core.scheduler)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from kopbal.accounts.mail_links import reader_from_token, reader_token

from .models import Notice, NoticePreference

logger = logging.getLogger("kopbal.notices")

MAIL_INTERVAL = timedelta(hours=1)
UNSUBSCRIBE_SALT = "kopbal.notices.unsubscribe"


def unsubscribe_token(user) -> str:
    return reader_token(user, salt=UNSUBSCRIBE_SALT)


def unsubscribe_user(token: str):
    """The reader a link was made for, or None for a forged or mangled token."""
    return reader_from_token(token, salt=UNSUBSCRIBE_SALT)


def unsubscribe_url(user) -> str:
    path = reverse("notices:unsubscribe", args=[unsubscribe_token(user)])
    return settings.KOPBAL_SITE_URL.rstrip("/") + path


def _due_preferences(now):
    waiting = Notice.objects.unmailed_replies().filter(recipient_id=OuterRef("user_id"))
    return (
        NoticePreference.objects.filter(email_on_reply=True, user__is_active=True)
        .filter(Q(last_mailed_at__isnull=True) | Q(last_mailed_at__lte=now - MAIL_INTERVAL))
        .filter(Exists(waiting))
        .values_list("user_id", flat=True)
    )


def reply_mails_send() -> int:
    """Send every reader who is due their bundle; returns how many mails went out."""
    now = timezone.now()
    sent = 0
    for user_id in list(_due_preferences(now)):
        try:
            sent += reply_mail_send(user_id=user_id, now=now)
        except Exception:  # one bad address never stops the others' mails
            logger.exception("reply mail to reader %s failed", user_id)
    return sent


@transaction.atomic
def reply_mail_send(*, user_id: int, now=None) -> int:
    """One mail with every reply `user_id` has not been mailed yet, if an hour has passed."""
    now = now or timezone.now()
    preference = NoticePreference.objects.select_for_update().filter(user_id=user_id).first()
    if preference is None or not preference.email_on_reply:
        return 0
    if preference.last_mailed_at and preference.last_mailed_at > now - MAIL_INTERVAL:
        return 0  # another run mailed in the meantime
    notices = list(
        Notice.objects.unmailed_replies()
        .filter(recipient_id=user_id)
        .select_related("actor", "comment__article", "comment__parent")
        .order_by("created_at", "pk")
    )
    if not notices:
        return 0
    user = get_user_model().objects.get(pk=user_id)
    _mail(user, notices)
    Notice.objects.filter(pk__in=[n.pk for n in notices]).update(mailed_at=now)
    preference.last_mailed_at = now
    preference.save(update_fields=["last_mailed_at"])
    return 1


def _mail(user, notices) -> None:
    site = settings.KOPBAL_SITE_URL.rstrip("/")
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "notices": notices,
            "site": site,
            "replies_url": site + reverse("notices:my_replies"),
            "settings_url": site + reverse("accounts:settings"),
            "unsubscribe_url": unsubscribe_url(user),
        }
        subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + ngettext(
            "%(count)d new reply to your comments",
            "%(count)d new replies to your comments",
            len(notices),
        ) % {"count": len(notices)}
        text = render_to_string("notices/reply_mail.txt", context)
        html = render_to_string("notices/reply_mail.html", context)
    message = EmailMultiAlternatives(subject, text, to=[user.email])
    message.attach_alternative(html, "text/html")
    message.extra_headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
    message.send()
    logger.info("reply mail sent to reader %s (%d replies)", user.pk, len(notices))
