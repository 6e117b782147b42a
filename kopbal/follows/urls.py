from django.urls import path

from . import api, digest_views, views

app_name = "follows"

urlpatterns = [
    path("mijn-nieuws/", views.my_news, name="my_news"),
    # Under /account/: never cached, here or in nginx (kopbal.core.pagecache.NEVER).
    path("account/volgen/bewaren/", views.merge, name="merge"),
    path("account/volgen/<str:kind>/<slug:slug>/", views.follow, name="follow"),
    path("account/dagmail/", digest_views.digest_settings, name="digest_settings"),
    path(
        "account/dagmail/uitschrijven/<str:token>/",
        digest_views.unsubscribe,
        name="unsubscribe",
    ),
    path("api/volgen/", api.following, name="following"),
    path("api/mijn-nieuws/", api.my_news, name="api_my_news"),
]
