from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PollsConfig(AppConfig):
    name = "kopbal.polls"
    label = "polls"
    verbose_name = _("Polls")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
