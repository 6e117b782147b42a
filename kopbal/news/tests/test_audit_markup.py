"""Reader pages in markup the HTML standard and audit tools accept."""

import re
from datetime import timedelta
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images.models import Image

from kopbal.accounts.tests.factories import user_create
from kopbal.comments.tests.factories import comment_create

from .factories import article_create

pytestmark = pytest.mark.django_db

# A "valid global date and time string": seconds optional, at most three fraction digits.
HTML_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)")


def time_values(html: str) -> list[str]:
    return re.findall(r'<time[^>]* datetime="([^"]*)"', html)


def test_time_elements_carry_datetimes_the_html_standard_accepts(client, news_index):
    # Real publication times carry microseconds, which the standard does not allow.
    published = timezone.now().replace(microsecond=654321) - timedelta(days=3)
    article = article_create(news_index, title="Derby in Gent", published_at=published)
    comment_create(article=article, author=user_create(display_name="Jan"))

    values = []
    for url in ("/", article.url):
        values += time_values(client.get(url).content.decode())
    assert len(values) >= 3  # home list, article byline, comment
    for value in values:
        assert HTML_DATETIME.fullmatch(value), value
    local = timezone.localtime(published).replace(microsecond=0)
    assert local.isoformat() in values


def teaser_times(html: str) -> list[str]:
    return re.findall(r"<time[^>]*data-relative>([^<]*)</time>", html)


def test_lists_show_dutch_short_dates_with_the_year_only_for_past_years(client, news_index):
    last_year = timezone.localtime().year - 1
    tz = timezone.get_current_timezone()
    article_create(
        news_index,
        title="Oude derby",
        published_at=timezone.datetime(last_year, 11, 27, 12, tzinfo=tz),
    )
    article_create(
        news_index,
        title="Bekerfinale",
        published_at=timezone.datetime(last_year, 5, 3, 12, tzinfo=tz),
    )
    recent = timezone.localtime() - timedelta(days=2)
    article_create(news_index, title="Nieuwe derby", published_at=recent)

    times = teaser_times(client.get("/").content.decode())
    assert f"27 nov. {last_year}" in times
    assert f"3 mei {last_year}" in times  # "mei" is not shortened, so no full stop
    months = [
        "jan.",
        "feb.",
        "mrt.",
        "apr.",
        "mei",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ]
    expected = f"{recent.day} {months[recent.month - 1]}"
    if recent.year != timezone.localtime().year:
        expected += f" {recent.year}"
    assert expected in times


def test_comment_count_label_follows_dutch_plural(client, news_index):
    reader = user_create(display_name="Jan")
    one = article_create(news_index, title="Eén reactie")
    two = article_create(news_index, title="Twee reacties")
    comment_create(article=one, author=reader)
    comment_create(article=two, author=reader)
    comment_create(article=two, author=reader, body="Nog een reactie")

    html = client.get("/").content.decode()
    labels = re.findall(
        r'comment-count__number">(\d+)</span>\s*<span class="visually-hidden">([^<]*)</span>', html
    )
    assert ("1", "reactie") in labels
    assert ("2", "reacties") in labels


def hero_image_create():
    data = BytesIO()
    PILImage.new("RGB", (1600, 900), "#2F7A34").save(data, "PNG")
    image = Image(title="Stadion")
    image.file = ImageFile(data, name="stadion.png")
    image.save()
    return image


def img_tags(html: str, fetchpriority: str) -> list[str]:
    return [tag for tag in re.findall(r"<img [^>]*>", html) if fetchpriority in tag]


def test_lead_images_load_first_and_eagerly_on_article_and_home(client, news_index):
    article = article_create(news_index, title="Stadion vol", hero_image=hero_image_create())
    article_create(news_index, title="Ouder nieuws", published_at=timezone.now() - timedelta(1))

    for url in (article.url, "/"):
        html = client.get(url).content.decode()
        # One image per page is the likely largest paint: the browser fetches it first.
        urgent = img_tags(html, 'fetchpriority="high"')
        assert len(urgent) == 1, url
        assert 'loading="lazy"' not in urgent[0]
