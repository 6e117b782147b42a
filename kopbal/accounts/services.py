"""Writes on reader accounts: a username for a new reader, and deleting an account."""

import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.utils.text import slugify

from kopbal.comments.models import Comment, Like, Report
from kopbal.comments.services import author_erase

logger = logging.getLogger(__name__)


def username_for(display_name: str) -> str:
    """A free username made from the display name ("Jérôme K." -> "jerome-k", "jerome-k-2").

    Readers log in with their e-mail address; the username only has to be unique, for the
    editors' username log-in in the admin and for Django's own use.
    """
    base = slugify(display_name)[:140] or "lezer"
    taken = set(
        get_user_model()
        .objects.filter(username__istartswith=base)
        .values_list("username", flat=True)
    )
    taken = {name.lower() for name in taken}
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _forget_likes_and_reports(user) -> None:
    # Likes and reports go with the account (ON DELETE CASCADE); the counters on the
    # comments they pointed at must drop with them, as comment_like does one by one.
    for comment_id in Like.objects.filter(user=user).values_list("comment_id", flat=True):
        Comment.objects.filter(pk=comment_id, like_count__gt=0).update(
            like_count=F("like_count") - 1
        )
    for comment_id in Report.objects.filter(user=user).values_list("comment_id", flat=True):
        Comment.objects.filter(pk=comment_id, report_count__gt=0).update(
            report_count=F("report_count") - 1
        )


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete a reader's account for good.

    Their comments lose text and author and show as deleted (replies by others stay);
    their likes and reports disappear; poll votes stay counted but no longer point to them.
    """
    user_id = user.pk
    erased = author_erase(user=user)
    _forget_likes_and_reports(user)
    user.delete()
    logger.info("account %s deleted by its owner (%d comments erased)", user_id, erased)
