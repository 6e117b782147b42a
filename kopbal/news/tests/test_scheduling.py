from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from .factories import article_create

pytestmark = pytest.mark.django_db


def run_scheduler_at(moment):
    """One round of the scheduler (`make run` starts one every 30 s) at the time `moment`."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")


def test_scheduled_article_goes_live_when_its_time_has_come(client, news_index):
    article = article_create(news_index, title="Transfer om middernacht", live=False)
    go_live = timezone.now() + timedelta(minutes=30)
    article.go_live_at = go_live
    article.save_revision().publish()

    run_scheduler_at(go_live - timedelta(minutes=1))
    article.refresh_from_db()
    assert not article.live
    assert "Transfer om middernacht" not in client.get("/").content.decode()

    run_scheduler_at(go_live + timedelta(seconds=30))
    article.refresh_from_db()
    assert article.live
    assert "Transfer om middernacht" in client.get("/").content.decode()
    assert client.get(article.url).status_code == 200


def test_expired_article_goes_offline(client, news_index):
    article = article_create(news_index, title="Tijdelijk verhaal")
    article.expire_at = timezone.now() + timedelta(hours=1)
    article.save(update_fields=["expire_at"])
    run_scheduler_at(timezone.now() + timedelta(hours=2))
    assert "Tijdelijk verhaal" not in client.get("/").content.decode()
