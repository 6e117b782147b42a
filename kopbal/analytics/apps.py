from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "kopbal.analytics"
    label = "analytics"
