"""match_update and the match events: what the newsroom saves, what is logged, what renews."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from kopbal.core import events, generations
from kopbal.football import corrections, services
from kopbal.football.models import Match, MatchEvent

from .factories import MatchFactory

pytestmark = pytest.mark.django_db


class Recorder(list):
    def __call__(self, event):
        self.append(event)


@pytest.fixture
def recorded():
    """The MatchUpdated events emitted during the test, from its first `clear()` on (the
    factories' saves emit too)."""
    seen = Recorder()
    events.subscribe(events.MatchUpdated, seen)
    yield seen
    events._subscribers[events.MatchUpdated].remove((seen, False))


def test_a_score_saved_renews_the_match_its_season_and_the_live_scores(recorded):
    match = MatchFactory()
    recorded.clear()
    phase = match.phase
    keys = (
        generations.match(match.pk),
        generations.football_season(phase.competition_id, phase.season_id),
        "football:live",
    )
    before = generations.read(*keys)
    services.match_update(match=match, status="live", home_goals=1, away_goals=0, minute=12)
    after = generations.read(*keys)
    assert all(a > b for a, b in zip(after, before, strict=True))
    assert [e.match_id for e in recorded] == [match.pk]
    assert recorded[0].changed == {"status", "home_goals", "away_goals", "minute"}


def test_saving_the_same_values_again_writes_and_emits_nothing(recorded):
    match = MatchFactory(status="live", home_goals=1, away_goals=0)
    recorded.clear()
    services.match_update(match=match, status="live", home_goals=1, away_goals=0)
    assert recorded == []
    assert not ModelLogEntry.objects.filter(action__startswith="kopbal_football").exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status": "finished", "home_goals": None, "away_goals": None}, "home_goals"),
        ({"status": "live", "home_goals": -1, "away_goals": 0}, "home_goals"),
        ({"status": "live", "home_goals": 0, "away_goals": 0, "minute": 131}, "minute"),
        ({"status": "live", "home_goals": 0, "away_goals": 0, "minute": 0}, "minute"),
        (
            {"status": "finished", "home_goals": 1, "away_goals": 0}
            | {"home_goals_half_time": 2, "away_goals_half_time": 0},
            "home_goals_half_time",
        ),
        ({"status": "abandoned"}, "status"),
    ],
)
def test_an_impossible_match_is_refused_in_dutch_and_not_stored(recorded, changes, field):
    match = MatchFactory()
    recorded.clear()
    with pytest.raises(ValidationError) as refused:
        services.match_update(match=match, **changes)
    assert field in refused.value.message_dict
    match.refresh_from_db()
    assert match.status == Match.Status.SCHEDULED and match.home_goals is None
    assert recorded == []


def test_a_score_change_is_logged_with_who_and_old_and_new(django_user_model):
    editor = django_user_model.objects.create_user("redactie", "r@example.com", "pw")
    match = MatchFactory()
    services.match_update(match=match, user=editor, status="live", home_goals=0, away_goals=0)
    entry = ModelLogEntry.objects.get(action=corrections.UPDATE)
    assert entry.user == editor
    assert entry.data["changes"]["status"] == ["scheduled", "live"]
    assert entry.data["correction"] is False


def test_changing_a_finished_match_is_logged_as_a_correction():
    match = MatchFactory(status="finished", home_goals=2, away_goals=1)
    services.match_update(match=match, home_goals=3)
    entry = ModelLogEntry.objects.get(action=corrections.CORRECTION)
    assert entry.data == {"changes": {"home_goals": [2, 3]}, "correction": True}
    assert "3" in corrections.describe(entry.data)


def test_events_added_and_removed_renew_the_match(recorded):
    match = MatchFactory(status="live", home_goals=1, away_goals=0)
    recorded.clear()
    (before,) = generations.read(generations.match(match.pk))
    event = services.match_event_add(
        match=match, kind="goal", minute=23, club=match.home, player="Tester"
    )
    services.match_event_remove(event=event)
    (after,) = generations.read(generations.match(match.pk))
    assert after == before + 2
    assert [e.changed for e in recorded] == [{"events"}, {"events"}]
    assert not MatchEvent.objects.exists()


def test_an_event_for_a_club_not_in_the_match_is_refused():
    match = MatchFactory()
    other = MatchFactory()
    with pytest.raises(ValidationError):
        services.match_event_add(match=match, kind="goal", minute=5, club=other.home, player="X")
    assert not MatchEvent.objects.exists()


def test_a_save_outside_the_services_still_renews_the_match(recorded):
    match = MatchFactory()
    recorded.clear()
    match.status, match.home_goals, match.away_goals = "live", 0, 0
    match.save()
    assert [e.match_id for e in recorded] == [match.pk]
