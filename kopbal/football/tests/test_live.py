"""GET /api/live/: the current scores for the live script on cached pages."""

import datetime

import pytest
from django.utils import timezone

from kopbal.football import services

from .factories import MatchFactory

pytestmark = pytest.mark.django_db


def test_a_match_in_play_is_in_the_document_with_the_text_pages_show(client):
    match = MatchFactory(status="live", home_goals=2, away_goals=1, minute=67)
    data = client.get("/api/live/").json()
    entry = data["matches"][str(match.pk)]
    assert entry["score"] == "2-1"
    assert entry["state"] == "67'"
    assert entry["status"] == "live"


def test_a_saved_score_shows_in_the_next_document(client):
    match = MatchFactory(status="live", home_goals=0, away_goals=0, minute=10)
    client.get("/api/live/")
    services.match_update(match=match, home_goals=1, minute=11)
    entry = client.get("/api/live/").json()["matches"][str(match.pk)]
    assert (entry["score"], entry["state"]) == ("1-0", "11'")


def test_old_and_far_away_matches_are_left_out(client):
    long_ago = timezone.now() - datetime.timedelta(days=30)
    old = MatchFactory(status="finished", home_goals=1, away_goals=1, kickoff=long_ago)
    type(old).objects.filter(pk=old.pk).update(updated_at=long_ago)
    later = MatchFactory(kickoff=timezone.now() + datetime.timedelta(days=3))
    type(later).objects.filter(pk=later.pk).update(updated_at=long_ago)
    soon = MatchFactory(kickoff=timezone.now() + datetime.timedelta(minutes=30))
    matches = client.get("/api/live/").json()["matches"]
    assert str(old.pk) not in matches and str(later.pk) not in matches
    assert str(soon.pk) in matches


def test_the_document_is_public_and_short_lived_for_shared_caches(client):
    response = client.get("/api/live/")
    assert "public" in response["Cache-Control"]
    assert "max-age=1" in response["Cache-Control"]
    assert "X-Page-Cache" not in response  # never in Django's page cache


def test_only_get_is_answered(client):
    assert client.post("/api/live/").status_code == 405


def test_the_document_costs_no_match_query_while_nothing_changes(
    client, django_assert_max_num_queries
):
    MatchFactory(status="live", home_goals=0, away_goals=0)
    client.get("/api/live/")
    with django_assert_max_num_queries(1):  # the generation
        client.get("/api/live/")


def test_a_correction_of_yesterdays_match_reaches_open_pages(client):
    yesterday = timezone.now() - datetime.timedelta(days=1)
    match = MatchFactory(status="finished", home_goals=1, away_goals=0, kickoff=yesterday)
    services.match_update(match=match, home_goals=2)
    assert client.get("/api/live/").json()["matches"][str(match.pk)]["score"] == "2-0"


def test_a_season_just_imported_does_not_fill_the_document(client):
    """Every imported match was written a moment ago; only recent ones are live news."""
    last_season = timezone.now() - datetime.timedelta(days=200)
    played = MatchFactory(status="finished", home_goals=1, away_goals=0, kickoff=last_season)
    scheduled = MatchFactory(kickoff=timezone.now() + datetime.timedelta(days=20))
    matches = client.get("/api/live/").json()["matches"]
    assert str(played.pk) not in matches and str(scheduled.pk) not in matches
