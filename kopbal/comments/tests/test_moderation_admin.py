"""Moderators work through the queues, ban readers and close discussions in the admin."""

from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

from kopbal.comments import wordfilter
from kopbal.comments.admin_forms import preset_reason
from kopbal.comments.models import Ban, ClosedDiscussion, Comment, Report, WordRule
from kopbal.news.models import ArticlePage
from kopbal.news.tests.factories import article_create

from .factories import comment_create, report_create

pytestmark = pytest.mark.django_db

PERMISSIONS = [
    "wagtailadmin.access_admin",
    "comments.change_comment",
    "comments.add_ban",
    "comments.add_wordrule",
    "comments.change_wordrule",
    "comments.delete_wordrule",
]


def grant(user, *names):
    for name in names:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture
def moderator(django_user_model):
    """A newsroom moderator: the moderation permissions, not a superuser."""
    user = django_user_model.objects.create_user("moderator", "m@example.com", "pw", is_staff=True)
    return grant(user, *PERMISSIONS)


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def reader(django_user_model):
    return django_user_model.objects.create_user("supporter", "s@example.com", "pw")


@pytest.fixture
def reporter(django_user_model):
    return django_user_model.objects.create_user("melder", "r@example.com", "pw")


@pytest.fixture
def article(news_index):
    return article_create(news_index, title="Derby eindigt in chaos")


def url(name, *args):
    return reverse(name, args=args)


def count(article):
    article.refresh_from_db()  # drops the cached stats row too
    return article.comment_count


def status(comment):
    comment.refresh_from_db()
    return comment.status


def logged(action, instance, user):
    entries = ModelLogEntry.objects.filter(object_id=str(instance.pk))
    if isinstance(instance, ArticlePage):
        entries = PageLogEntry.objects.filter(page=instance)
    return entries.filter(action=action, user=user).exists()


# The pending queue


def test_pending_queue_shows_held_comments_newest_first_with_why_they_were_held(
    moderator_client, article, reader
):
    older = comment_create(
        article=article,
        author=reader,
        body="Eerste reactie",
        status="pending",
        moderation_reason="One of the first comments of a new account",
        created_at=timezone.now() - timedelta(hours=1),
    )
    newer = comment_create(article=article, author=reader, body="Tweede", status="pending")
    comment_create(article=article, author=reader, body="Al zichtbaar")

    response = moderator_client.get(url("comments_pending:index"))

    assert response.status_code == 200
    assert list(response.context["object_list"]) == [newer, older]
    html = response.content.decode()
    assert "One of the first comments of a new account" in html
    assert "Al zichtbaar" not in html
    assert f"#reactie-{older.pk}" in html
    assert url("comments_bans:user", reader.pk) in html


def test_comment_text_in_the_queue_is_escaped(moderator_client, article, reader):
    comment_create(
        article=article, author=reader, body="<script>alert(1)</script>", status="pending"
    )

    html = moderator_client.get(url("comments_pending:index")).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_pending_queue_shows_fifty_a_page_and_survives_a_bad_page_number(
    moderator_client, article, reader
):
    for i in range(51):
        comment_create(article=article, author=reader, body=f"Reactie {i}", status="pending")

    first = moderator_client.get(url("comments_pending:index"))
    second = moderator_client.get(url("comments_pending:index"), {"p": 2})

    assert len(first.context["object_list"]) == 50
    assert len(second.context["object_list"]) == 1
    for bad in ("abc", "999", "-1"):
        assert moderator_client.get(url("comments_pending:index"), {"p": bad}).status_code == 200


def test_approving_from_the_queue_shows_the_comment_and_counts_it(
    moderator_client, moderator, article, reader
):
    comment = comment_create(article=article, author=reader, status="pending")
    assert count(article) == 0
    back = url("comments_pending:index") + "?p=1"

    response = moderator_client.post(url("comments_admin:approve", comment.pk), {"next": back})

    assert response.status_code == 302
    assert response["Location"] == back
    assert status(comment) == "visible"
    assert count(article) == 1
    assert logged("kopbal_comments.visible", comment, moderator)


