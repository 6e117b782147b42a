"""The newsroom's match-day screen: a whole round saved at once, or nothing of it."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry

from kopbal.football import corrections
from kopbal.football.models import Match, MatchEvent

from .factories import MatchFactory, PhaseFactory

pytestmark = pytest.mark.django_db
URL = "/admin/football/matchday/"


def grant(user, *names):
    for name in names:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture
def editor(django_user_model):
    """A sports editor who may change matches, not a superuser."""
    user = django_user_model.objects.create_user("sport", "s@example.com", "pw", is_staff=True)
    return grant(user, "wagtailadmin.access_admin", "football.change_match")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def round_of_two():
    phase = PhaseFactory()
    return [
        MatchFactory(phase=phase, round_number=5),
        MatchFactory(phase=phase, round_number=5),
    ]


def row_data(match, **values) -> dict:
    fields = {
        "status": match.status,
        "minute": match.minute,
        "home_goals": match.home_goals,
        "away_goals": match.away_goals,
        "home_goals_half_time": match.home_goals_half_time,
        "away_goals_half_time": match.away_goals_half_time,
        "seen": match.updated_at.isoformat(),
    } | values
    return {f"m{match.pk}-{k}": "" if v is None else v for k, v in fields.items()}


def post_round(client, matches, rows):
    data = {"phase": matches[0].phase_id, "round": matches[0].round_number}
    for match, values in zip(matches, rows, strict=True):
        data |= row_data(match, **values)
    return client.post(URL, data)


def test_the_screen_shows_every_match_of_the_round(editor_client, round_of_two):
    first, second = round_of_two
    page = editor_client.get(URL, {"phase": first.phase_id, "round": 5}).content.decode()
    assert first.home.short_name in page and second.away.short_name in page
    assert reverse("football_matchday:events", args=[first.pk]) in page


def test_the_current_round_is_the_default(editor_client, round_of_two):
    MatchFactory(
        phase=round_of_two[0].phase, round_number=4, status="finished", home_goals=0, away_goals=0
    )
    response = editor_client.get(URL)
    assert response.context["round_number"] == 5


def test_saving_the_round_updates_only_the_changed_matches(editor_client, round_of_two):
    first, second = round_of_two
    response = post_round(
        editor_client,
        round_of_two,
        [{"status": "live", "home_goals": 1, "away_goals": 0, "minute": 30}, {}],
    )
    assert response.status_code == 302
    first.refresh_from_db()
    assert (first.status, first.home_goals, first.minute) == ("live", 1, 30)
    entries = ModelLogEntry.objects.filter(action=corrections.UPDATE)
    assert [e.object_id for e in entries] == [str(first.pk)]
    assert Match.objects.get(pk=second.pk).updated_at == second.updated_at


def test_one_invalid_row_stores_nothing_and_says_why_in_dutch(editor_client, round_of_two):
    first, _second = round_of_two
    response = post_round(
        editor_client,
        round_of_two,
        [
            {"status": "live", "home_goals": 1, "away_goals": 0},
            {"status": "finished"},  # no score
        ],
    )
    assert response.status_code == 400
    assert "score" in response.content.decode().lower() or "uitslag" in response.content.decode()
    first.refresh_from_db()
    assert first.status == "scheduled" and first.home_goals is None


@pytest.mark.parametrize(
    "values",
    [
        {"status": "live", "home_goals": -1, "away_goals": 0},
        {"status": "live", "home_goals": 0, "away_goals": 0, "minute": 200},
        {"status": "live", "home_goals": "twee", "away_goals": 0},
    ],
)
def test_bad_numbers_are_refused_per_row(editor_client, round_of_two, values):
    response = post_round(editor_client, round_of_two, [values, {}])
    assert response.status_code == 400
    assert response.context["rows"][0].errors
    assert not response.context["rows"][1].errors


def test_a_row_changed_meanwhile_by_someone_else_is_not_overwritten(editor_client, round_of_two):
    first, _second = round_of_two
    stale = Match.objects.get(pk=first.pk)
    Match.objects.filter(pk=first.pk).update(status="live", home_goals=2, away_goals=0)
    first.refresh_from_db()
    data = {"phase": first.phase_id, "round": 5}
    data |= row_data(
        first,
        status="live",
        home_goals=3,
        away_goals=0,
        seen=stale.updated_at.replace(year=2000).isoformat(),
    )
    data |= row_data(round_of_two[1])
    response = editor_client.post(URL, data)
    assert response.status_code == 400
    assert Match.objects.get(pk=first.pk).home_goals == 2


def test_editing_a_finished_match_is_shown_as_a_correction(editor_client, round_of_two):
    first, _ = round_of_two
    Match.objects.filter(pk=first.pk).update(status="finished", home_goals=1, away_goals=1)
    first.refresh_from_db()
    post_round(editor_client, round_of_two, [{"home_goals": 2}, {}])
    page = editor_client.get(URL, {"phase": first.phase_id, "round": 5}).content.decode()
    assert ModelLogEntry.objects.filter(action=corrections.CORRECTION).count() == 1
    assert "matchday__log--correction" in page


def test_an_event_is_added_and_removed(editor_client, round_of_two):
    match = round_of_two[0]
    url = reverse("football_matchday:events", args=[match.pk])
    response = editor_client.post(
        url, {"kind": "yellow", "minute": 44, "club": match.away_id, "player": "Janssens"}
    )
    assert response.status_code == 302
    event = MatchEvent.objects.get(match=match)
    assert "Janssens" in editor_client.get(url).content.decode()
    editor_client.post(reverse("football_matchday:event_remove", args=[match.pk, event.pk]))
    assert not MatchEvent.objects.exists()


def test_an_event_with_a_minute_out_of_range_is_refused(editor_client, round_of_two):
    match = round_of_two[0]
    url = reverse("football_matchday:events", args=[match.pk])
    response = editor_client.post(
        url, {"kind": "goal", "minute": 0, "club": match.home_id, "player": "X"}
    )
    assert response.status_code == 400
    assert not MatchEvent.objects.exists()


def test_without_the_match_permission_the_screen_is_closed(client, django_user_model):
    user = django_user_model.objects.create_user("stagiair", "t@example.com", "pw", is_staff=True)
    client.force_login(grant(user, "wagtailadmin.access_admin"))
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert "Speeldag" not in client.get("/admin/").content.decode()


def test_the_snippet_editor_logs_score_changes_too(client, django_user_model, round_of_two):
    chef = django_user_model.objects.create_superuser("chef", "c@example.com", "pw")
    client.force_login(chef)
    match = round_of_two[0]
    edit = reverse("wagtailsnippets_football_match:edit", args=[match.pk])
    form = client.get(edit).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is not None and name not in form.formsets:
            data[name] = getattr(value, "pk", value)
    data |= {
        "status": "live",
        "home_goals": 0,
        "away_goals": 1,
        "kickoff": match.kickoff.strftime("%Y-%m-%d %H:%M"),
    }
    data |= {
        "events-TOTAL_FORMS": 0,
        "events-INITIAL_FORMS": 0,
        "events-MIN_NUM_FORMS": 0,
        "events-MAX_NUM_FORMS": 1000,
    }
    response = client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors
    entry = ModelLogEntry.objects.get(action=corrections.UPDATE)
    assert entry.user == chef and entry.data["changes"]["away_goals"] == [None, 1]


def test_a_save_without_the_csrf_token_is_refused(editor, round_of_two):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    first = round_of_two[0]
    data = {"phase": first.phase_id, "round": 5}
    data |= row_data(first, status="live", home_goals=1, away_goals=0)
    data |= row_data(round_of_two[1])
    assert client.post(URL, data).status_code == 403
    assert Match.objects.get(pk=first.pk).status == "scheduled"
