import signal
import time

from django.core.management.base import BaseCommand

from kopbal.core import scheduler


class Command(BaseCommand):
    help = (
        "Run the apps' periodic jobs (scheduled publishing every 30 s, ...) until stopped. "
        "Started by 'make run' beside the web server, so no cron job is needed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Run every job once and stop (for cron)."
        )

    def handle(self, *args, once, **options):
        if once:
            for job in scheduler.jobs():
                job.next_at = 0
            scheduler.run_due()
            return
        running = True

        def stop(signum, frame):
            nonlocal running
            running = False

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        while running:
            scheduler.run_due()
            time.sleep(1)
