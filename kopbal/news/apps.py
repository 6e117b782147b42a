from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "kopbal.news"
    label = "news"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from kopbal.core.signal_handlers import connect_saves_and_deletes, content_changed

        from .models import ArticlePage, Author, HomePage, NewsIndexPage

        # An article appears on the home page, the archive, tag pages and in "Meest recent"
        # on every other article: any publish, unpublish, move or delete invalidates all.
        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
            signal.connect(content_changed, dispatch_uid=f"pagecache-{id(signal)}")
        for model in (ArticlePage, HomePage, NewsIndexPage):
            post_delete.connect(
                content_changed, sender=model, dispatch_uid=f"pagecache-del-{model.__name__}"
            )
        connect_saves_and_deletes(Author)
