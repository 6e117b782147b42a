from django.core.management.base import BaseCommand

from kopbal.search.services import documents_rebuild


class Command(BaseCommand):
    help = "Rebuild the reader search index from every live article (in bulk)."

    def handle(self, *args, **options):
        count = documents_rebuild()
        self.stdout.write(self.style.SUCCESS(f"Search: {count} articles indexed."))