def test_a_comment_approved_by_two_moderators_at_once_is_approved_once(
    moderator_client, article, reader
):
    comment = comment_create(article=article, author=reader, status="pending")

    for _ in range(2):
        moderator_client.post(url("comments_admin:approve", comment.pk))
    moderator_client.post(
        url("comments_admin:bulk"), {"bulk-action": "approve", "bulk-ids": [comment.pk]}
    )

    assert count(article) == 1
    entries = ModelLogEntry.objects.filter(object_id=str(comment.pk))
    assert entries.filter(action="kopbal_comments.visible").count() == 1


def test_rejecting_needs_a_reason(moderator_client, article, reader):
    comment = comment_create(article=article, author=reader, status="pending")

    response = moderator_client.post(url("comments_admin:reject", comment.pk), {"reason": " "})

    assert response.status_code == 200
    assert response.context["form"].errors
    assert status(comment) == "pending"


def test_rejecting_with_a_usual_reason_takes_one_click(
    moderator_client, moderator, article, reader
):
    comment = comment_create(article=article, author=reader, status="pending")

    response = moderator_client.post(url("comments_admin:reject", comment.pk), {"preset": "spam"})

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == "rejected"
    assert comment.moderation_reason == preset_reason("spam")
    assert logged("kopbal_comments.rejected", comment, moderator)
    assert count(article) == 0


def test_rejecting_in_own_words(moderator_client, article, reader):
    comment = comment_create(article=article, author=reader, status="pending")

    moderator_client.post(
        url("comments_admin:reject", comment.pk), {"preset": "spam", "reason": "Dubbel gepost"}
    )

    comment.refresh_from_db()
    assert (comment.status, comment.moderation_reason) == ("rejected", "Dubbel gepost")


def test_reject_page_shows_the_comment_and_the_usual_reasons(moderator_client, article, reader):
    comment = comment_create(article=article, author=reader, body="Scheids!", status="pending")

    response = moderator_client.get(url("comments_admin:reject", comment.pk))

    assert response.status_code == 200
    assert "Scheids!" in response.content.decode()
    assert 'value="abusive"' in response.content.decode()


def test_a_comment_another_moderator_handled_is_left_alone(moderator_client, article, reader):
    comment = comment_create(article=article, author=reader, status="rejected")

    moderator_client.post(url("comments_admin:reject", comment.pk), {"reason": "Nog eens"})
    moderator_client.post(url("comments_admin:remove", comment.pk), {"reason": "Nog eens"})

    comment.refresh_from_db()
    assert comment.status == "rejected"
    assert comment.moderation_reason == ""


def test_a_comment_its_author_deleted_cannot_be_approved(moderator_client, article, reader):
    comment = comment_create(article=article, author=reader, body="", status="deleted")

    moderator_client.post(url("comments_admin:approve", comment.pk))

    assert status(comment) == "deleted"
    assert count(article) == 0


# Bulk actions


def test_bulk_approve_shows_every_ticked_comment(moderator_client, moderator, article, reader):
    ticked = [comment_create(article=article, author=reader, status="pending") for _ in range(3)]
    left = comment_create(article=article, author=reader, status="pending")

    response = moderator_client.post(
        url("comments_admin:bulk"),
        {"bulk-action": "approve", "bulk-ids": [c.pk for c in ticked]},
    )

    assert response.status_code == 302
    assert [status(c) for c in ticked] == ["visible"] * 3
    assert status(left) == "pending"
    assert count(article) == 3
    assert all(logged("kopbal_comments.visible", c, moderator) for c in ticked)


