from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "kopbal.analytics"
    label = "analytics"
    verbose_name = "Analytics"

    def ready(self):
        from kopbal.core import scheduler

        from .services import views_flush

        # Every 30 s: the dashboard's "last hour" is at most half a minute behind.
        scheduler.register("analytics_flush", views_flush, every_seconds=30)
