"""A comment that cannot be sent tells the reader about the comment, not about a vote."""

import pytest
from django.test import Client

from kopbal.comments.models import Comment
from kopbal.comments.tests.conftest import reader_create
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _answer(status: int, content_type: str, body: str):
    return lambda route: route.fulfill(status=status, content_type=content_type, body=body)


def test_a_failed_comment_shows_the_comments_message(browser, live_server):
    _home, index = site_tree_ensure()
    article = article_create(index, title="Derby in de regen")
    login = Client()
    login.force_login(reader_create("Schrijver"))
    context = browser.new_context()
    context.add_cookies(
        [{"name": "sessionid", "value": login.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    page.goto(live_server.url + article.url)
    form = page.locator("form[data-comment-form]").first
    message = form.locator(".comment-form__status")
    answers = [
        # A proxy's HTML error page: the comment's own message, not the poll's.
        (502, "text/html", "<h1>502 Bad Gateway</h1>", "Je reactie kon niet verstuurd worden"),
        # The site's own refusal: its message as sent.
        (400, "application/json", '{"error": "x", "message": "Eigen uitleg."}', "Eigen uitleg."),
    ]
    for status, content_type, body, expected in answers:
        page.unroute("**/reacties/*/plaatsen/")
        page.route("**/reacties/*/plaatsen/", _answer(status, content_type, body))
        form.locator("textarea").fill("Wat een sfeer in het stadion!")
        form.locator("button[type=submit]").click()
        message.filter(has_text=expected).wait_for()
        assert "stem" not in message.inner_text()
    assert not Comment.objects.exists()
    context.close()
