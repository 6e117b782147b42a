from django.core.management.base import BaseCommand, CommandError

from kopbal.ingest.models import Source
from kopbal.ingest.services import source_fetch


class Command(BaseCommand):
    help = "Fetch the agency and partner sources now (all active ones, or --source ID)."

    def add_arguments(self, parser):
        parser.add_argument("--source", type=int, help="fetch only this source (even if inactive)")

    def handle(self, *args, source=None, **options):
        if source is not None:
            sources = list(Source.objects.filter(pk=source))
            if not sources:
                raise CommandError(f"No source with id {source}.")
        else:
            sources = list(Source.objects.active())
        failed = 0
        for item in sources:
            result = source_fetch(source=item)
            counts = ", ".join(f"{k}: {v}" for k, v in sorted(result.outcomes.items())) or "-"
            self.stdout.write(f"{item.pk} {item.name}: {counts}")
            if result.error:
                failed += 1
                self.stderr.write(f"{item.pk} {item.name}: {result.error}")
        if failed:
            # A non-zero exit tells cron or a shell loop that some source needs a look.
            raise SystemExit(1)
