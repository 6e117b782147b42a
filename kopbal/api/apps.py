from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The public read API for apps and partners (/api/v1/): see docs/api.md."""

    name = "kopbal.api"
    label = "api"
