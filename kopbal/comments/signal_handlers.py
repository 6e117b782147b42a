"""Keep the compiled word filter in step with the word lists edited in the admin, and a
red card with the addresses of the account it was given to."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete

from . import redcards, wordfilter


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

    for signal in (post_save, post_delete):
        signal.connect(word_rules_changed, sender=WordRule, dispatch_uid="kopbal_word_rules")
    pre_delete.connect(
        account_deleting, sender=settings.AUTH_USER_MODEL, dispatch_uid="kopbal_red_card_keep"
    )
    post_save.connect(email_address_saved, sender=EmailAddress, dispatch_uid="kopbal_red_card_back")
