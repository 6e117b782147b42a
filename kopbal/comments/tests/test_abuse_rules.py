"""Limits that hold: only accepted comments use the budget, every 429 says how long, a
like renews no cached page and is limited, and a red card survives account deletion."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from kopbal.accounts.services import account_delete
from kopbal.comments import services
from kopbal.comments.models import Ban, Comment, RedCardAddress, WordRule
from kopbal.comments.tests.factories import comment_create
from kopbal.comments.wordfilter import rules_changed

from .conftest import reader_create

pytestmark = pytest.mark.django_db


def api_post(client, article, body, **data):
    return client.post(
        f"/api/articles/{article.pk}/comments/",
        {"body": body, **data},
        HTTP_ACCEPT="application/json",
    )


def test_refused_attempts_do_not_use_the_hourly_budget(client, article, reader, settings):
    """30 an hour: a reader whose attempts are refused (too long, banned word, duplicate,
    honeypot, over the per-minute limit) still gets all 30 comments through."""
    settings.KOPBAL_COMMENTS_PER_MINUTE = 1000
    settings.KOPBAL_COMMENTS_PER_HOUR = 30
    WordRule.objects.update_or_create(word="kanker", defaults={"kind": "ban"})
    rules_changed()
    client.force_login(reader)
    accepted = 0
    for i in range(30):
        assert api_post(client, article, "x" * 2001).status_code == 400
        assert api_post(client, article, f"kanker {i}").status_code == 400
        assert api_post(client, article, f"spam {i}", website="http://x").status_code == 400
        if accepted:
            assert api_post(client, article, f"Reactie {i - 1}").status_code == 409
        response = api_post(client, article, f"Reactie {i}")
        assert response.status_code == 201, response.json()
        accepted += 1
    assert accepted == 30
    response = api_post(client, article, "De 31ste")
    assert response.status_code == 429
    assert Comment.objects.count() == 30


def test_refused_by_the_minute_limit_does_not_count_either(article, reader, settings):
    settings.KOPBAL_COMMENTS_PER_MINUTE = 3
    settings.KOPBAL_COMMENTS_PER_HOUR = 4
    for i in range(3):
        services.comment_post(article=article, user=reader, body=f"Reactie {i}")
    for i in range(10):
        with pytest.raises(services.CommentRefused):
            services.comment_post(article=article, user=reader, body=f"Te snel {i}")
    # Two minutes later, within the same hour: the ten refusals left the fourth place free.
    Comment.objects.update(created_at=timezone.now() - timedelta(minutes=2))
    services.comment_post(article=article, user=reader, body="Na de pauze")
    with pytest.raises(services.CommentRefused):
        services.comment_post(article=article, user=reader, body="De vijfde")


def test_comment_429_says_how_long_in_dutch_with_retry_after(client, article, reader, settings):
    settings.KOPBAL_COMMENTS_PER_MINUTE = 100
    settings.KOPBAL_COMMENTS_PER_HOUR = 2
    client.force_login(reader)
    for i in range(2):
        assert api_post(client, article, f"Reactie {i}").status_code == 201
    response = api_post(client, article, "Nog een")
    assert response.status_code == 429
    assert 3500 < int(response["Retry-After"]) <= 3600
    assert "Probeer het over 60 minuten opnieuw" in response.json()["message"]
    # The form without JavaScript: the same wait, on the discussion page.
    plain = client.post(f"/reacties/{article.pk}/plaatsen/", {"body": "Zonder JS"})
    assert plain.status_code == 429
    assert plain["Retry-After"]
    assert "Probeer het over" in plain.content.decode()


def test_a_like_renews_no_cached_page(client, article, reader, other_reader):
    comment = comment_create(article=article, author=reader)
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    liker = Client()
    liker.force_login(other_reader)
    for like in ("1", "0", "1"):
        response = liker.post(
            f"/reactie/{comment.pk}/like/", {"like": like}, HTTP_ACCEPT="application/json"
        )
        assert response.status_code == 200
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    # The current count comes from the API the page script asks.
    likes = client.get(f"/api/articles/{article.pk}/likes/")
    assert likes.status_code == 200
    assert likes.json()["likes"] == {str(comment.pk): 1}
    assert "public" in likes["Cache-Control"]


def test_likes_api_answers_json_errors(client, article):
    for article_id in ("999999", "99999999999999999999999"):
        response = client.get(f"/api/articles/{article_id}/likes/")
        assert response.status_code == 404
        assert response.json()["message"]
    response = client.post(f"/api/articles/{article.pk}/likes/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert client.head(f"/api/articles/{article.pk}/likes/").status_code == 200


def test_likes_are_limited_per_reader_with_a_dutch_429(client, article, reader, settings):
    settings.KOPBAL_LIKES_PER_MINUTE = 5
    comments = [comment_create(article=article, author=reader, body=f"R{i}") for i in range(7)]
    other = reader_create("Duimer")
    client.force_login(other)
    statuses = []
    for comment in comments:
        response = client.post(f"/reactie/{comment.pk}/like/", HTTP_ACCEPT="application/json")
        statuses.append(response.status_code)
    assert statuses == [200] * 5 + [429] * 2
    assert 0 < int(response["Retry-After"]) <= 60
    assert "Probeer het over" in response.json()["message"]
    assert sum(c.likes.count() for c in comments) == 5


def test_reports_are_limited_and_say_how_long(client, article, reader):
    comments = [comment_create(article=article, author=reader, body=f"R{i}") for i in range(21)]
    client.force_login(reader_create("Melder"))
    for comment in comments[:20]:
        response = client.post(
            f"/reactie/{comment.pk}/melden/", {"reason": "Spam"}, HTTP_ACCEPT="application/json"
        )
        assert response.status_code == 200
    # Reporting one already reported does not use the budget, nor get through.
    again = client.post(
        f"/reactie/{comments[0].pk}/melden/", {"reason": "Spam"}, HTTP_ACCEPT="application/json"
    )
    assert again.status_code == 409
    response = client.post(
        f"/reactie/{comments[20].pk}/melden/", {"reason": "Spam"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 429
    assert response["Retry-After"]
    assert "Probeer het over" in response.json()["message"]


def test_red_card_comes_back_when_the_address_signs_up_again(client, article, news_index):
    carded = reader_create("Roepers")
    admin = reader_create("Chef", is_staff=True)
    services.ban_issue(user=carded, card="red", reason="Racisme", by=admin)
    account_delete(user=carded)
    # Nothing in clear: only a keyed hash of the address is kept.
    kept = RedCardAddress.objects.get()
    assert "roepers" not in kept.digest
    assert kept.user is None
    # Signing up again with the same address (other case, a +tag) and confirming it.
    response = client.post(
        "/accounts/signup/",
        {
            "email": "Roepers+nieuw@Example.com",
            "display_name": "Nieuwe Naam",
            "password1": "een-lang-wachtwoord",
            "password2": "een-lang-wachtwoord",
        },
    )
    assert response.status_code == 302
    from allauth.account.models import EmailAddress

    address = EmailAddress.objects.get(email__iexact="roepers+nieuw@example.com")
    assert not Ban.objects.filter(user=address.user).exists()  # not before it is confirmed
    address.verified = True
    address.save()
    ban = Ban.objects.get(user=address.user)
    assert ban.card == "red" and ban.is_active and ban.reason == "Racisme"
    with pytest.raises(services.CommentRefused) as refused:
        services.comment_post(article=article, user=address.user, body="Ik ben terug")
    assert "rode kaart" in refused.value.message


def test_lifting_the_red_card_forgets_the_address(article):
    carded = reader_create("Spijtoptant")
    admin = reader_create("Chef", is_staff=True)
    ban = services.ban_issue(user=carded, card="red", reason="Schelden", by=admin)
    services.ban_lift(ban=ban, by=admin)
    account_delete(user=carded)
    assert not RedCardAddress.objects.exists()
    again = reader_create("Spijtoptant")  # the same address, confirmed
    assert not Ban.objects.filter(user=again).exists()
