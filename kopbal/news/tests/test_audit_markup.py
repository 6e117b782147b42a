"""Reader pages in markup the HTML standard and audit tools accept."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

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
