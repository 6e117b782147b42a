"""A stand-in match page for the live-score browser test: the site's URLs plus one page that
shows a match through the score include, cached like every reader page and stamped with
the match's generation. (The football reader pages are built on another branch; once they
are merged, the test can open the real match page instead.)"""

from django.shortcuts import get_object_or_404
from django.template import engines
from django.template.response import TemplateResponse
from django.urls import include, path

from kopbal.core import generations
from kopbal.football.models import Match

PAGE = engines["django"].from_string(
    '{% extends "base.html" %}{% block title %}Wedstrijd | Kopbal{% endblock %}'
    "{% block meta %}{% endblock %}"
    "{% block content %}<h1>{{ match }}</h1>"
    '{% include "football/includes/score.html" %}{% endblock %}'
)


def match_page(request, match_id):
    match = get_object_or_404(Match.objects.with_clubs(), pk=match_id)
    generations.depends_on(generations.match(match.pk))
    return TemplateResponse(request, PAGE, {"match": match})


urlpatterns = [
    path("test-wedstrijd/<int:match_id>/", match_page),
    path("", include("kopbal.urls")),
]
