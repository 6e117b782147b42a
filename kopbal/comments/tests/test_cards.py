"""Comment cards look exactly as the Django templates they replace drew them.

The reference is a frozen copy of the old templates (legacy_templates/), rendered by a
Django engine of its own; the site renders cards with kopbal.comments.cards. Both get the
same comments, the same reader and the same request, and must give the same HTML up to
whitespace that a browser does not show.
"""

import functools
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.template.backends.django import DjangoTemplates
from django.template.loader import get_template
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.html import escape
from hypothesis import given
from hypothesis import settings as settings_hypothesis
from hypothesis import strategies as st

from kopbal.comments import live
from kopbal.comments.cards import viewer_for
from kopbal.comments.counts import recount
from kopbal.comments.discussion import discussion_for
from kopbal.comments.models import Ban, Comment, Like
from kopbal.comments.services.moderation import ban_issue, discussion_close

from .conftest import reader_create

pytestmark = pytest.mark.django_db

LEGACY_DIR = Path(__file__).parent / "legacy_templates"
BLOCK = "article|header|footer|div|p|ol|li|form|details|summary|section|nav|h2|h3"
_SPACE = re.compile(r"\s+")
_BLOCK_EDGE = re.compile(rf"\s*(</?(?:{BLOCK})\b[^>]*>)\s*")
# Each form token is masked afresh (BREACH), so two renders never share one.
_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')

NASTY = '<script>alert("x")</script> & \'quotes\' "too" <b onmouseover=alert(1)>vet</b>'
LONG_WORD = "Supercalifragilistisch" * 12


@functools.cache
def legacy_engine() -> DjangoTemplates:
    django_engine = settings.TEMPLATES[0]
    options = {
        **django_engine["OPTIONS"],
        "libraries": {"comments_tags": "kopbal.comments.tests.legacy_tags"},
    }
    return DjangoTemplates(
        {
            "NAME": "legacy-comments",
            "DIRS": [LEGACY_DIR, *django_engine["DIRS"]],
            "APP_DIRS": True,
            "OPTIONS": options,
        }
    )


def legacy(name: str, context: dict, request=None) -> str:
    return legacy_engine().get_template(name).render(context, request)


def normalise(html: str) -> str:
    """Whitespace as a browser treats it: runs are one space, none around block tags."""
    html = _TOKEN.sub('name="csrfmiddlewaretoken" value="TOKEN"', html)
    return _BLOCK_EDGE.sub(r"\1", _SPACE.sub(" ", html)).strip()


def assert_same_html(new: str, old: str) -> None:
    new, old = normalise(new), normalise(old)
    if new != old:  # show where they part, not two walls of text
        at = next(i for i, (a, b) in enumerate(zip(new + "\0", old + "\0", strict=False)) if a != b)
        raise AssertionError(
            f"differs at {at}:\nnew: {new[at - 200 : at + 200]}\nold: {old[at - 200 : at + 200]}"
        )


def hours_ago(hours: float):
    return timezone.now() - timezone.timedelta(hours=hours)


@pytest.fixture
def people(db):
    author = reader_create("Supporter", display_name="Supporter")
    other = reader_create("Tegenstander", display_name='Jan "de Muur" & <Zn>')
    plain = reader_create("Naamloos")  # no display name: the username shows, no profile link
    editor = reader_create("Redactie", display_name="Redactie", is_staff=True)
    return {"author": author, "other": other, "plain": plain, "editor": editor}


@pytest.fixture
def thread(article, people):
    """A discussion with every kind of card the page shows."""
    author, other, plain, editor = (people[k] for k in ("author", "other", "plain", "editor"))

    def add(by, body, hours, **fields):
        return Comment.objects.create(
            article=article, author=by, body=body, created_at=hours_ago(hours), **fields
        )

    # Still editable: its text goes into the edit form's textarea, which it tries to leave.
    mine = add(
        author, "Net bewerkt.</textarea><script>x()</script>", 0.02, edited_at=timezone.now()
    )
    old_mine = add(author, "Een oude reactie van mij.", 30)
    linked = add(
        other, "Zie https://voorbeeld.invalid/verslag?a=1&b=2 voor meer.\n\nTweede alinea.", 2
    )
    nasty = add(other, NASTY, 3, like_count=4)
    add(plain, LONG_WORD, 4, is_featured=True, like_count=12)
    staff = add(editor, "Van de redactie: blijf beleefd.", 5, is_featured=True)
    gone = add(other, "Weg ermee", 6, status=Comment.Status.DELETED)
    add(author, "Antwoord op een verwijderde reactie.", 1, parent=gone)
    add(other, "Antwoord op mijn reactie.", 0.5, parent=old_mine)
    add(author, "Een antwoord met <i>tekst</i> & zo.", 0.3, parent=linked)
    add(other, "Verwijderd zonder antwoorden", 7, status=Comment.Status.REMOVED)
    add(None, "Van een gewist account.", 8)
    Like.objects.create(comment=nasty, user=author)
    Like.objects.create(comment=staff, user=author)
    recount([article.pk])
    return {"mine": mine, "nasty": nasty}


def discussion_context(request, article, **extra) -> dict:
    """What comments_tags.discussion (and the discussion page) give discussion.html."""
    return {
        "request": request,
        "user": request.user,
        "article": article,
        "discussion": discussion_for(request, article),
        "draft": "",
        "draft_parent": "",
        "error": "",
        **extra,
    }


def request_as(user, path="/", **params):
    request = RequestFactory().get(path, params)
    request.user = user or AnonymousUser()
    return request


def both_discussions(request, context) -> tuple[str, str]:
    new = get_template("comments/discussion.html").render(context, request)
    old = legacy("comments/discussion.html", context, request)
    return new, old


