"""The live scores document (kopbal.football.live)."""

from django.urls import path

from . import live

urlpatterns = [path("api/live/", live.live_api, name="live")]
