from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "kopbal.news"
    label = "news"

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from kopbal.core import generations, holes
        from kopbal.core.signal_handlers import connect_saves_and_deletes, content_changed

        from .models import ArticlePage, Author, HomePage, NewsIndexPage
        from .signal_handlers import page_published_or_unpublished
        from .templatetags.news_tags import most_recent_html

        holes.register("most_recent", most_recent_html, keys=(generations.NEWS,))

        # A publish or unpublish of an article changes the pages that show it (see
        # signal_handlers); a move, a new slug or a delete is rare: every page.
        for signal in (page_published, page_unpublished):
            signal.connect(page_published_or_unpublished, dispatch_uid=f"pagecache-{id(signal)}")
        for signal in (page_slug_changed, post_page_move):
            signal.connect(content_changed, dispatch_uid=f"pagecache-{id(signal)}")
        for model in (ArticlePage, HomePage, NewsIndexPage):
            post_delete.connect(
                content_changed, sender=model, dispatch_uid=f"pagecache-del-{model.__name__}"
            )
        # A view restriction (password, log-in) added to a page must stop its cached copy
        # at once: Wagtail saves the restriction without publishing anything.
        # A Site's host or root page decides where every page is (and what kopbal.news.routing
        # remembers per worker): rare, so every page.
        from wagtail.models import PageViewRestriction, Site

        connect_saves_and_deletes(Author, PageViewRestriction, Site)

        # The Site's address follows KOPBAL_SITE_URL after every `migrate`: the one step that
        # `make run`, `make demo` and a production deploy all take before serving, and it
        # needs no data migration (the address is deployment config, not schema history).
        post_migrate.connect(_site_address_follow, sender=self, dispatch_uid="site-address")

        from kopbal.core import scheduler

        # A scheduled article goes live within 30 s of its time (`make run` runs the jobs).
        scheduler.register("publish_scheduled", _publish_scheduled, every_seconds=30)


def _publish_scheduled():
    from django.core.management import call_command

    call_command("publish_scheduled", verbosity=0)


def _site_address_follow(sender, using, **kwargs):
    from .services import site_address_ensure

    site_address_ensure(using=using)
