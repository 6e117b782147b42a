import json

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from kopbal.football.models import Club, Competition, Person
from kopbal.tagging import gold

pytestmark = pytest.mark.django_db
URL = "/admin/tags/suggest/"


def draftail(*paragraphs):
    blocks = [{"key": str(i), "text": p, "type": "unstyled"} for i, p in enumerate(paragraphs)]
    return json.dumps({"blocks": blocks, "entityMap": {}})


def test_editor_gets_the_tags_of_headline_intro_and_body(admin_client):
    gold.names_load()
    response = admin_client.post(
        URL,
        {
            "title": "Paars-Wit wint de Croky Cup",
            "intro": draftail("Stroeykens beslist de finale."),
            "body-0-value": draftail("De Kanaries kijken toe."),
            "slug": "Genk",  # not text the reader sees: not read
        },
    )
    assert response.status_code == 200
    data = response.json()
    assert [c["id"] for c in data["clubs"]] == sorted(
        Club.objects.filter(slug__in=["anderlecht", "stvv"]).values_list("pk", flat=True)
    )
    assert data["persons"] == [
        {"id": Person.objects.get(name="Mario Stroeykens").pk, "name": "Mario Stroeykens"}
    ]
    assert data["competitions"] == [
        {"id": Competition.objects.get(slug="croky-cup").pk, "name": "Croky Cup"}
    ]


def test_only_page_editors_may_ask(django_user_model):
    gold.names_load()
    anonymous = Client()
    assert anonymous.post(URL, {"title": "Genk wint"}).status_code in (302, 403)
    user = django_user_model.objects.create_user("lezer", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(user)
    response = client.post(URL, {"title": "Genk wint"})
    assert response.status_code == 403
    assert "Genk" not in response.content.decode()


def test_get_and_oversized_posts_are_refused(admin_client):
    assert admin_client.get(URL).status_code == 405
    response = admin_client.post(URL, {"title": "x" * 200_001})
    assert response.status_code == 400
    assert "te lang" in response.json()["error"]


def test_csrf_is_required(admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    assert client.post(URL, {"title": "Genk wint"}).status_code == 403


def test_article_editor_loads_the_suggestions_script(admin_client, news_index):
    from kopbal.news.tests.factories import article_create

    page = article_create(news_index)
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "js/tag-suggestions.js" in html
    assert 'data-tag-suggest-url="/admin/tags/suggest/"' in html


def test_suggestions_cost_a_fixed_number_of_queries(admin_client, django_assert_max_num_queries):
    gold.names_load()
    admin_client.post(URL, {"title": "Genk wint"})  # the matcher is built once
    text = " ".join(["Paars-Wit, de Kanaries, Essevee en Stroeykens in de Croky Cup."] * 50)
    # Session and user, the page permission, the names' generations, one query per kind.
    with django_assert_max_num_queries(8):
        response = admin_client.post(URL, {"title": "Veel namen", "intro": text})
    assert len(response.json()["clubs"]) == 3
