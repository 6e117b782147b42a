"""The football desk's reader pages and APIs. Each part keeps its own module."""

from django.urls import include, path

app_name = "football"

urlpatterns = [
    path("", include("kopbal.football.api_urls")),
    path("", include("kopbal.football.race_urls")),
    path("", include("kopbal.football.urls_live")),
]
