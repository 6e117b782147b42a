from django.urls import path

from . import views

urlpatterns = [path("api/view/", views.view_beacon, name="analytics_beacon")]
