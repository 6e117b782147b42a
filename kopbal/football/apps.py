from django.apps import AppConfig


class FootballConfig(AppConfig):
    name = "kopbal.football"
    label = "football"
