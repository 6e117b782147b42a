"""The daily digest: sent once a day from the configured hour, only with news, and a
one-click unsubscribe link that works without logging in."""

import io
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from kopbal.follows.digest import digests_send_due, unsubscribe_token
from kopbal.follows.models import Digest, DigestSubscription
from kopbal.follows.services import digest_subscribe, follow_add
from kopbal.news.tests.factories import article_create

pytestmark = pytest.mark.django_db

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture
def subscriber(reader, club):
    follow_add(user=reader, subject=club)
    digest_subscribe(user=reader, subscribed=True)
    # Subscribed two days ago: yesterday's articles are new to them.
    DigestSubscription.objects.filter(user=reader).update(
        created_at=datetime(2026, 11, 26, 9, tzinfo=BRUSSELS)
    )
    return reader


def at(day, hour):
    return datetime(2026, 11, day, hour, 5, tzinfo=BRUSSELS)


def test_digest_sends_new_articles_once_a_day(settings, news_index, subscriber, club):
    settings.KOPBAL_DIGEST_HOUR = 7
    title = "Anderlecht haalt spits"
    article_create(news_index, title=title, clubs=[club], published_at=at(27, 15))
    assert digests_send_due(at(28, 6)) == 0  # before the hour
    assert digests_send_due(at(28, 7)) == 1
    assert digests_send_due(at(28, 8)) == 0  # never twice a day
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["fan@example.com"]
    assert "1 nieuw artikel" in message.subject
    assert "Anderlecht haalt spits" in message.body
    html = message.alternatives[0][0]
    assert "Anderlecht haalt spits" in html and "Dag Trouwe Fan" in html
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")


def test_next_digest_has_only_what_is_new_since_the_last(settings, news_index, subscriber, club):
    article_create(news_index, title="Eerste", clubs=[club], published_at=at(27, 15))
    digests_send_due(at(28, 7))
    article_create(news_index, title="Tweede", clubs=[club], published_at=at(28, 20))
    digests_send_due(at(29, 7))
    assert len(mail.outbox) == 2
    assert "Tweede" in mail.outbox[1].body and "Eerste" not in mail.outbox[1].body


def test_no_mail_when_nothing_is_new(news_index, subscriber, other_club):
    article_create(news_index, title="Over een andere club", clubs=[other_club])
    digests_send_due(at(28, 9))
    assert mail.outbox == []
    assert Digest.objects.get(user=subscriber).article_count == 0


def test_readers_without_opt_in_get_nothing(news_index, reader, club):
    follow_add(user=reader, subject=club)
    article_create(news_index, clubs=[club], published_at=at(27, 15))
    digests_send_due(at(28, 9))
    assert mail.outbox == []


def test_a_failed_send_is_tried_again(monkeypatch, news_index, subscriber, club):
    article_create(news_index, clubs=[club], published_at=at(27, 15))

    def broken(self, *args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", broken)
    assert digests_send_due(at(28, 7)) == 0
    assert not Digest.objects.exists()
    monkeypatch.undo()
    assert digests_send_due(at(28, 7)) == 1


def test_management_command_sends_by_hand(news_index, subscriber, club):
    article_create(news_index, clubs=[club])
    out = io.StringIO()
    call_command("send_digest", stdout=out)
    assert len(mail.outbox) == 1 and "Digests sent: 1" in out.getvalue()
    call_command("send_digest", stdout=out)
    assert len(mail.outbox) == 1


def test_unsubscribe_link_from_the_mail_works_without_logging_in(news_index, subscriber, club):
    article_create(news_index, clubs=[club], published_at=at(27, 15))
    digests_send_due(at(28, 7))
    path = re.search(r"https?://[^/]+(/account/dagmail/uitschrijven/\S+/)", mail.outbox[0].body)[1]
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(path)
    assert page.status_code == 200 and "Uitschrijven" in page.content.decode()
    assert DigestSubscription.objects.filter(user=subscriber).exists()  # a GET changes nothing
    done = browser.post(path, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert not DigestSubscription.objects.filter(user=subscriber).exists()


def test_bad_unsubscribe_token_is_a_400_in_dutch(client, subscriber):
    token = unsubscribe_token(subscriber)
    for bad in (token[:-2] + "xx", "rommel"):
        response = client.post(f"/account/dagmail/uitschrijven/{bad}/")
        assert response.status_code == 400
        assert "niet geldig" in response.content.decode()
    assert DigestSubscription.objects.filter(user=subscriber).exists()


def test_subscribing_twice_is_subscribing_once(subscriber):
    digest_subscribe(user=subscriber, subscribed=True)
    assert DigestSubscription.objects.filter(user=subscriber).count() == 1
