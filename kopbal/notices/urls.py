from django.urls import path

from . import views

app_name = "notices"

urlpatterns = [
    path("account/reacties/", views.my_replies, name="my_replies"),
    path("account/meldingen/", views.preferences, name="preferences"),
    path("account/meldingen/uitschrijven/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("api/notices/", views.notices_api, name="api"),
    path("api/notices/read/", views.notices_read, name="read"),
    path("lezer/<id:user_id>/negeren/", views.ignore, name="ignore"),
]
