"""Keep the compiled word filter in step with the word lists edited in the admin."""

from django.db.models.signals import post_delete, post_save

from . import wordfilter


def word_rules_changed(sender, **kwargs):
    wordfilter.rules_changed()


def register_signal_handlers():
    from .models import WordRule

    for signal in (post_save, post_delete):
        signal.connect(word_rules_changed, sender=WordRule, dispatch_uid="kopbal_word_rules")