def test_bulk_reject_needs_a_reason(moderator_client, article, reader):
    ticked = [comment_create(article=article, author=reader, status="pending") for _ in range(2)]
    ids = [c.pk for c in ticked]

    moderator_client.post(url("comments_admin:bulk"), {"bulk-action": "reject", "bulk-ids": ids})
    assert [status(c) for c in ticked] == ["pending"] * 2

    moderator_client.post(
        url("comments_admin:bulk"),
        {"bulk-action": "reject", "bulk-ids": ids, "bulk-preset": "abusive"},
    )
    assert [status(c) for c in ticked] == ["rejected"] * 2
    assert {c.moderation_reason for c in Comment.objects.filter(pk__in=ids)} == {
        preset_reason("abusive")
    }


def test_bulk_action_skips_comments_already_handled(moderator_client, article, reader):
    pending = comment_create(article=article, author=reader, status="pending")
    deleted = comment_create(article=article, author=reader, body="", status="deleted")

    moderator_client.post(
        url("comments_admin:bulk"),
        {"bulk-action": "approve", "bulk-ids": [pending.pk, deleted.pk]},
    )

    assert (status(pending), status(deleted)) == ("visible", "deleted")
    assert count(article) == 1


# The reported queue


@pytest.fixture
def reported(article, reader, reporter, django_user_model):
    comment = comment_create(article=article, author=reader, body="Die spits is een <b>clown</b>")
    report_create(comment=comment, user=reporter, reason="Beledigend <img src=x onerror=alert(1)>")
    other = django_user_model.objects.create_user("tweede", "t@example.com", "pw")
    report_create(comment=comment, user=other, reason="Persoonlijke aanval")
    return comment


def test_reported_queue_shows_the_reports_with_their_reasons_and_reporters(
    moderator_client, reported
):
    response = moderator_client.get(url("comments_reported:index"))

    assert list(response.context["object_list"]) == [reported]
    assert response.context["object_list"][0].open_report_count == 2
    html = response.content.decode()
    assert "Beledigend &lt;img src=x onerror=alert(1)&gt;" in html
    assert "<img src=x" not in html
    assert "Persoonlijke aanval" in html
    assert "melder" in html
    assert url("comments_bans:user", reported.author_id) in html


def test_removing_a_reported_comment_lowers_the_count_and_resolves_its_reports(
    moderator_client, moderator, article, reported
):
    assert count(article) == 1

    moderator_client.post(url("comments_admin:remove", reported.pk), {"reason": "Beledigend"})

    reported.refresh_from_db()
    assert (reported.status, reported.moderation_reason) == ("removed", "Beledigend")
    assert count(article) == 0
    assert not Report.objects.filter(comment=reported, resolved_at__isnull=True).exists()
    assert logged("kopbal_comments.removed", reported, moderator)
    assert not moderator_client.get(url("comments_reported:index")).context["object_list"]


def test_removing_needs_a_reason(moderator_client, article, reported):
    response = moderator_client.post(url("comments_admin:remove", reported.pk), {})

    assert response.context["form"].errors
    assert status(reported) == "visible"
    assert count(article) == 1


def test_keeping_a_reported_comment_dismisses_its_reports(
    moderator_client, moderator, article, reported
):
    moderator_client.post(url("comments_admin:approve", reported.pk))

    assert status(reported) == "visible"
    assert count(article) == 1
    assert not Report.objects.filter(comment=reported, resolved_at__isnull=True).exists()
    assert logged("kopbal_comments.visible", reported, moderator)
    assert list(moderator_client.get(url("comments_reported:index")).context["object_list"]) == []


# All comments, featuring


def test_all_comments_can_be_searched_and_filtered_by_status_article_and_author(
    moderator_client, news_index, article, reader, reporter
):
    other_article = article_create(news_index, title="Transfernieuws")
    wanted = comment_create(article=article, author=reader, body="Een prachtige goal")
    comment_create(article=article, author=reader, body="Saaie match", status="rejected")
    comment_create(article=other_article, author=reporter, body="Prachtige transfer")

    def found(**params):
        response = moderator_client.get(url("comments_admin:index"), params)
        assert response.status_code == 200
        return list(response.context["object_list"])

    assert found(q="prachtige goal") == [wanted]
    assert found(status="visible", article=article.pk) == [wanted]
    assert found(author=reader.pk, status="visible") == [wanted]
    assert len(found()) == 3


