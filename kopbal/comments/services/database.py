"""A comment post on PostgreSQL: its database half in one call of comments_comment_post()
(migration 0005), instead of the eleven statements of the portable path in posting.py."""

from django.db import connection
from django.utils import timezone

from .. import rules
from ..models import Comment

_CALL = (
    "SELECT comment_id, status, parent_id, reason, refusal, wait FROM comments_comment_post("
    "%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
_BIGINT = 2**63


def comment_insert(
    *, article, user, body: str, verdict, parent_id, parent_given: bool, ip_hash: str, limits
) -> tuple[Comment | None, str | None, float | None]:
    """Store the comment if every rule allows: (the comment, None, None), or (None, the
    refusal's code, the seconds to wait for a rate limit). Call it in a transaction: the
    reader's lock is held until it ends."""
    hold = rules.hold_rule(user, body, verdict)
    if parent_id is not None and not -_BIGINT < parent_id < _BIGINT:
        parent_id = None  # past any bigint: no comment's id, refused as such
    now = timezone.now()
    per_minute, per_hour = limits
    with connection.cursor() as cursor:
        cursor.execute(
            _CALL,
            [
                article.pk,
                user.pk,
                user.is_staff,
                body,
                parent_given,
                parent_id,
                ip_hash,
                now,
                hold.before,
                hold.first,
                hold.first_reason,
                hold.after,
                per_minute,
                per_hour,
            ],
        )
        comment_id, status, thread_id, reason, refusal, wait = cursor.fetchone()
    if refusal is not None:
        return None, refusal, wait
    comment = Comment(
        pk=comment_id,
        article=article,
        parent_id=thread_id,
        author=user,
        body=body,
        status=status,
        moderation_reason=reason,
        ip_hash=ip_hash,
        created_at=now,
    )
    # Stored, as if read back: a later save() updates this row instead of adding one.
    comment._state.adding = False
    comment._state.db = connection.alias
    return comment, None, None
