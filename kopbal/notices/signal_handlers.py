"""A reply that readers can see, or a like, becomes a notice for the comment's author."""

from django.db.models.signals import post_delete, post_save

from kopbal.core import events

from .models import Notice
from .services import notice_create, notice_withdraw


def reply_shown(event: events.CommentPosted | events.CommentChanged) -> None:
    """A reply posted visible, or approved later: held and rejected replies tell nobody."""
    from kopbal.comments.models import Comment

    if isinstance(event, events.CommentPosted):
        # A new comment that starts a thread is nobody's reply: no query for it.
        shown = event.visible and event.parent_id is not None
    else:
        shown = event.comment_id is not None and event.is_visible and not event.was_visible
    if not shown:
        return
    reply = (
        Comment.objects.filter(pk=event.comment_id, parent__isnull=False)
        .select_related("parent")
        .first()
    )
    if reply is not None:
        notice_create(
            recipient_id=reply.parent.author_id,
            actor_id=reply.author_id,
            kind=Notice.Kind.REPLY,
            comment_id=reply.pk,
        )


def like_saved(sender, instance, created, **kwargs):
    if created:
        notice_create(
            recipient_id=instance.comment.author_id,
            actor_id=instance.user_id,
            kind=Notice.Kind.LIKE,
            comment_id=instance.comment_id,
        )


def like_deleted(sender, instance, **kwargs):
    notice_withdraw(
        actor_id=instance.user_id, kind=Notice.Kind.LIKE, comment_id=instance.comment_id
    )


def register_signal_handlers():
    from kopbal.comments.models import Like

    events.subscribe(events.CommentPosted, reply_shown)
    events.subscribe(events.CommentChanged, reply_shown)
    # comment_like emits no event (a like renews no page): the Like row is the event.
    post_save.connect(like_saved, sender=Like, dispatch_uid="kopbal_notice_like")
    post_delete.connect(like_deleted, sender=Like, dispatch_uid="kopbal_notice_unlike")
