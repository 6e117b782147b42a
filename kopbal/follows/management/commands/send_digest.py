from django.core.management.base import BaseCommand

from kopbal.follows.digest import digests_send_due


class Command(BaseCommand):
    help = (
        "Send today's digest to subscribed readers who have not had it yet "
        "(also before the configured hour; never twice a day)."
    )

    def handle(self, *args, **options):
        sent = digests_send_due(any_hour=True)
        self.stdout.write(f"Digests sent: {sent}")
