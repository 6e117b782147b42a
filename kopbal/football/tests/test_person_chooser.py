"""The article's "Personen" panel: the person chooser can make a person the newsroom does not
have yet, without leaving the article, and its modal speaks Dutch."""

import json

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from kopbal.football.models import Person

from .factories import ClubFactory, PersonFactory

pytestmark = pytest.mark.django_db

CHOOSER = "wagtailsnippetchoosers_football_person"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@example.com", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "nl"})
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def modal(response) -> dict:
    assert response.status_code == 200
    return json.loads(response.content)


def test_person_chooser_offers_a_new_person_tab_in_dutch(editor_client):
    html = modal(editor_client.get(reverse(f"{CHOOSER}:choose")))["html"]
    assert "Nieuwe persoon" in html and "Kies" in html and "Zoeken" in html
    assert ">\n    Search\n" not in html


def test_new_person_is_stored_with_a_free_slug_and_chosen(editor_client, editor):
    PersonFactory(name="Jan Peeters", slug="jan-peeters")
    club = ClubFactory()
    form = {"name": "  Jan   Peeters ", "role": Person.Role.COACH, "club": club.pk}
    data = modal(editor_client.post(reverse(f"{CHOOSER}:create") + "?multiple=1", form))
    assert data["step"] == "chosen"
    person = Person.objects.get(slug="jan-peeters-2")
    assert (person.name, person.role, person.club) == ("Jan Peeters", "coach", club)
    # Asked from the MultipleChooserPanel, the answer is a list of one person.
    assert data["result"] == [
        {"id": str(person.pk), "string": "Jan Peeters", "edit_url": data["result"][0]["edit_url"]}
    ]
    entry = ModelLogEntry.objects.get(action="wagtail.create", object_id=str(person.pk))
    assert entry.user == editor


def test_new_person_without_a_name_gets_a_dutch_message_and_stores_nothing(editor_client):
    form = {"name": "  ", "role": Person.Role.PLAYER, "club": ""}
    data = modal(editor_client.post(reverse(f"{CHOOSER}:create"), form))
    assert data["step"] == "reshow_creation_form"
    assert "Typ de naam van de persoon." in data["htmlFragment"]
    assert not Person.objects.exists()
