from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "kopbal.ingest"
    label = "ingest"
