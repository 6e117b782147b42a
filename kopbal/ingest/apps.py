from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    name = "kopbal.ingest"
    label = "ingest"
    verbose_name = _("Agency ingest")

    def ready(self):
        from kopbal.core import scheduler

        # Each source has its own interval (minutes); the job looks every minute which
        # sources are due. One failing source is recorded on it and never stops the others.
        scheduler.register("ingest_fetch", _fetch_due, every_seconds=60)


def _fetch_due():
    from .services import sources_fetch_due

    sources_fetch_due()
