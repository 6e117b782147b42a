from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "kopbal.pages"
    label = "pages"
    verbose_name = "Pages"

    def ready(self):
        from django.db.models.signals import post_delete

        from kopbal.core.signal_handlers import content_changed

        from .models import InfoPage

        # Publishing, unpublishing and moving any page already bump the site generation
        # (news' AppConfig); a deleted trust page must leave the footer of every page too.
        post_delete.connect(content_changed, sender=InfoPage, dispatch_uid="pagecache-del-InfoPage")
