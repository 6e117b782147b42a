"""None of 50+ injection attempts gets into the page or the JSON as live markup."""

import re

import pytest

from kopbal.comments import services
from kopbal.comments.counts import recount
from kopbal.comments.models import Comment
from kopbal.comments.services import CommentRefused

from .conftest import reader_create
from .xss_payloads import PAYLOADS

pytestmark = pytest.mark.django_db

# Markup that would be live in the page: a tag a payload opened, or an event handler.
LIVE = re.compile(
    r"<(script|img|svg|iframe|body|details|input|select|video|audio|marquee|object|embed|"
    r"math|style|meta|base|form|isindex|table|noscript|template|x)\b[^>]*(on\w+=|src=|>)"
    r"|(href|src|action|data)\s*=\s*[\"']?\s*javascript:",
    re.IGNORECASE,
)


def live_markup(html: str, payload: str) -> bool:
    return payload in html and LIVE.search(payload) is not None


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_posted_as_comment_is_refused_or_escaped(
    client, article, reader, settings, payload
):
    settings.KOPBAL_COMMENTS_PER_MINUTE = 1000
    try:
        services.comment_post(article=article, user=reader, body=payload)
    except CommentRefused as refused:
        assert refused.status == 400
        assert Comment.objects.count() == 0
        return
    html = client.get(article.url).content.decode()
    assert not live_markup(html, payload)
    body = client.get(f"/api/articles/{article.pk}/comments/").json()
    assert not live_markup(body["comments"][0]["html"], payload)


def test_stored_payloads_render_escaped_in_page_and_json(client, article, settings):
    """Even rows that bypassed validation (old data, an import) cannot inject markup."""
    settings.KOPBAL_COMMENTS_PAGE_SIZE = 100
    author = reader_create("Schrijver")
    author.display_name = "<img src=x onerror=window.__xss=1>"[:30]
    author.save(update_fields=["display_name"])
    for payload in PAYLOADS:
        Comment.objects.create(article=article, author=author, body=payload)
    recount([article.pk])  # as after an import: the discussion shows what the counter counts
    html = client.get(article.url).content.decode()
    assert html.count(' data-comment="') >= len(PAYLOADS)
    json_text = client.get(f"/api/articles/{article.pk}/comments/").content.decode()
    for payload in PAYLOADS:
        assert not live_markup(html, payload), payload
        assert not live_markup(json_text, payload), payload
    assert "<img src=x onerror" not in html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_as_report_reason_is_refused_or_stored_as_text(
    article, reader, other_reader, payload
):
    comment = services.comment_post(article=article, user=reader, body="Gewoon een reactie")
    try:
        report = services.comment_report(comment_id=comment.pk, user=other_reader, reason=payload)
    except CommentRefused as refused:
        assert refused.status == 400
        return
    assert report.reason == payload.strip()  # plain text; every template escapes it
