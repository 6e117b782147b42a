from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kopbal.core"
    label = "core"

    def ready(self):
        from . import ids

        # Before any URLconf is imported: the apps' patterns use `<id:...>`.
        ids.register()
