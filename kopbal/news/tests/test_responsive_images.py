"""Images sized for the screen: a srcset to choose from, a fixed box (no layout shift),
the largest paint fetched first and the rest only when scrolled to."""

import re
from datetime import timedelta
from html.parser import HTMLParser
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images.models import Image

from .factories import article_create

pytestmark = pytest.mark.django_db


class Images(HTMLParser):
    def __init__(self, html: str):
        super().__init__()
        self.images: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs))


def hero_create() -> Image:
    data = BytesIO()
    PILImage.new("RGB", (1600, 900), "#2f7a34").save(data, "JPEG")
    image = Image(title="Stadion")
    image.file = ImageFile(data, name="stadion.jpg")
    image.save()
    return image


def widths(srcset: str) -> list[int]:
    return [int(w) for w in re.findall(r" (\d+)w", srcset)]


def assert_sized(image: dict) -> None:
    assert image["width"].isdigit() and image["height"].isdigit()
    assert image["sizes"]
    assert len(widths(image["srcset"])) >= 2, image["srcset"]


@pytest.fixture
def articles(news_index):
    hero, now = hero_create(), timezone.now()
    return [
        article_create(
            news_index, title=f"Bericht {i}", hero_image=hero, published_at=now - timedelta(hours=i)
        )
        for i in range(3)
    ]


def test_home_lead_image_comes_first_and_the_thumbnails_when_scrolled_to(client, articles):
    images = Images(client.get("/").content.decode()).images
    lead, *thumbnails = [i for i in images if "srcset" in i]
    assert_sized(lead)
    assert lead["fetchpriority"] == "high"
    assert "loading" not in lead
    assert max(widths(lead["srcset"])) >= 1200  # sharp on a wide screen at 1.5x
    assert len(thumbnails) == 2
    for thumbnail in thumbnails:
        assert_sized(thumbnail)
        assert thumbnail["loading"] == "lazy"
        assert "fetchpriority" not in thumbnail


def test_archive_thumbnails_have_a_srcset_and_load_lazily(client, articles):
    images = [i for i in Images(client.get("/nieuws/").content.decode()).images if "srcset" in i]
    assert len(images) == 3
    for image in images:
        assert_sized(image)
        assert image["loading"] == "lazy"


def test_article_hero_has_a_srcset_and_high_priority(client, articles):
    images = Images(client.get(articles[0].url).content.decode()).images
    hero = next(i for i in images if i.get("fetchpriority") == "high")
    assert_sized(hero)
    assert "loading" not in hero


def test_the_hero_is_the_tag_wagtail_would_draw_from_one_rendition_lookup(
    client, news_index, monkeypatch
):
    from django.template import Context, Template

    article = article_create(
        news_index, title="Hero in één keer", hero_image=hero_create(), hero_caption=""
    )
    lookups = []
    original = Image.get_renditions

    def counted(image, *filters):
        lookups.append(filters)
        return original(image, *filters)

    monkeypatch.setattr(Image, "get_renditions", counted)
    html = client.get(article.url).content.decode()
    assert len(lookups) == 1  # the picture and the head's share and structured images
    drawn = Template(
        "{% load wagtailimages_tags %}{% srcset_image page.hero_image "
        "fill-{480x270,800x450,1200x675} format-webp "
        'sizes="(min-width: 64em) 46rem, 100vw" fetchpriority="high" '
        "alt=page.hero_caption|default:page.title %}"
    ).render(Context({"page": article}))
    assert drawn in html
    assert 'alt="Hero in één keer"' in drawn


def test_a_hero_whose_file_is_gone_still_gives_the_page(client, news_index):
    hero = hero_create()
    article = article_create(news_index, title="Zoekgeraakt beeld", hero_image=hero)
    hero.file.storage.delete(hero.file.name)
    response = client.get(article.url)
    assert response.status_code == 200
    assert 'class="hero"' in response.content.decode()


def test_once_cached_the_hero_is_read_without_writing_the_cache_back(
    client, news_index, monkeypatch, settings
):
    from django.core.cache import cache

    settings.KOPBAL_PAGE_CACHE_SECONDS = 0  # every request renders the page
    article = article_create(news_index, title="Hero uit de cache", hero_image=hero_create())
    first = client.get(article.url).content.decode()
    made, written = [], []
    monkeypatch.setattr(Image, "get_renditions", lambda *args: made.append(args))
    original = cache.set_many
    monkeypatch.setattr(
        cache, "set_many", lambda data, *a, **k: written.append(data) or original(data, *a, **k)
    )
    again = client.get(article.url).content.decode()
    assert Images(again).images == Images(first).images
    assert made == []
    assert not any(key.startswith("wagtail-rendition") for data in written for key in data)
