from django.core.management.base import BaseCommand

from kopbal.analytics.services import views_flush


class Command(BaseCommand):
    help = (
        "Count the buffered page views into the hourly and daily rows "
        "(the scheduler does this every 30 s)."
    )

    def handle(self, *args, **options):
        counted = views_flush()
        self.stdout.write(f"{counted} views counted")
