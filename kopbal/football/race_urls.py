from django.urls import path

from . import race_views

urlpatterns = [
    path("competitie/<slug:slug>/race/", race_views.race_page, name="race"),
    path("competitie/<slug:slug>/race/wat-als/", race_views.whatif_page, name="race_whatif"),
]
