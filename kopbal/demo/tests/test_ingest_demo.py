"""The demo's agency drop folder fills the "Binnengekomen" queue, once."""

import pytest

from kopbal.demo.ingest_demo import ingest_demo_ensure
from kopbal.ingest.models import Item
from kopbal.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_the_demo_queue_has_drafts_and_a_second_run_adds_none(news_index):
    assert ingest_demo_ensure() == 3
    assert ingest_demo_ensure() == 0
    assert Item.objects.in_queue().count() == 3
    assert not ArticlePage.objects.live().exists()
    assert ArticlePage.objects.filter(title__startswith="De Buffalo's halen het").exists()
