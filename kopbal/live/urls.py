"""One URL per subject, no cursor parameter: one micro-cache entry each (see http.py)."""

from django.urls import path

from . import views

app_name = "live"

urlpatterns = [
    path("api/live/artikel/<id:article_id>/", views.article_state, name="article"),
    path(
        "api/live/artikel/<id:article_id>/reacties/",
        views.article_comments,
        name="article_comments",
    ),
    path("api/live/home/", views.home_state, name="home"),
    path("api/live/home/artikels/", views.home_articles, name="home_articles"),
    path("api/live/poll/<id:poll_id>/", views.poll_results, name="poll"),
]
