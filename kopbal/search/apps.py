from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Reader search at /zoeken/ (Wagtail's own search apps are `wagtailsearch` and
    `modelsearch`; this one is `search`)."""

    name = "kopbal.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        from kopbal.core.pagecache import register_param

        from . import params
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
        for name, canonical in params.CANONICAL.items():
            register_param(name, canonical)
