from django.core.management.base import BaseCommand

from kopbal.demo.ingest_demo import ingest_demo_ensure
from kopbal.demo.loader import DEMO_HERO_WIDTH, admin_ensure, demo_load
from kopbal.news.models import ArticlePage
from kopbal.search.services import index_ensure


class Command(BaseCommand):
    help = "Load the demo content into an empty site (a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hero-width",
            type=int,
            default=DEMO_HERO_WIDTH,
            help="Width of the drawn hero images (16:9); smaller is quicker.",
        )

    def handle(self, *args, hero_width, **options):
        if ArticlePage.objects.exists():
            self.stdout.write("Demo content: the site already has articles; nothing loaded.")
        else:
            count = demo_load(hero_size=(hero_width, hero_width * 9 // 16))
            self.stdout.write(self.style.SUCCESS(f"Demo content: {count} articles loaded."))
        # Publishing indexes each article; a site loaded before search existed is indexed here.
        indexed = index_ensure()
        if indexed:
            self.stdout.write(self.style.SUCCESS(f"Search: {indexed} articles indexed."))
        drafts = ingest_demo_ensure()
        if drafts:
            self.stdout.write(self.style.SUCCESS(f"Agency ingest: {drafts} drafts in the queue."))
        login = admin_ensure()
        if login:
            self.stdout.write(self.style.SUCCESS("Editor account created: {} / {}".format(*login)))
