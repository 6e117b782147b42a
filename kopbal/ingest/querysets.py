"""Read rules of the ingest: which sources are fetched, which items wait in the queue."""

from django.db import models


class SourceQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class ItemQuerySet(models.QuerySet):
    def in_queue(self):
        """The "Binnengekomen" queue: drafts that were never published and still exist.

        A scheduled draft stays until it goes live: it is not published yet.
        """
        return self.filter(article__isnull=False, article__first_published_at__isnull=True)
