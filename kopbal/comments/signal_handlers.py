"""Keep the compiled word filter in step with the word lists edited in the admin, a red
card with the addresses of the account it was given to, and cached article pages with
their discussions (through the comment events the services emit)."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete

from kopbal.core import events, pagecache

from . import counts, redcards, wordfilter


def discussion_changed(event: events.CommentPosted | events.CommentChanged) -> None:
    """The article's cached pages show its discussion: renewed in the transaction of the
    change, so they commit (or roll back) together. A held comment shows nowhere yet."""
    if isinstance(event, events.CommentPosted):
        shown = event.visible
    else:
        shown = event.was_visible or event.is_visible
    if shown:
        pagecache.article_changed(event.article_id)


def word_rules_changed(sender, **kwargs):
    wordfilter.rules_changed()


def account_deleting(sender, instance, **kwargs):
    # Every way an account goes (its owner, the admin, a script) passes here.
    redcards.account_deleting(instance)


def email_address_saved(sender, instance, **kwargs):
    if instance.verified:
        redcards.address_confirmed(instance)


def register_signal_handlers():
    from allauth.account.models import EmailAddress

    from .models import WordRule

    events.subscribe(events.CommentPosted, counts.comment_posted)
    events.subscribe(events.CommentChanged, counts.comment_changed)
    events.subscribe(events.CommentPosted, discussion_changed)
    events.subscribe(events.CommentChanged, discussion_changed)

    for signal in (post_save, post_delete):
        signal.connect(word_rules_changed, sender=WordRule, dispatch_uid="kopbal_word_rules")
    pre_delete.connect(
        account_deleting, sender=settings.AUTH_USER_MODEL, dispatch_uid="kopbal_red_card_keep"
    )
    post_save.connect(email_address_saved, sender=EmailAddress, dispatch_uid="kopbal_red_card_back")
