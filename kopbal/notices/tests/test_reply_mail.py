"""The e-mail on reply: opt-in, bundled, at most one an hour, with a link to stop it."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from kopbal.comments.tests.factories import comment_create
from kopbal.core import scheduler
from kopbal.notices import services
from kopbal.notices.mail import reply_mails_send, unsubscribe_token
from kopbal.notices.models import NoticePreference

pytestmark = pytest.mark.django_db


def _reply(article, bert, parent, body):
    return comment_create(article=article, author=bert, body=body, parent=parent)


def _opt_in(user):
    services.preference_update(user=user, in_page=True, email_on_reply=True)


def test_no_mail_without_opting_in(article, anna, bert, annas_comment):
    _reply(article, bert, annas_comment, "Antwoord")
    assert reply_mails_send() == 0 and mail.outbox == []


def test_one_mail_holds_every_reply_since_the_last(article, anna, bert, annas_comment):
    _opt_in(anna)
    _reply(article, bert, annas_comment, "Eerste antwoord")
    _reply(article, bert, annas_comment, "Tweede antwoord")
    assert reply_mails_send() == 1
    [message] = mail.outbox
    assert message.to == ["anna@example.com"]
    assert message.subject == "[Kopbal] 2 nieuwe antwoorden op je reacties"
    assert "Eerste antwoord" in message.body and "Tweede antwoord" in message.body
    assert "/account/meldingen/uitschrijven/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")


def test_never_more_than_one_mail_an_hour(article, anna, bert, annas_comment):
    _opt_in(anna)
    _reply(article, bert, annas_comment, "Eerste antwoord")
    reply_mails_send()
    _reply(article, bert, annas_comment, "Later antwoord")
    assert reply_mails_send() == 0 and len(mail.outbox) == 1
    # An hour later the waiting reply goes out, and only that one.
    NoticePreference.objects.filter(user=anna).update(
        last_mailed_at=timezone.now() - timedelta(minutes=61)
    )
    assert reply_mails_send() == 1
    assert "Later antwoord" in mail.outbox[1].body
    assert "Eerste antwoord" not in mail.outbox[1].body


def test_likes_are_not_mailed(anna, bert, annas_comment):
    from kopbal.comments import services as comments

    _opt_in(anna)
    comments.comment_like(comment_id=annas_comment.pk, user=bert)
    assert reply_mails_send() == 0


def test_the_job_is_registered_with_the_scheduler():
    assert "notices_reply_mails" in [job.name for job in scheduler.jobs()]


def test_unsubscribing_without_logging_in(client, anna):
    _opt_in(anna)
    url = f"/account/meldingen/uitschrijven/{unsubscribe_token(anna)}/"
    response = client.get(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert NoticePreference.objects.get(user=anna).email_on_reply is True  # GET only asks
    response = client.post(url)
    assert "je krijgt geen e-mail meer" in response.content.decode()
    assert NoticePreference.objects.get(user=anna).email_on_reply is False


def test_a_forged_unsubscribe_link_is_a_400_in_dutch(client, anna):
    from kopbal.follows.digest import unsubscribe_token as digest_token

    # Mangled, or a link from the daily digest: it may switch off only its own mail.
    for token in (unsubscribe_token(anna)[:-2] + "xx", digest_token(anna)):
        response = client.get(f"/account/meldingen/uitschrijven/{token}/")
        assert response.status_code == 400
        assert "niet geldig" in response.text


def test_a_link_from_a_reply_mail_sent_before_the_change_still_works(client, anna):
    from django.core import signing

    from kopbal.notices.mail import UNSUBSCRIBE_SALT

    _opt_in(anna)
    token = signing.dumps({"u": anna.pk}, salt=UNSUBSCRIBE_SALT)  # the old format
    client.post(f"/account/meldingen/uitschrijven/{token}/")
    assert NoticePreference.objects.get(user=anna).email_on_reply is False


def test_my_account_switches_the_notices(client, anna):
    client.force_login(anna)
    response = client.post("/account/meldingen/", {"email_on_reply": "on"}, follow=True)
    assert "Je instellingen voor meldingen zijn bewaard." in response.content.decode()
    preference = NoticePreference.objects.get(user=anna)
    assert preference.email_on_reply is True and preference.in_page is False
