from django.urls import path

from . import race, views

urlpatterns = [
    path("api/v1/articles/", views.article_list, name="api_v1_articles"),
    path("api/v1/articles/<id:article_id>/", views.article_detail, name="api_v1_article"),
    path("api/v1/clubs/", views.club_list, name="api_v1_clubs"),
    path("api/race/<slug:competition>/<str:season>/", race.race_view, name="api_race"),
]
