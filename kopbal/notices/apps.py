from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "kopbal.notices"
    label = "notices"
    verbose_name = _("Notices")

    def ready(self):
        from kopbal.core import scheduler

        from .mail import reply_mails_send
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
        # Every 5 minutes; each reader gets at most one mail an hour (see mail.py).
        scheduler.register("notices_reply_mails", reply_mails_send, every_seconds=300)
