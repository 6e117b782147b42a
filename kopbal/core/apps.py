from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kopbal.core"
    label = "core"
