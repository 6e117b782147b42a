from django.apps import AppConfig


class TaggingConfig(AppConfig):
    name = "kopbal.tagging"
    label = "tagging"
