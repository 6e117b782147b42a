"""Receivers other apps connect to keep cached pages in step with their content."""

from kopbal.core import pagecache


def content_changed(sender, **kwargs):
    """A page or a snippet shown on pages changed: every cached page is out of date.

    The site generation is a database row bumped in the same transaction as the change
    (see core.generations): nothing is left to do after the commit, so nothing can fail
    after a change was stored, and a rollback takes the bump back with it.
    """
    pagecache.site_changed()


def connect_saves_and_deletes(*models) -> None:
    from django.db.models.signals import post_delete, post_save

    for model in models:
        label = model._meta.label
        post_save.connect(content_changed, sender=model, dispatch_uid=f"pagecache-save-{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"pagecache-del-{label}")
