"""The football read API's addresses (kopbal.football.api), documented in docs/api.md."""

from django.urls import path

from . import api

urlpatterns = [
    path(
        "api/standings/<str:competition>/<str:season>/",
        api.standings,
        name="api_standings",
    ),
    path("api/matches/", api.matches, name="api_matches"),
]
