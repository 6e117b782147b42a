"""An answer's wording is locked once readers voted for it (issue 12)."""

import re

import pytest
from wagtail.test.utils.form_data import inline_formset
from wagtail.users.models import UserProfile

from kopbal.polls.models import Vote

from .factories import poll_create
from .test_admin import edit_form, labels, url, votes_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@example.com", "pw")
    # The assertions read English messages, whatever the Dutch catalogue says.
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    client.force_login(user)
    return client


@pytest.fixture
def poll():
    return poll_create(question="Wie wordt kampioen?", labels=("Brugge", "Genk", "Anderlecht"))


def reworded(poll, new_labels, extra=()):
    choices = [
        {"id": c.pk, "label": new_labels.get(c.label, c.label), "DELETE": ""}
        for c in poll.choices.all()
    ]
    rows = choices + [{"id": "", "label": label, "DELETE": ""} for label in extra]
    return edit_form(poll, choices=inline_formset(rows, initial=len(choices)))


def test_rewording_an_answer_with_votes_is_refused_and_nothing_changes(editor_client, poll):
    _, genk, _ = poll.choices.all()
    votes_for(genk, 2)
    response = editor_client.post(url("edit", poll), reworded(poll, {"Genk": "Racing Genk"}))
    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert any("Genk" in e and "2 votes" in e and "cannot change" in e for e in errors)
    assert labels(poll) == ["Brugge", "Genk", "Anderlecht"]
    assert Vote.objects.filter(choice=genk).count() == 2
    # The form shows the wording the votes were cast for again.
    field = re.search(r'<input[^>]*name="choices-1-label"[^>]*>', response.content.decode())
    assert 'value="Genk"' in field.group(0)


def test_the_refusal_reads_in_dutch_for_a_dutch_editor(client, django_user_model, poll):
    user = django_user_model.objects.create_superuser("nl", "nl@example.com", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "nl"})
    client.force_login(user)
    brugge = poll.choices.first()
    votes_for(brugge, 1)
    response = client.post(url("edit", poll), reworded(poll, {"Brugge": "Club Brugge"}))
    assert response.status_code == 200
    errors = " ".join(response.context["form"].non_field_errors())
    assert "1 stem" in errors and "Voeg een nieuw antwoord toe" in errors
    assert labels(poll) == ["Brugge", "Genk", "Anderlecht"]


def test_answers_without_votes_can_be_reworded_and_new_answers_added(editor_client, poll):
    brugge, _, _ = poll.choices.all()
    votes_for(brugge, 4)
    form = reworded(poll, {"Anderlecht": "RSC Anderlecht"}, extra=["Union"])
    response = editor_client.post(url("edit", poll), form)
    assert response.status_code == 302
    assert labels(poll) == ["Brugge", "Genk", "RSC Anderlecht", "Union"]
    assert Vote.objects.filter(choice=brugge).count() == 4
