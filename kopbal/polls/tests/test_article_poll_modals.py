"""The article editor's poll: chosen from a chooser that shows open/closed and votes, created
in the chooser's "Nieuwe poll" tab and edited in a modal, without leaving the article."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override
from wagtail.users.models import UserProfile

from kopbal.polls.models import Poll

from .factories import VoteFactory, poll_create

pytestmark = pytest.mark.django_db

CHOOSER = "wagtailsnippetchoosers_polls_poll"


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@example.com", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "nl"})
    client.force_login(user)
    return client


def modal_json(response) -> dict:
    assert response.status_code == 200
    return json.loads(response.content)


def new_poll_data(question="Wie wint de Beker?", answers=("Brugge", "Genk"), **extra) -> dict:
    data = {
        "question": question,
        "choices-TOTAL_FORMS": str(len(answers) + 2),
        "choices-INITIAL_FORMS": "0",
        "choices-MIN_NUM_FORMS": "2",
        "choices-MAX_NUM_FORMS": "10",
        "closes_at": "",
    }
    for i, label in enumerate([*answers, "", ""]):
        data[f"choices-{i}-label"] = label
        data[f"choices-{i}-id"] = ""
        data[f"choices-{i}-ORDER"] = ""
    data.update(extra)
    return data


def test_chooser_lists_newest_first_with_status_and_votes(editor_client):
    old = poll_create(question="Oude vraag over Genk", is_closed=True)
    Poll.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=30))
    new = poll_create(question="Nieuwe vraag over Brugge")
    VoteFactory(choice=new.choices.first())
    html = modal_json(editor_client.get(reverse(f"{CHOOSER}:choose")))["html"]
    assert html.index("Nieuwe vraag over Brugge") < html.index("Oude vraag over Genk")
    assert "open" in html and "gesloten" in html
    assert "Nieuwe poll" in html  # the creation tab


def test_chooser_search_finds_a_poll_by_words_of_its_question(editor_client):
    poll_create(question="Wordt Genk kampioen?")
    poll_create(question="Blijft de trainer van Anderlecht?")
    response = editor_client.get(reverse(f"{CHOOSER}:choose_results"), {"q": "trainer"})
    html = response.content.decode()
    assert "Blijft de trainer van Anderlecht?" in html and "Genk" not in html


def test_new_poll_from_the_chooser_is_stored_with_its_answers_and_chosen(editor_client):
    data = modal_json(editor_client.post(reverse(f"{CHOOSER}:create"), new_poll_data()))
    assert data["step"] == "chosen"
    poll = Poll.objects.get()
    assert data["result"]["id"] == str(poll.pk) and data["result"]["string"] == poll.question
    assert [c.label for c in poll.choices.all()] == ["Brugge", "Genk"]


def test_new_yes_no_poll_gets_ja_and_nee(editor_client):
    form = new_poll_data(answers=(), yes_no="on")
    assert modal_json(editor_client.post(reverse(f"{CHOOSER}:create"), form))["step"] == "chosen"
    assert [c.label for c in Poll.objects.get().choices.all()] == ["Ja", "Nee"]


@pytest.mark.parametrize(
    ("question", "answers", "message"),
    [
        ("", ("Brugge", "Genk"), "Typ de vraag van de poll."),
        ("Wie wint?", ("Brugge",), "Een poll heeft minstens 2 antwoorden nodig."),
        ("Wie wint?", (), "Een poll heeft minstens 2 antwoorden nodig."),
    ],
)
def test_bad_new_poll_gets_a_dutch_message_and_stores_nothing(
    editor_client, question, answers, message
):
    form = new_poll_data(question=question, answers=answers)
    data = modal_json(editor_client.post(reverse(f"{CHOOSER}:create"), form))
    assert data["step"] == "reshow_creation_form"
    assert message in data["htmlFragment"]
    assert not Poll.objects.exists()


def edit_url(poll):
    return reverse("wagtailsnippets_polls_poll:quick_edit", args=(poll.pk,))


def edit_data(poll, question, labels, extra=("",)):
    choices = list(poll.choices.all())
    data = {
        "question": question,
        "choices-TOTAL_FORMS": str(len(choices) + len(extra)),
        "choices-INITIAL_FORMS": str(len(choices)),
        "choices-MIN_NUM_FORMS": "2",
        "choices-MAX_NUM_FORMS": "10",
        "closes_at": "",
    }
    rows = [(c.pk, label) for c, label in zip(choices, labels, strict=True)]
    rows += [("", label) for label in extra]
    for i, (pk, label) in enumerate(rows):
        data.update({f"choices-{i}-id": pk, f"choices-{i}-label": label, f"choices-{i}-ORDER": ""})
    return data


def test_edit_modal_changes_question_and_adds_an_answer(editor_client):
    poll = poll_create(question="Wie wint?", labels=("Brugge", "Genk"))
    form = modal_json(editor_client.get(edit_url(poll)))
    assert form["step"] == "poll_edit" and "Brugge" in form["html"]
    data = edit_data(poll, "Wie wint de titel?", ("Brugge", "KRC Genk"), extra=("Anderlecht",))
    saved = modal_json(editor_client.post(edit_url(poll), data))
    assert saved["step"] == "poll_saved" and saved["result"]["string"] == "Wie wint de titel?"
    assert [c.label for c in poll.choices.all()] == ["Brugge", "KRC Genk", "Anderlecht"]


def test_edit_modal_keeps_the_wording_of_an_answer_with_votes(editor_client):
    poll = poll_create(question="Wie wint?", labels=("Brugge", "Genk"))
    VoteFactory(choice=poll.choices.first())
    html = modal_json(editor_client.get(edit_url(poll)))["html"]
    assert "readonly" in html and "1 stem" in html
    data = edit_data(poll, "Wie wint nu?", ("Club Brugge", "Genk"))
    refused = modal_json(editor_client.post(edit_url(poll), data))
    assert refused["step"] == "poll_edit"
    with override("nl"):
        assert "Brugge" in refused["html"]
    poll.refresh_from_db()
    assert poll.question == "Wie wint?"  # nothing half-stored
    assert [c.label for c in poll.choices.all()] == ["Brugge", "Genk"]


def test_edit_modal_needs_the_right_to_change_polls(client, django_user_model):
    poll = poll_create()
    user = django_user_model.objects.create_user("lezer", "l@example.com", "pw")
    client.force_login(user)
    response = client.get(edit_url(poll))
    assert response.status_code in (302, 403)
