from django.apps import AppConfig


class FootballConfig(AppConfig):
    name = "kopbal.football"
    label = "football"

    def ready(self):
        from kopbal.core.signal_handlers import connect_saves_and_deletes

        from .models import Club, Competition, Person

        # Club names, crests and persons appear on many cached pages.
        connect_saves_and_deletes(Club, Competition, Person)
