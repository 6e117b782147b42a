"""/api/v1/articles/: the list with its filters and cursor, and one article."""

from datetime import datetime, timedelta
from io import BytesIO
from urllib.parse import urlsplit

import pytest
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images.models import Image

from kopbal.comments.tests.conftest import reader_create
from kopbal.comments.tests.factories import comment_create
from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory
from kopbal.news.tests.factories import AuthorFactory, article_create
from kopbal.news.tests.test_query_budgets import image_create

from .conftest import SITE, get

pytestmark = pytest.mark.django_db


def big_image_create():
    """A photo as large as a real one: 1600x900."""
    data = BytesIO()
    PILImage.new("RGB", (1600, 900), "#ff0000").save(data, "JPEG")
    image = Image(title="Kemphanen")
    image.file = ImageFile(data, name="kemphanen.jpg")
    image.save()
    return image


def headlines(response) -> list[str]:
    return [a["headline"] for a in response.json()["results"]]


def follow(client, url):
    """Every page of a list, through its `next` links."""
    pages = []
    while url:
        assert url.startswith(f"{SITE}/api/v1/articles/")
        pages.append(get(client, url.removeprefix(SITE)).json())
        url = pages[-1]["next"]
    return pages


def test_list_has_live_articles_newest_first_with_their_details(client, address, news_index):
    club, person = ClubFactory(name="KV Mechelen"), PersonFactory(name="Jan Jansen")
    author = AuthorFactory(name="Els De Smet")
    article = article_create(
        news_index,
        title="Kemphanen pakken punt",
        intro='<p>Een <b>zotte</b> match. <a href="/club/x/">Meer</a></p>',
        authors=[author, AuthorFactory(name="Pieter Peeters")],
        clubs=[club],
        persons=[person],
        competitions=[CompetitionFactory(name="Beker")],
        hero_image=big_image_create(),
        is_rumour=True,
    )
    article_create(news_index, title="Ouder nieuws", published_at=timezone.now() - timedelta(1))
    article_create(news_index, title="Verborgen concept", live=False)
    response = get(client, "/api/v1/articles/")
    assert response["Content-Type"] == "application/json"
    assert headlines(response) == ["'Kemphanen pakken punt'", "Ouder nieuws"]
    data = response.json()["results"][0]
    assert data["id"] == article.pk
    assert data["url"] == f"{SITE}{article.url}"
    assert data["api_url"] == f"{SITE}/api/v1/articles/{article.pk}/"
    assert data["intro"] == f'<p>Een <b>zotte</b> match. <a href="{SITE}/club/x/">Meer</a></p>'
    assert [a["name"] for a in data["authors"]] == ["Els De Smet", "Pieter Peeters"]
    assert data["authors"][0]["url"] == f"{SITE}{author.get_absolute_url()}"
    assert data["clubs"][0] == {
        "name": "KV Mechelen",
        "slug": club.slug,
        "url": f"{SITE}{club.get_absolute_url()}",
        "short_name": club.short_name,
    }
    assert [p["name"] for p in data["persons"]] == ["Jan Jansen"]
    assert [c["name"] for c in data["competitions"]] == ["Beker"]
    published = datetime.fromisoformat(data["first_published_at"])
    assert published.utcoffset() is not None
    assert abs(published - article.first_published_at) < timedelta(seconds=1)
    renditions = data["hero_image"]["renditions"]
    assert [(r["width"], r["height"]) for r in renditions] == [(480, 270), (800, 450), (1200, 675)]
    assert all(r["url"].startswith(f"{SITE}/media/images/") for r in renditions)
    assert response.json()["next"] is None


@pytest.mark.parametrize("kind", ["club", "person", "competition", "author"])
def test_list_filters_by_tag_slug(client, address, news_index, kind):
    factories = {
        "club": ClubFactory,
        "person": PersonFactory,
        "competition": CompetitionFactory,
        "author": AuthorFactory,
    }
    tag = factories[kind]()
    field = {"club": "clubs", "person": "persons", "competition": "competitions"}
    tagged = {field.get(kind, "authors"): [tag]}
    article_create(news_index, title="Over de tag", **tagged)
    article_create(news_index, title="Over iets anders")
    article_create(news_index, title="Concept over de tag", live=False, **tagged)
    assert headlines(get(client, f"/api/v1/articles/?{kind}={tag.slug}")) == ["Over de tag"]


@pytest.mark.parametrize("kind", ["club", "person", "competition", "author"])
def test_unknown_slug_is_a_404_with_a_dutch_message(client, address, kind):
    data = get(client, f"/api/v1/articles/?{kind}=bestaat-niet", 404).json()
    assert data["error"] == f"unknown_{kind}"
    assert "bestaat-niet" in data["message"] and "Er is geen" in data["message"]


def test_since_keeps_articles_published_from_then_on(client, address, news_index):
    now = timezone.now().replace(microsecond=0)
    article_create(news_index, title="Nieuw", published_at=now)
    article_create(news_index, title="Oud", published_at=now - timedelta(hours=2))
    since = timezone.localtime(now - timedelta(hours=1)).isoformat()
    assert "+" in since
    # Quoted, and with the "+" a client forgot to escape (it arrives as a space).
    for query in (since.replace("+", "%2B"), since):
        assert headlines(get(client, f"/api/v1/articles/?since={query}")) == ["Nieuw"]
    assert headlines(get(client, "/api/v1/articles/?since=2000-01-01")) == ["Nieuw", "Oud"]


