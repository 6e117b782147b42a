"""Posting, editing, deleting, liking and reporting comments, as readers notice it."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from kopbal.comments import services
from kopbal.comments.models import Ban, ClosedDiscussion, Comment, Like, WordRule
from kopbal.comments.services import CommentRefused
from kopbal.comments.wordfilter import rules_changed

from .conftest import reader_create

pytestmark = pytest.mark.django_db


def post(article, user, body="Wat een wedstrijd!", **kwargs):
    return services.comment_post(article=article, user=user, body=body, **kwargs)


def refused(call, code):
    with pytest.raises(CommentRefused) as exc:
        call()
    assert exc.value.code == code
    assert exc.value.message
    return exc.value


def test_verified_reader_posts_and_the_count_rises(article, reader):
    comment = post(article, reader)
    assert comment.status == "visible"
    article.refresh_from_db()
    assert article.comment_count == 1


def test_anonymous_and_unverified_readers_cannot_post(article):
    from django.contrib.auth.models import AnonymousUser

    refused(lambda: post(article, AnonymousUser()), "login_required")
    unverified = reader_create("Nieuwkomer", verified=False)
    refused(lambda: post(article, unverified), "unverified")
    assert Comment.objects.count() == 0


def test_reply_to_a_reply_joins_the_same_thread(article, reader, other_reader):
    top = post(article, reader)
    reply = post(article, other_reader, "Eens!", parent_id=top.pk)
    reply_to_reply = post(article, reader, "Bedankt", parent_id=reply.pk)
    assert reply.parent == top
    assert reply_to_reply.parent == top


def test_reply_to_an_unknown_comment_is_refused(article, reader):
    refused(lambda: post(article, reader, parent_id=999999), "bad_parent")


def test_closed_or_unpublished_discussion_refuses_comments(article, reader):
    ClosedDiscussion.objects.create(article=article)
    refused(lambda: post(article, reader), "closed")
    ClosedDiscussion.objects.all().delete()
    article.unpublish()
    article.refresh_from_db()
    refused(lambda: post(article, reader), "not_found")


def test_banned_words_refuse_the_comment_and_suspect_words_hold_it(article, reader):
    WordRule.objects.update_or_create(word="kanker", defaults={"kind": "ban"})
    WordRule.objects.update_or_create(word="idioot", defaults={"kind": "suspect"})
    rules_changed()
    refused(lambda: post(article, reader, "Die k.a.n.k.e.r scheids"), "banned_words")
    held = post(article, reader, "Wat een idioot besluit")
    assert held.status == "pending"
    assert "idioot" in held.moderation_reason
    article.refresh_from_db()
    assert article.comment_count == 0


def test_first_comments_of_a_new_account_wait_for_moderation(article, settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 1
    newcomer = reader_create("Nieuw", days_old=0)
    first = post(article, newcomer, "Mijn eerste reactie")
    assert first.status == "pending"
    services.comment_approve(comment=first, by=None)
    second = post(article, newcomer, "Mijn tweede reactie")
    assert second.status == "visible"


def test_links_from_new_accounts_wait_for_moderation(article, settings):
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 7
    newcomer = reader_create("Linker", days_old=2)
    assert post(article, newcomer, "Lees https://example.com").status == "pending"
    assert post(article, newcomer, "Zonder link").status == "visible"
    veteran = reader_create("Veteraan", days_old=30)
    assert post(article, veteran, "Lees https://example.com").status == "visible"


def test_more_than_three_comments_a_minute_is_rate_limited(article, reader):
    for i in range(3):
        post(article, reader, f"Reactie {i}")
    error = refused(lambda: post(article, reader, "Nog eentje"), "rate_limited")
    assert error.status == 429
    assert Comment.objects.count() == 3


def test_hourly_limit_holds_too(article, reader, settings):
    settings.KOPBAL_COMMENTS_PER_MINUTE = 100
    settings.KOPBAL_COMMENTS_PER_HOUR = 5
    for i in range(5):
        post(article, reader, f"Reactie {i}")
    refused(lambda: post(article, reader, "Te veel"), "rate_limited")


def test_posting_the_same_text_twice_is_refused(article, reader):
    post(article, reader, "Scheids naar huis!")
    error = refused(lambda: post(article, reader, "Scheids naar huis!"), "duplicate")
    assert error.status == 409


def test_yellow_card_blocks_until_it_expires_and_explains_itself(article, reader):
    Ban.objects.create(
        user=reader, card="yellow", reason="Schelden", expires_at=timezone.now() + timedelta(days=3)
    )
    error = refused(lambda: post(article, reader), "banned")
    assert "gele kaart" in error.message
    assert "Schelden" in error.message
    Ban.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    assert post(article, reader).status == "visible"


def test_red_card_blocks_for_good(article, reader):
    Ban.objects.create(user=reader, card="red", reason="Racisme")
    assert "rode kaart" in refused(lambda: post(article, reader), "banned").message


def test_author_edits_within_five_minutes_and_it_shows_as_edited(article, reader):
    comment = post(article, reader, "Eerste versie")
    edited = services.comment_edit(comment_id=comment.pk, user=reader, body="Tweede versie")
    assert edited.body == "Tweede versie"
    assert edited.edited_at is not None


def test_editing_after_five_minutes_is_refused(article, reader):
    comment = post(article, reader, "Eerste versie")
    later = timezone.now() + timedelta(minutes=5, seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        refused(
            lambda: services.comment_edit(comment_id=comment.pk, user=reader, body="Te laat"),
            "edit_window_closed",
        )
    comment.refresh_from_db()
    assert comment.body == "Eerste versie"


def test_only_the_author_edits_or_deletes(article, reader, other_reader):
    comment = post(article, reader)
    refused(
        lambda: services.comment_edit(comment_id=comment.pk, user=other_reader, body="Gehackt"),
        "forbidden",
    )
    refused(lambda: services.comment_delete(comment_id=comment.pk, user=other_reader), "forbidden")


def test_deleting_own_comment_hides_it_and_lowers_the_count(article, reader):
    comment = post(article, reader)
    services.comment_delete(comment_id=comment.pk, user=reader)
    comment.refresh_from_db()
    article.refresh_from_db()
    assert comment.status == "deleted"
    assert comment.body == ""
    assert article.comment_count == 0


def test_one_like_per_reader_and_not_on_ones_own_comment(article, reader, other_reader):
    comment = post(article, reader)
    services.comment_like(comment_id=comment.pk, user=other_reader)
    liked = services.comment_like(comment_id=comment.pk, user=other_reader)
    assert liked.like_count == 1
    assert Like.objects.count() == 1
    refused(lambda: services.comment_like(comment_id=comment.pk, user=reader), "own_comment")
    unliked = services.comment_like(comment_id=comment.pk, user=other_reader, like=False)
    assert unliked.like_count == 0


def test_report_needs_a_reason_and_counts_once_per_reader(article, reader, other_reader):
    comment = post(article, reader)
    refused(
        lambda: services.comment_report(comment_id=comment.pk, user=other_reader, reason="  "),
        "invalid_reason",
    )
    services.comment_report(comment_id=comment.pk, user=other_reader, reason="Beledigend")
    refused(
        lambda: services.comment_report(
            comment_id=comment.pk, user=other_reader, reason="Nog eens"
        ),
        "already_reported",
    )
    comment.refresh_from_db()
    assert comment.report_count == 1
    assert Comment.objects.reported().get() == comment


def test_moderation_changes_keep_the_count_exact(article, reader, other_reader):
    first, second = post(article, reader, "Een"), post(article, other_reader, "Twee")
    services.comment_remove(comment=first, by=None, reason="Off-topic")
    article.refresh_from_db()
    assert article.comment_count == 1
    services.comment_approve(comment=first, by=None)
    services.comment_reject(comment=second, by=None, reason="Spam")
    article.refresh_from_db()
    assert article.comment_count == 1 == Comment.objects.visible().filter(article=article).count()


def test_erasing_an_author_blanks_their_comments_but_keeps_replies(article, reader, other_reader):
    top = post(article, reader, "Mijn mening")
    reply = post(article, other_reader, "Niet mee eens", parent_id=top.pk)
    services.author_erase(user=reader)
    top.refresh_from_db()
    reply.refresh_from_db()
    article.refresh_from_db()
    assert (top.status, top.body, top.author) == ("deleted", "", None)
    assert reply.status == "visible"
    assert article.comment_count == 1
