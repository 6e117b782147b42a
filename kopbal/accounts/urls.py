from django.urls import path

from . import api, entrance, views

app_name = "accounts"

urlpatterns = [
    # allauth's own paths, limited per IP: this module is included ahead of allauth.urls.
    path("accounts/login/", entrance.login, name="login"),
    path("accounts/signup/", entrance.signup, name="signup"),
    path("lezer/<str:display_name>/", views.profile, name="profile"),
    path("account/", views.account_settings, name="settings"),
    path("account/gegevens.json", views.data_download, name="data"),
    path("account/verwijderen/", views.delete, name="delete"),
    path("api/me/", api.me, name="me"),
]