@pytest.mark.parametrize(
    "value",
    [
        "gisteren", "2026-13-01", "", "1" * 500, "2026-11-28T25:00", "0001-01-01",
        "0001-01-01T00:00:00%2B01:00", "9999-12-31T23:59:59-01:00",
    ],
)  # fmt: skip
def test_bad_since_is_a_400_with_a_dutch_message(client, address, value):
    data = get(client, f"/api/v1/articles/?since={value}", 400).json()
    assert data["error"] == "bad_since"
    assert "ISO 8601" in data["message"]


def test_cursor_walks_every_article_once_even_with_equal_times(client, address, news_index):
    now = timezone.now()
    # Pairs of articles published at the same moment: the id breaks the tie.
    for i in range(30):
        article_create(news_index, title=f"Bericht {i}", published_at=now - timedelta(hours=i // 2))
    pages = follow(client, f"{SITE}/api/v1/articles/")
    assert [len(p["results"]) for p in pages] == [25, 5]
    ids = [a["id"] for p in pages for a in p["results"]]
    assert len(set(ids)) == 30
    keys = [(a["first_published_at"], a["id"]) for p in pages for a in p["results"]]
    assert keys == sorted(keys, reverse=True)


def test_next_link_keeps_the_filters(client, address, news_index):
    club = ClubFactory()
    for i in range(27):
        article_create(
            news_index,
            title=f"Club {i}",
            clubs=[club],
            published_at=timezone.now() - timedelta(minutes=i),
        )
    article_create(news_index, title="Zonder club")
    first = get(client, f"/api/v1/articles/?club={club.slug}").json()
    query = urlsplit(first["next"]).query
    assert f"club={club.slug}" in query and "cursor=" in query
    pages = follow(client, first["next"])
    assert [a["headline"] for a in pages[0]["results"]] == ["Club 25", "Club 26"]


@pytest.mark.parametrize("cursor", ["abc", "", "x" * 300, "WzEsMl0:forged"])
def test_bad_or_forged_cursor_is_a_400(client, address, cursor):
    data = get(client, f"/api/v1/articles/?cursor={cursor}", 400).json()
    assert data["error"] == "bad_cursor" and data["message"]


def test_unknown_or_repeated_parameter_is_a_400(client, address):
    data = get(client, "/api/v1/articles/?clubs=kv-mechelen", 400).json()
    assert (data["error"], "clubs" in data["message"]) == ("unknown_parameter", True)
    data = get(client, "/api/v1/articles/?club=a&club=b", 400).json()
    assert data["error"] == "repeated_parameter"


def test_article_has_body_blocks_authors_and_comment_count(client, address, news_index):
    other = article_create(news_index, title="Vorige match")
    photo = image_create("Tribune", "#00ff00")
    article = article_create(
        news_index,
        title="Derby",
        body=[
            ("paragraph", '<p>Eerste alinea met <a href="/nieuws/">link</a>.</p>'),
            ("subheading", "De tweede helft"),
            ("quote", {"text": "Fantastisch.", "speaker": "De trainer", "source": ""}),
            ("read_also", {"article": other}),
            ("image", {"image": photo, "caption": "De tribune", "credit": "Belga"}),
            (
                "embed",
                {"url": "https://video.example/1", "title": "Samenvatting", "description": ""},
            ),
        ],
    )
    comment_create(article=article, author=reader_create("Lezer"))
    data = get(client, f"/api/v1/articles/{article.pk}/").json()
    assert data["headline"] == "Derby" and data["comment_count"] == 1
    assert [b["type"] for b in data["body"]] == [
        "paragraph", "subheading", "quote", "read_also", "image", "embed"
    ]  # fmt: skip
    assert data["body"][0]["html"] == f'<p>Eerste alinea met <a href="{SITE}/nieuws/">link</a>.</p>'
    assert data["body"][2] == {
        "type": "quote",
        "text": "Fantastisch.",
        "speaker": "De trainer",
        "source": "",
    }
    assert data["body"][3]["url"] == f"{SITE}{other.url}"
    image = data["body"][4]
    assert (image["width"], image["height"], image["caption"]) == (320, 180, "De tribune")
    assert image["url"].startswith(f"{SITE}/media/images/")


@pytest.mark.parametrize("live", [False, None], ids=["draft", "missing"])
def test_article_that_is_not_live_is_a_404(client, address, news_index, live):
    article_id = article_create(news_index, live=False).pk if live is False else 999999
    data = get(client, f"/api/v1/articles/{article_id}/", 404).json()
    assert data["error"] == "not_found" and data["message"]


def test_an_image_missing_from_storage_costs_the_image_not_the_answer(client, address, news_index):
    article = article_create(news_index, hero_image=image_create("Weg", "#000000"))
    article.hero_image.file.storage.delete(article.hero_image.file.name)
    assert get(client, "/api/v1/articles/").json()["results"][0]["hero_image"] is None
    assert get(client, f"/api/v1/articles/{article.pk}/").json()["hero_image"] is None
