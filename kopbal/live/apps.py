from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveConfig(AppConfig):
    """Open pages kept up to date: small shared JSON documents the page script polls."""

    name = "kopbal.live"
    label = "live"
    verbose_name = _("Live updates")
