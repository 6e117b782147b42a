"""Receivers other apps connect to keep cached pages in step with their content."""

from django.db import transaction

from kopbal.core import pagecache


def content_changed(sender, **kwargs):
    """A page or a snippet shown on pages changed: every cached page is out of date.

    Now and again once the transaction commits: a reader rendering in between would
    otherwise store the old content under the new generation.
    """
    pagecache.site_changed()
    transaction.on_commit(pagecache.site_changed)


def connect_saves_and_deletes(*models) -> None:
    from django.db.models.signals import post_delete, post_save

    for model in models:
        label = model._meta.label
        post_save.connect(content_changed, sender=model, dispatch_uid=f"pagecache-save-{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"pagecache-del-{label}")