def test_featuring_and_unfeaturing_a_visible_comment(moderator_client, moderator, article, reader):
    comment = comment_create(article=article, author=reader)

    moderator_client.post(url("comments_admin:feature", comment.pk))
    comment.refresh_from_db()
    assert comment.is_featured
    assert logged("kopbal_comments.feature", comment, moderator)

    moderator_client.post(url("comments_admin:unfeature", comment.pk))
    comment.refresh_from_db()
    assert not comment.is_featured
    assert logged("kopbal_comments.unfeature", comment, moderator)


def test_a_pending_comment_cannot_be_featured(moderator_client, article, reader):
    comment = comment_create(article=article, author=reader, status="pending")

    moderator_client.post(url("comments_admin:feature", comment.pk))

    comment.refresh_from_db()
    assert not comment.is_featured


# Bans


def test_yellow_card_for_some_days(moderator_client, moderator, reader):
    response = moderator_client.post(
        url("comments_bans:user", reader.pk),
        {"card": "yellow", "days": "3", "reason": "Blijft schelden"},
    )

    assert response.status_code == 302
    ban = Ban.objects.get(user=reader)
    assert ban.card == "yellow" and ban.created_by == moderator and ban.is_active
    assert timedelta(days=2, hours=23) < ban.expires_at - timezone.now() <= timedelta(days=3)
    assert logged("kopbal_comments.ban", ban, moderator)


def test_yellow_card_needs_days_and_every_card_a_reason(moderator_client, reader):
    no_days = moderator_client.post(
        url("comments_bans:user", reader.pk), {"card": "yellow", "days": "", "reason": "Spam"}
    )
    no_reason = moderator_client.post(
        url("comments_bans:user", reader.pk), {"card": "red", "reason": ""}
    )

    assert "days" in no_days.context["form"].errors
    assert "reason" in no_reason.context["form"].errors
    assert not Ban.objects.exists()


def test_red_card_is_for_good(moderator_client, reader):
    moderator_client.post(
        url("comments_bans:user", reader.pk), {"card": "red", "days": "3", "reason": "Racisme"}
    )

    ban = Ban.objects.get(user=reader)
    assert ban.card == "red" and ban.expires_at is None and ban.is_active


def test_active_bans_are_listed_and_can_be_lifted(moderator_client, moderator, reader, reporter):
    ban = Ban.objects.create(user=reader, card="red", reason="Racisme", created_by=moderator)
    Ban.objects.create(
        user=reporter,
        card="yellow",
        reason="Verlopen",
        expires_at=timezone.now() - timedelta(days=1),
    )

    listing = moderator_client.get(url("comments_bans:index"))
    assert list(listing.context["object_list"]) == [ban]

    response = moderator_client.post(url("comments_bans:lift", ban.pk))

    assert response.status_code == 302
    ban.refresh_from_db()
    assert not ban.is_active
    assert logged("kopbal_comments.unban", ban, moderator)


def test_finding_a_reader_to_ban_by_name_or_email(moderator_client, reader):
    by_name = moderator_client.post(url("comments_bans:lookup"), {"user": "Supporter"})
    by_email = moderator_client.post(url("comments_bans:lookup"), {"user": "s@example.com"})
    unknown = moderator_client.post(url("comments_bans:lookup"), {"user": "niemand"})

    assert by_name["Location"] == by_email["Location"] == url("comments_bans:user", reader.pk)
    assert unknown.context["form"].errors


def test_reader_page_shows_their_cards_and_latest_comments(
    moderator_client, moderator, article, reader
):
    Ban.objects.create(user=reader, card="yellow", reason="Schelden", created_by=moderator)
    comment_create(article=article, author=reader, body="Mijn laatste reactie")

    html = moderator_client.get(url("comments_bans:user", reader.pk)).content.decode()

    assert "Schelden" in html
    assert "Mijn laatste reactie" in html


# Closed discussions


