from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "kopbal.demo"
    label = "demo"
