from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "kopbal.accounts"
    label = "accounts"
    verbose_name = "Accounts"
