"""The site under its Content-Security-Policy in a real browser: no violation on the pages,
and the page script still does all its work (poll, comment counts, account box, comments)."""

import pytest

from kopbal.accounts.tests.factories import PASSWORD, user_create
from kopbal.comments.models import Comment
from kopbal.comments.tests.factories import comment_create
from kopbal.football.tests.factories import ClubFactory
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create
from kopbal.polls.models import Vote
from kopbal.polls.tests.factories import poll_create

from .watch import Watch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def article(live_server, settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0
    _home, index = site_tree_ensure()
    poll = poll_create(question="Haalt Genk Europees voetbal?", labels=("Ja", "Nee"))
    article = article_create(
        index, title="Genk wint de topper", poll=poll, clubs=[ClubFactory(name="KRC Genk")]
    )
    veteran = user_create(display_name="Veteraan")
    comment_create(article=article, author=veteran, body="Wat een ploeg dit jaar!")
    return article


@pytest.fixture
def reader_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    watch = Watch(context)
    yield context.new_page(), watch
    context.close()


def comment_count(page, article):
    """The count next to the headline in a list."""
    return page.locator(f'[data-comment-count="{article.pk}"] .comment-count__number').first


def test_home_has_no_violation_and_refreshes_the_cached_comment_counts(
    live_server, article, reader_page, settings
):
    # As in production: "Meest recent" (a hole in the cached page) is kept per worker
    # until the news changes, so its comment counts lag behind.
    settings.KOPBAL_FRAGMENT_CACHE_SECONDS = 600
    page, watch = reader_page
    page.goto(live_server.url + "/")  # now in the page cache, with one comment counted
    assert comment_count(page, article).inner_text() == "1"
    comment_create(article=article, author=user_create(display_name="Nieuwkomer"), body="Ja!")

    with page.expect_response(lambda r: "/api/comment-counts/" in r.url) as counts:
        response = page.goto(live_server.url + "/")
    assert "content-security-policy" in response.headers
    assert counts.value.ok
    # The page came from the cache (its "Meest recent" as kept since the news last changed)
    # and still says 1; the page script puts the current count in its place.
    assert 'class="comment-count__number">1<' in response.text()
    page.locator(f'[data-comment-count="{article.pk}"]', has_text="2").first.wait_for()
    # The hidden label for screen readers follows the new count: "2 reacties".
    label = page.locator(f'[data-comment-count="{article.pk}"] .visually-hidden').first
    assert label.text_content() == "reacties"
    watch.assert_clean()


def test_anonymous_reader_votes_in_place_on_an_article_without_violations(
    live_server, article, reader_page
):
    page, watch = reader_page
    page.goto(live_server.url + article.url)
    # The account box was filled in from /api/me/: log-in and sign-up links.
    page.locator(".site-account[data-state=out]").wait_for()
    assert page.locator(".site-account").get_by_role("link", name="Registreren").is_visible()

    poll = page.locator("#poll")
    poll.get_by_label("Ja").check()
    poll.get_by_role("button", name="Stem").click()
    poll.locator(".poll-results").wait_for()
    assert "jouw stem" in poll.locator(".poll-results").inner_text()
    assert page.url == live_server.url + article.url
    assert Vote.objects.get().choice.label == "Ja"
    watch.assert_clean()


def test_logged_in_reader_comments_in_place_without_violations(
    live_server, article, reader_page, screenshot
):
    page, watch = reader_page
    user_create(display_name="Trouwe Lezer", email="lezer@example.com")
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", "lezer@example.com")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(live_server.url + "/")

    page.goto(live_server.url + article.url)
    account = page.locator(".site-account[data-state=in]")
    account.wait_for()
    assert "Trouwe Lezer" in account.inner_text()

    form = page.locator("form[data-comment-form]").first
    form.locator("textarea").fill("Verdiende zege, proficiat Genk.")
    form.locator("button[type=submit]").click()
    page.locator(".comment", has_text="Verdiende zege, proficiat Genk.").wait_for()
    assert Comment.objects.filter(body="Verdiende zege, proficiat Genk.").exists()
    assert page.locator(".comments__count").inner_text() == "2"
    watch.assert_clean()

    # Styles apply under the policy: look at these (var/screenshots/).
    screenshot(live_server.url + article.url, "csp-article")
    screenshot(live_server.url + "/club/" + article.clubs.first().slug + "/", "csp-club")


def test_the_policy_stops_a_script_injected_into_the_page(live_server, article, reader_page):
    page, watch = reader_page
    page.goto(live_server.url + article.url)
    # What a stored XSS would look like if escaping ever failed: markup with an inline
    # handler, and an inline script element.
    page.evaluate(
        """() => {
          document.querySelector("main").insertAdjacentHTML(
            "beforeend", '<img src="/bestaat-niet.png" onerror="window.__xss = 1">');
          const script = document.createElement("script");
          script.textContent = "window.__xss = 2";
          document.body.appendChild(script);
        }"""
    )
    page.wait_for_function("() => true")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__xss") is None
    assert any(v.startswith("script-src-attr blocked inline") for v in watch.violations)
    assert any(v.startswith("script-src-elem blocked inline") for v in watch.violations)
    assert any("violates the following Content Security Policy" in m for m in watch.console)
