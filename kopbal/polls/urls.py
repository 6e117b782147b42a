from django.urls import path

from . import views

app_name = "polls"

urlpatterns = [
    path("api/polls/<id:poll_id>/", views.poll_api, name="api"),
    path("api/polls/<id:poll_id>/vote/", views.vote_api, name="api_vote"),
    path("poll/<id:poll_id>/", views.poll_page, name="page"),
    path("poll/<id:poll_id>/stem/", views.vote_form, name="vote"),
]
