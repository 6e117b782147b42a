"""The newsroom makes polls, follows the votes and acts on them in the Wagtail admin."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from kopbal.news.tests.factories import article_create
from kopbal.polls.models import Poll, Vote

from .factories import VoteFactory, poll_create

pytestmark = pytest.mark.django_db

ADMIN = "wagtailsnippets_polls_poll"


def url(name, poll=None):
    return reverse(f"{ADMIN}:{name}", args=() if poll is None else (poll.pk,))


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@example.com", "pw")
    # The assertions read English messages, whatever the Dutch catalogue says.
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def poll():
    return poll_create(question="Wie wordt kampioen?", labels=("Brugge", "Genk", "Anderlecht"))


def votes_for(choice, count, **fields):
    return [VoteFactory(choice=choice, **fields) for _ in range(count)]


def poll_form(**overrides):
    data = {
        "question": "Wint Anderlecht de beker?",
        "choices": inline_formset([]),
        "closes_at": "",
        "results_visibility": "after_vote",
        "ip_limit_per_hour": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def edit_form(poll, *, delete=(), **overrides):
    choices = [
        {"id": c.pk, "label": c.label, "DELETE": "1" if c in delete else ""}
        for c in poll.choices.all()
    ]
    fields = {"question": poll.question, "choices": inline_formset(choices, initial=len(choices))}
    return poll_form(**{**fields, **overrides})


def labels(poll):
    return list(poll.choices.values_list("label", flat=True))


# Making a poll


def test_ticking_yes_no_with_empty_answers_creates_exactly_ja_and_nee(editor_client):
    form_page = editor_client.get(url("add"))
    assert form_page.status_code == 200
    assert 'name="yes_no"' in form_page.content.decode()
    response = editor_client.post(url("add"), {**poll_form(), "yes_no": "on"})
    assert response.status_code == 302
    assert labels(Poll.objects.get()) == ["Ja", "Nee"]


def test_yes_no_over_blank_answer_fields_still_gives_ja_and_nee(editor_client):
    # The form opens with two empty answer fields; ticking the box should be enough.
    form = poll_form(choices=inline_formset([{"label": ""}, {"label": ""}]))
    response = editor_client.post(url("add"), {**form, "yes_no": "on"})
    assert response.status_code == 302
    assert labels(Poll.objects.get()) == ["Ja", "Nee"]


def test_yes_no_poll_refused_for_another_field_can_be_sent_again(editor_client):
    refused = editor_client.post(url("add"), {**poll_form(question=""), "yes_no": "on"})
    assert refused.status_code == 200
    html = refused.content.decode()
    assert 'value="Ja"' in html and 'value="Nee"' in html
    again = poll_form(choices=inline_formset([{"label": "Ja"}, {"label": "Nee"}]))
    assert editor_client.post(url("add"), again).status_code == 302
    assert labels(Poll.objects.get()) == ["Ja", "Nee"]


def test_yes_no_with_answers_filled_in_is_a_form_error_not_a_mix(editor_client):
    form = poll_form(choices=inline_formset([{"label": "Zeker"}, {"label": "Nooit"}]))
    response = editor_client.post(url("add"), {**form, "yes_no": "on"})
    assert response.status_code == 200
    assert "yes_no" in response.context["form"].errors
    assert not Poll.objects.exists()


def test_poll_with_own_answers_keeps_them_in_order(editor_client):
    answers = [{"label": label} for label in ("Brugge", "Genk", "Union")]
    response = editor_client.post(url("add"), poll_form(choices=inline_formset(answers)))
    assert response.status_code == 302
    assert labels(Poll.objects.get()) == ["Brugge", "Genk", "Union"]


@pytest.mark.parametrize("count", [1, 11])
def test_too_few_or_too_many_answers_is_refused_with_a_form_error(editor_client, count):
    answers = [{"label": f"Antwoord {i}"} for i in range(count)]
    response = editor_client.post(url("add"), poll_form(choices=inline_formset(answers)))
    assert response.status_code == 200
    assert response.context["form"].formsets["choices"].non_form_errors()
    assert not Poll.objects.exists()


# Editing answers


def test_deleting_an_answer_with_votes_is_refused_and_the_poll_is_unchanged(editor_client, poll):
    _, genk, _ = poll.choices.all()
    votes_for(genk, 3)
    response = editor_client.post(url("edit", poll), edit_form(poll, delete=[genk]))
    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert any("3 votes" in error and "Genk" in error for error in errors)
    assert labels(poll) == ["Brugge", "Genk", "Anderlecht"]
    assert Vote.objects.filter(choice=genk).count() == 3
    # The answer is shown again instead of staying hidden as deleted.
    html = response.content.decode()
    assert '<input type="hidden" name="choices-1-DELETE" id="id_choices-1-DELETE">' in html


def test_deleting_an_answer_without_votes_works(editor_client, poll):
    _, genk, anderlecht = poll.choices.all()
    votes_for(genk, 2)
    response = editor_client.post(url("edit", poll), edit_form(poll, delete=[anderlecht]))
    assert response.status_code == 302
    assert labels(poll) == ["Brugge", "Genk"]


# Following the votes


def test_edit_view_shows_live_counts_and_percentages_summing_to_100(editor_client, poll):
    brugge, genk, anderlecht = poll.choices.all()
    votes_for(brugge, 1)
    votes_for(genk, 1)
    votes_for(anderlecht, 1)
    response = editor_client.get(url("edit", poll))
    assert response.status_code == 200
    results = response.context["results"]
    # A third each: the point left over goes to the first answer, so the sum is 100.
    assert [(c.label, c.votes, c.percent) for c in results.choices] == [
        ("Brugge", 1, 34),
        ("Genk", 1, 33),
        ("Anderlecht", 1, 33),
    ]
    assert results.total == 3
    html = response.content.decode()
    assert 'value="34"' in html and html.count('value="33"') >= 2
    assert "polls/admin-results.js" in html

    VoteFactory(choice=genk)  # counted again at each render, as the panel's script reloads it
    reloaded = editor_client.get(url("results", poll)).context["results"]
    assert [c.votes for c in reloaded.choices] == [1, 2, 1]
    assert sum(c.percent for c in reloaded.choices) == 100


def test_listing_shows_votes_status_and_the_articles_using_the_poll(
    editor_client, poll, news_index
):
    votes_for(poll.choices.first(), 4)
    article = article_create(news_index, title="Titelstrijd", poll=poll)
    poll_create(question="Gesloten vraag", is_closed=True)
    response = editor_client.get(url("list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Wie wordt kampioen?" in html
    assert reverse("wagtailadmin_pages:edit", args=(article.pk,)) in html
    assert url("export", poll) in html
    rows = {p.question: p for p in response.context["object_list"]}
    assert rows["Wie wordt kampioen?"].vote_total == 4
    assert rows["Gesloten vraag"].vote_total == 0


# Exporting


def test_csv_export_gives_one_row_per_vote_and_no_other_personal_data(editor, editor_client, poll):
    brugge, genk, _ = poll.choices.all()
    first = VoteFactory(choice=brugge, created_at=timezone.now() - timedelta(minutes=5))
    second = VoteFactory(choice=genk, voter=f"u:{editor.pk}", user=editor)
    response = editor_client.get(url("export", poll))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="poll-{poll.pk}-votes.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows == [
        ["created_at", "choice_id", "choice_label", "voter_type", "ip_hash", "user_id"],
        [first.created_at.isoformat(), str(brugge.pk), "Brugge", "cookie", first.ip_hash, ""],
        [
            second.created_at.isoformat(),
            str(genk.pk),
            "Genk",
            "account",
            second.ip_hash,
            str(editor.pk),
        ],
    ]


def test_csv_export_defuses_answers_that_look_like_formulas(editor_client):
    poll = poll_create(labels=("=HYPERLINK(1)", "+1", "-1", "@SUM", "Gewoon"))
    for choice in poll.choices.all():
        VoteFactory(choice=choice)
    response = editor_client.get(url("export", poll))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row[2] for row in rows[1:]] == ["'=HYPERLINK(1)", "'+1", "'-1", "'@SUM", "Gewoon"]


def test_csv_export_is_refused_to_a_reader_account(client, django_user_model, poll):
    client.force_login(django_user_model.objects.create_user("lezer", "l@example.com", "pw"))
    response = client.get(url("export", poll))
    assert response.status_code in (302, 403)
    assert not response.get("Content-Disposition")


def test_admin_user_without_the_right_to_change_polls_cannot_export_or_act(
    client, django_user_model, poll
):
    user = django_user_model.objects.create_user("stagiair", "s@example.com", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail answers a refused admin page with a redirect to the dashboard and a message.
    for name in ("export", "results", "close", "reopen", "burst", "burst_remove"):
        response = client.get(url(name, poll))
        assert response.status_code in (302, 403), name
        assert response.get("Location") in (None, reverse("wagtailadmin_home")), name
    client.post(url("close", poll))
    poll.refresh_from_db()
    assert not poll.is_closed


# Closing and reopening


def test_close_asks_first_then_closes_and_reopen_opens_again_both_logged(editor_client, poll):
    confirm = editor_client.get(url("close", poll))
    assert confirm.status_code == 200
    poll.refresh_from_db()
    assert not poll.is_closed

    assert editor_client.post(url("close", poll)).status_code == 302
    poll.refresh_from_db()
    assert poll.is_closed and not poll.is_open

    assert editor_client.post(url("reopen", poll)).status_code == 302
    poll.refresh_from_db()
    assert not poll.is_closed and poll.is_open

    actions = ModelLogEntry.objects.for_instance(poll).order_by("timestamp", "pk")
    assert [a.action for a in actions] == ["kopbal_polls.close", "kopbal_polls.reopen"]
    history = editor_client.get(url("history", poll)).content.decode()
    assert "Poll closed" in history and "Poll reopened" in history


def test_reopening_a_poll_past_its_closing_time_clears_it(editor_client):
    poll = poll_create(closes_at=timezone.now() - timedelta(hours=1))
    assert not poll.is_open
    editor_client.post(url("reopen", poll))
    poll.refresh_from_db()
    assert poll.is_open and poll.closes_at is None


# Removing a burst of votes


def test_burst_list_shows_the_busiest_addresses_with_a_prefilled_window(editor_client, poll):
    brugge = poll.choices.first()
    votes_for(brugge, 5, ip_hash="a" * 64)
    votes_for(brugge, 1, ip_hash="b" * 64)
    response = editor_client.get(url("burst", poll))
    assert response.status_code == 200
    rows = response.context["rows"]
    assert [(r["burst"].ip_hash, r["burst"].votes) for r in rows] == [("a" * 64, 5), ("b" * 64, 1)]
    remove = editor_client.get(rows[0]["remove_url"])
    assert remove.status_code == 200
    assert remove.context["count"] == 5


def test_burst_removal_removes_exactly_that_address_inside_the_window_and_is_logged(
    editor_client, poll
):
    brugge, genk, _ = poll.choices.all()
    now = timezone.now().replace(microsecond=0)
    burst, other = "a" * 64, "b" * 64
    start, end = now - timedelta(hours=2), now - timedelta(hours=1)
    inside = [
        VoteFactory(choice=brugge, ip_hash=burst, created_at=start + timedelta(minutes=m))
        for m in (0, 10, 59)
    ]
    inside.append(
        VoteFactory(choice=genk, ip_hash=burst, created_at=end + timedelta(microseconds=500))
    )
    before = VoteFactory(choice=brugge, ip_hash=burst, created_at=start - timedelta(seconds=1))
    after = VoteFactory(choice=brugge, ip_hash=burst, created_at=end + timedelta(seconds=1))
    neighbour = VoteFactory(choice=brugge, ip_hash=other, created_at=start + timedelta(minutes=5))
    window = {"ip_hash": burst, "start": start.isoformat(), "end": end.isoformat()}

    confirm = editor_client.get(url("burst_remove", poll), window)
    assert confirm.context["count"] == 4
    assert Vote.objects.count() == 7

    response = editor_client.post(url("burst_remove", poll), {**window, "expected": 4})
    assert response.status_code == 302
    assert set(Vote.objects.values_list("pk", flat=True)) == {before.pk, after.pk, neighbour.pk}
    entry = ModelLogEntry.objects.for_instance(poll).get(action="kopbal_polls.remove_burst")
    assert entry.data["removed"] == 4
    assert entry.data["ip_hash_prefix"] == burst[:12]
    assert entry.data["from"] == start.isoformat()
    history = editor_client.get(url("history", poll)).content.decode()
    assert "Removed 4 votes" in history


def test_burst_removal_asks_again_when_new_votes_came_in(editor_client, poll):
    now = timezone.now()
    votes_for(poll.choices.first(), 2, ip_hash="c" * 64, created_at=now - timedelta(minutes=1))
    window = {
        "ip_hash": "c" * 64,
        "start": (now - timedelta(hours=1)).isoformat(),
        "end": now.isoformat(),
    }
    response = editor_client.post(url("burst_remove", poll), {**window, "expected": 1})
    assert response.status_code == 200
    assert response.context["count"] == 2
    assert Vote.objects.count() == 2


def test_burst_window_that_ends_before_it_starts_is_a_form_error(editor_client, poll):
    now = timezone.now()
    window = {
        "ip_hash": "c" * 64,
        "start": now.isoformat(),
        "end": (now - timedelta(hours=1)).isoformat(),
    }
    response = editor_client.post(url("burst_remove", poll), window)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()


# CSRF


@pytest.mark.parametrize("name", ["close", "reopen", "burst_remove", "edit"])
def test_posts_without_a_csrf_token_are_refused(editor, poll, name):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    votes_for(poll.choices.first(), 1, ip_hash="d" * 64)
    data = {"ip_hash": "d" * 64, "start": "2000-01-01T00:00:00", "end": "2100-01-01T00:00:00"}
    if name == "edit":
        data = edit_form(poll, question="Gekaapt?")
    response = client.post(url(name, poll), data)
    assert response.status_code == 403
    poll.refresh_from_db()
    assert not poll.is_closed
    assert poll.question == "Wie wordt kampioen?"
    assert Vote.objects.count() == 1


def test_creating_a_poll_without_a_csrf_token_is_refused(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(url("add"), {**poll_form(), "yes_no": "on"})
    assert response.status_code == 403
    assert not Poll.objects.exists()
