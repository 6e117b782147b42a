import logging
import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

logger = logging.getLogger("kopbal.news")


class Command(BaseCommand):
    help = (
        "Publish and unpublish scheduled pages every --interval seconds, until stopped. "
        "Started by 'make run' beside the web server, so no cron job is needed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=30)

    def handle(self, *args, interval, **options):
        running = True

        def stop(signum, frame):
            nonlocal running
            running = False

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        while running:
            try:
                call_command("publish_scheduled", verbosity=0)
            except Exception:
                # A failed round must not end the loop: the next one retries.
                logger.exception("Scheduled publishing failed")
            finally:
                close_old_connections()
            for _ in range(interval):
                if not running:
                    break
                time.sleep(1)
