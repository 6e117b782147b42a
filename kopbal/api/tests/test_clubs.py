"""/api/v1/clubs/: every club with its names, crest and reader page."""

import pytest

from kopbal.football.tests.factories import ClubFactory, CompetitionFactory
from kopbal.news.tests.test_query_budgets import image_create

from .conftest import SITE, get

pytestmark = pytest.mark.django_db


def test_clubs_have_names_nicknames_crest_and_urls(client, address):
    league = CompetitionFactory(slug="jupiler-pro-league")
    ClubFactory(
        name="KV Mechelen",
        short_name="KV",
        slug="kv-mechelen",
        nicknames="de Kakkers\nMalinwa",
        crest=image_create("Logo KV", "#ffcc00"),
        competition=league,
    )
    ClubFactory(name="Zulte Waregem")
    data = get(client, "/api/v1/clubs/").json()["results"]
    assert [c["name"] for c in data] == ["KV Mechelen", "Zulte Waregem"]
    kv = data[0]
    assert (kv["short_name"], kv["slug"]) == ("KV", "kv-mechelen")
    assert kv["nicknames"] == ["de Kakkers", "Malinwa"]
    assert kv["url"] == f"{SITE}/club/kv-mechelen/"
    assert kv["competition"] == "jupiler-pro-league"
    assert kv["api_articles_url"] == f"{SITE}/api/v1/articles/?club=kv-mechelen"
    assert kv["crest"]["url"].startswith(f"{SITE}/media/images/")
    assert (kv["crest"]["width"], kv["crest"]["height"]) == (200, 112)
    assert data[1]["crest"] is None


def test_a_renamed_club_shows_in_the_next_answer(client):
    club = ClubFactory(name="KFC Oudenaam")
    get(client, "/api/v1/clubs/")
    club.name = "KFC Nieuwenaam"
    club.save()
    assert get(client, "/api/v1/clubs/").json()["results"][0]["name"] == "KFC Nieuwenaam"