@pytest.mark.parametrize("language", ["nl-be", "en"])
@pytest.mark.parametrize("viewer", [None, "author", "other", "plain", "editor"])
def test_discussion_cards_are_the_old_templates_html(article, people, thread, viewer, language):
    request = request_as(people.get(viewer), article.url)
    with translation.override(language):
        new, old = both_discussions(request, discussion_context(request, article))
    assert_same_html(new, old)
    assert 'id="reactie-' in new


@pytest.mark.parametrize("sort", ["oudste", "populairste"])
def test_sorted_and_paged_discussion_is_the_old_templates_html(
    article, people, thread, settings, sort
):
    settings.KOPBAL_COMMENTS_PAGE_SIZE = 3
    request = request_as(people["other"], article.url, reacties=sort, rpagina="2")
    new, old = both_discussions(request, discussion_context(request, article))
    assert_same_html(new, old)


def test_red_carded_reader_sees_the_old_templates_html(article, people, thread, admin_user):
    ban_issue(user=people["other"], card=Ban.Card.RED, reason="Bedreigingen", by=admin_user)
    request = request_as(people["other"], article.url)
    context = discussion_context(request, article)
    assert context["discussion"].refusal
    new, old = both_discussions(request, context)
    assert_same_html(new, old)


def test_closed_discussion_is_the_old_templates_html(article, people, thread, admin_user):
    discussion_close(article=article, by=admin_user, reason="Te verhit")
    request = request_as(people["author"], article.url)
    new, old = both_discussions(request, discussion_context(request, article))
    assert_same_html(new, old)


def test_a_refused_reply_keeps_its_draft_as_before(article, people, thread):
    """The discussion page after a refused reply: the draft returns in the reply's form."""
    request = request_as(people["author"], article.url)
    context = discussion_context(
        request,
        article,
        error="Je reactie is te lang.",
        draft='Mijn <b>concept</b> & "citaat"',
        draft_parent=str(thread["nasty"].pk),
    )
    new, old = both_discussions(request, context)
    assert_same_html(new, old)
    assert "Mijn &lt;b&gt;concept&lt;/b&gt; &amp; &quot;citaat&quot;" in new


def test_empty_discussion_is_the_old_templates_html(article, people):
    request = request_as(people["author"], article.url)
    new, old = both_discussions(request, discussion_context(request, article))
    assert_same_html(new, old)


def test_live_fragment_cards_are_the_old_templates_html(article, thread):
    with translation.override("nl-be"):
        fragment = live.fragment(article.pk)
        comments = {c.pk: c for c in Comment.objects.filter(article=article)}
        for entry in fragment["comments"]:
            comment = comments[entry["id"]]
            old = legacy(
                "comments/comment.html",
                {"comment": comment, "discussion": None, "is_reply": comment.parent_id is not None},
            )
            assert_same_html(entry["html"], old)
    assert len(fragment["comments"]) == Comment.objects.visible().filter(article=article).count()


def test_held_comment_in_my_pending_list_is_the_old_templates_html(client, article, people):
    author = people["author"]
    top = Comment.objects.create(article=article, author=author, body="Zichtbaar")
    held = [
        Comment.objects.create(article=article, author=author, body=NASTY, status="pending"),
        Comment.objects.create(
            article=article, author=author, body="Wacht", status="pending", parent=top
        ),
    ]
    client.force_login(author)
    response = client.get("/api/my-comments/pending/", HTTP_ACCEPT_LANGUAGE="nl-be")
    entries = response.json()["comments"]
    assert [e["id"] for e in entries] == [c.pk for c in held]
    request = response.wsgi_request
    for entry, comment in zip(entries, held, strict=True):
        comment = Comment.objects.select_related("author").get(pk=comment.pk)
        with translation.override("nl-be"):
            old = legacy(
                "comments/comment.html",
                {"comment": comment, "discussion": None, "is_reply": comment.parent_id is not None},
                request,
            )
        assert_same_html(entry["html"], old)
        assert "comment--pending" in entry["html"]


def test_posted_comment_card_is_the_old_templates_html(client, article, people):
    client.force_login(people["author"])
    response = client.post(
        f"/api/articles/{article.pk}/comments/",
        {"body": "Een verse reactie & meer."},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 201
    body = response.json()
    comment = Comment.objects.select_related("author").get(pk=body["id"])
    old = legacy(
        "comments/comment.html", {"comment": comment, "discussion": None}, response.wsgi_request
    )
    assert_same_html(body["html"], old)


def test_script_in_a_comment_never_reaches_the_page_as_markup(article, people, thread):
    """Fails if the cards were drawn without escaping."""
    request = request_as(people["author"], article.url)
    new, _old = both_discussions(request, discussion_context(request, article))
    assert "<script>" not in new
    assert "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes'" in new
    assert "<Zn>" not in new and "Jan &quot;de Muur&quot; &amp; &lt;Zn&gt;" in new
    assert "<b onmouseover" not in new
    # The own comment's edit form holds its text, escaped.
    assert "Net bewerkt.&lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt;</textarea>" in new


@settings_hypothesis(max_examples=300, deadline=None)
@given(name=st.text(min_size=0, max_size=40))
def test_a_reader_s_profile_address_is_the_one_reverse_gives(name):
    # The cards build it from parts reversed once per render, not with reverse() per name.
    viewer = viewer_for(user=AnonymousUser())
    try:
        expected = escape(reverse("accounts:profile", args=[name]))
    except NoReverseMatch:
        with pytest.raises(NoReverseMatch):
            viewer.profile_url(name)
        return
    assert viewer.profile_url(name) == expected
