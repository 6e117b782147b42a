"""The daily e-mail of a reader's followed subjects: what is new since their last one.

The scheduler calls `digests_send_due` every few minutes; from the configured hour
(Europe/Brussels) each subscribed reader's digest of the day is claimed by inserting a
Digest row (unique per reader and day) before the mail goes out, so two schedulers, a
manual run and a retry never send a second one the same day."""

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from kopbal.accounts.mail_links import reader_from_token, reader_token
from kopbal.comments.rules import has_verified_email
from kopbal.core.address import absolute_url

from .models import Digest, Follow

logger = logging.getLogger("kopbal.follows.digest")

BRUSSELS = ZoneInfo("Europe/Brussels")
UNSUBSCRIBE_SALT = "kopbal.follows.digest-unsubscribe"
# A first digest, or one after a long pause, looks back at most this far.
LOOKBACK = timedelta(days=7)
# A mail is a summary, not the archive: the newest ones, and a link to "Mijn nieuws".
MAX_ARTICLES = 20


def unsubscribe_token(user) -> str:
    return reader_token(user, salt=UNSUBSCRIBE_SALT)


def unsubscribe_user(token: str):
    """The reader a token was made for, or None for a forged, damaged or stale token."""
    return reader_from_token(token, salt=UNSUBSCRIBE_SALT)


def digests_send_due(now: datetime | None = None, *, any_hour: bool = False) -> int:
    """Send today's digest to every subscribed reader who has none yet; how many went out.
    Before the configured hour nothing happens, unless `any_hour`."""
    now = now or timezone.now()
    local = now.astimezone(BRUSSELS)
    if not any_hour and local.hour < settings.KOPBAL_DIGEST_HOUR:
        return 0
    readers = (
        get_user_model()
        .objects.filter(is_active=True, digest_subscription__isnull=False)
        .exclude(digests__day=local.date())
        .select_related("digest_subscription")
    )
    sent = 0
    for reader in readers.iterator():
        try:
            digest = digest_send(user=reader, day=local.date(), now=now)
        except Exception:
            # One reader's mail server hiccup must not stop everyone else's digest.
            logger.exception("Digest for reader %s failed", reader.pk)
            continue
        sent += bool(digest and digest.article_count)
    return sent


def digest_send(*, user, day, now: datetime) -> Digest | None:
    """Claim and send `user`'s digest of `day`; None when it was claimed already (or the
    address is not confirmed). A failed send gives the claim back, for the next turn."""
    if not user.email or not has_verified_email(user):
        return None
    last = user.digests.order_by("-until").first()
    since = max(last.until if last else user.digest_subscription.created_at, now - LOOKBACK)
    try:
        with transaction.atomic():
            digest = Digest.objects.create(user=user, day=day, until=now)
    except IntegrityError:
        return None
    articles = list(
        Follow.objects.of(user)
        .articles()
        .filter(first_published_at__gt=since, first_published_at__lte=now)
        .for_listing()[:MAX_ARTICLES]
    )
    if not articles:
        return digest  # nothing new: no mail, and tomorrow starts from here
    try:
        _message(user, articles).send()
    except Exception:
        digest.delete()
        raise
    digest.article_count = len(articles)
    digest.save(update_fields=["article_count"])
    return digest


def _message(user, articles) -> EmailMultiAlternatives:
    unsubscribe = absolute_url(reverse("follows:unsubscribe", args=[unsubscribe_token(user)]))
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "articles": [(a, absolute_url(a.get_url_parts()[2])) for a in articles],
            "my_news_url": absolute_url(reverse("follows:my_news")),
            "settings_url": absolute_url(reverse("accounts:settings")),
            "unsubscribe_url": unsubscribe,
        }
        subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + ngettext(
            "%(count)d new article about what you follow",
            "%(count)d new articles about what you follow",
            len(articles),
        ) % {"count": len(articles)}
        text = render_to_string("follows/email/digest.txt", context)
        html = render_to_string("follows/email/digest.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        to=[user.email],
        headers={
            # RFC 8058: mail programs offer one-click unsubscribing, POSTing to this URL.
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message