def test_closing_and_reopening_comments_on_an_article(moderator_client, moderator, article):
    response = moderator_client.post(
        url("comments_discussions:close"), {"article": article.pk, "reason": "Rellen"}
    )

    assert response.status_code == 302
    closed = ClosedDiscussion.objects.get(article=article)
    assert (closed.reason, closed.closed_by) == ("Rellen", moderator)
    assert logged("kopbal_comments.close", article, moderator)
    listing = moderator_client.get(url("comments_discussions:index"))
    assert list(listing.context["object_list"]) == [closed]

    moderator_client.post(url("comments_discussions:open", article.pk))

    assert not ClosedDiscussion.objects.filter(article=article).exists()
    assert logged("kopbal_comments.open", article, moderator)


def test_article_page_in_the_admin_leads_to_its_comments(client, article, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chef", "c@example.com", "pw"))

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    page = client.get(url("comments_discussions:article", article.pk))

    assert url("comments_discussions:article", article.pk) in edit.content.decode()
    assert page.status_code == 200
    assert "Derby eindigt in chaos" in page.content.decode()


# Word lists


@pytest.fixture
def fresh_wordfilter():
    """The compiled lists are cached across tests: start from this test's database."""
    wordfilter.rules_changed()


def test_a_word_added_in_the_admin_is_filtered_at_once(moderator_client, fresh_wordfilter):
    assert not wordfilter.check("Wat een zwamneus").suspect  # compiled and cached

    response = moderator_client.post(
        reverse("wagtailsnippets_comments_wordrule:add"), {"word": "zwamneus", "kind": "suspect"}
    )

    assert response.status_code == 302
    assert wordfilter.check("Wat een zwamneus").suspect == ["zwamneus"]

    rule = WordRule.objects.get(word="zwamneus")
    moderator_client.post(reverse("wagtailsnippets_comments_wordrule:delete", args=[rule.pk]))
    assert not wordfilter.check("Wat een zwamneus").suspect


def test_the_dutch_word_list_is_there_from_the_start(fresh_wordfilter):
    assert wordfilter.check("tyfuslijer").is_banned
    assert wordfilter.check("Wat een klootzak").suspect == ["klootzak"]
    assert not wordfilter.check("Sterkte aan de spits in zijn strijd tegen kanker").is_banned


# History, menu, permissions


def test_moderation_shows_in_the_site_history_with_readable_labels(
    moderator_client, article, reader, django_user_model
):
    comment = comment_create(article=article, author=reader, status="pending")
    moderator_client.post(url("comments_admin:reject", comment.pk), {"reason": "Spam"})
    admin = django_user_model.objects.create_superuser("hoofdredactie", "h@example.com", "pw")
    client = Client()
    client.force_login(admin)

    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()

    assert "Reactie afgekeurd: Spam" in html  # the newsroom reads the admin in Dutch


def test_menu_shows_how_many_comments_wait(moderator_client, article, reader):
    for _ in range(2):
        comment_create(article=article, author=reader, status="pending")

    html = moderator_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Te modereren (2)" in html


def test_the_closed_comments_menu_shows_how_many_wait(moderator_client, article, reader):
    html = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Reacties (" not in html
    for _ in range(3):
        comment_create(article=article, author=reader, status="pending")
    comment_create(article=article, author=reader, status="visible")

    html = moderator_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Reacties (3)" in html


@pytest.fixture
def editor(django_user_model):
    """An editor who may use the admin, but not moderate or ban."""
    user = django_user_model.objects.create_user("editor", "e@example.com", "pw", is_staff=True)
    return grant(user, "wagtailadmin.access_admin")


def pages_to_guard(comment, reader, article):
    return [
        ("get", url("comments_pending:index")),
        ("get", url("comments_reported:index")),
        ("get", url("comments_admin:index")),
        ("post", url("comments_admin:approve", comment.pk)),
        ("post", url("comments_admin:reject", comment.pk)),
        ("post", url("comments_admin:bulk")),
        ("get", url("comments_bans:index")),
        ("post", url("comments_bans:user", reader.pk)),
        ("get", url("comments_discussions:index")),
        ("post", url("comments_discussions:close")),
    ]


@pytest.mark.parametrize("who", ["reader", "editor"])
def test_readers_and_editors_cannot_moderate(client, who, request, article, reader):
    client.force_login(request.getfixturevalue(who))
    comment = comment_create(article=article, author=reader, status="pending")
    data = {
        "bulk-action": "approve",
        "bulk-ids": [comment.pk],
        "reason": "x",
        "card": "red",
        "article": article.pk,
    }

    for method, path in pages_to_guard(comment, reader, article):
        response = getattr(client, method)(path, data if method == "post" else None)
        assert response.status_code in (302, 403), path
        # Sent to log in (readers) or to the dashboard with a message (editors).
        assert urlparse(response.get("Location", "")).path in ("", "/admin/login/", "/admin/")

    assert status(comment) == "pending"
    assert not Ban.objects.exists()
    assert not ClosedDiscussion.objects.exists()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert url("comments_pending:index") not in menu


def test_editor_cannot_edit_the_word_list(client, editor):
    client.force_login(editor)

    response = client.post(
        reverse("wagtailsnippets_comments_wordrule:add"), {"word": "zwamneus", "kind": "ban"}
    )

    assert response.status_code in (302, 403)
    assert not WordRule.objects.filter(word="zwamneus").exists()


def test_a_post_without_csrf_token_is_refused(moderator, article, reader):
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    comment = comment_create(article=article, author=reader, status="pending")

    response = client.post(url("comments_admin:approve", comment.pk))

    assert response.status_code == 403
    assert status(comment) == "pending"


def test_a_get_never_changes_a_comment(moderator_client, article, reader):
    comment = comment_create(article=article, author=reader, status="pending")

    for name in ("comments_admin:approve", "comments_admin:feature"):
        assert moderator_client.get(url(name, comment.pk)).status_code == 405

    assert status(comment) == "pending"


def test_a_comment_kept_and_reported_again_shows_only_the_new_report(
    moderator_client, reported, reporter, django_user_model
):
    moderator_client.post(url("comments_admin:approve", reported.pk))
    third = django_user_model.objects.create_user("derde", "d@example.com", "pw")
    report_create(comment=reported, user=third, reason="Weer beledigend")

    response = moderator_client.get(url("comments_reported:index"))

    [row] = response.context["object_list"]
    assert row.open_report_count == 1
    assert [r.reason for r in row.open_reports] == ["Weer beledigend"]


def test_a_full_queue_page_takes_a_fixed_number_of_queries(
    moderator_client, news_index, django_user_model, django_assert_max_num_queries
):
    articles = [article_create(news_index, title=f"Artikel {i}") for i in range(5)]
    for i in range(50):
        author = django_user_model.objects.create_user(f"lezer{i}", f"l{i}@example.com", "pw")
        parent = comment_create(article=articles[i % 5], author=author)
        comment_create(article=articles[i % 5], author=author, parent=parent, status="pending")

    with django_assert_max_num_queries(20):  # 15 today, whatever the authors and articles
        response = moderator_client.get(url("comments_pending:index"))

    assert len(response.context["object_list"]) == 50


def test_a_reply_in_the_queue_shows_the_parents_author_and_the_start_of_its_text(
    moderator_client, article, reader, reporter
):
    body = (
        "<script>alert(1)</script> Die penalty was " + "echt nooit een strafschop " * 20 + "EINDE"
    )
    parent = comment_create(article=article, author=reporter, body=body)
    comment_create(article=article, author=reader, body="Eens!", parent=parent, status="pending")

    html = moderator_client.get(url("comments_pending:index")).content.decode()

    excerpt = html.split('class="moderation-parent"', 1)[1].split("</p>", 1)[0]
    assert "melder" in excerpt  # the parent's author
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Die penalty was echt nooit" in excerpt
    assert "<script>" not in html.split('id="comment-', 1)[1]
    assert "…" in excerpt and "EINDE" not in excerpt  # cut short
