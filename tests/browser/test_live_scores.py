"""A score saved in the newsroom reaches an open, cached page without a reload."""

import datetime

import pytest
from django.utils import timezone

from kopbal.football import services
from kopbal.football.tests.factories import MatchFactory
from kopbal.news.services import site_tree_ensure

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def match_url(live_server, settings):
    # The reader's match page. It polls every second here instead of every 5 s (the
    # setting), so the test waits less; the 10-second promise is measured in `make bench`
    # (scenario live).
    settings.KOPBAL_LIVE_POLL_SECONDS = 1
    site_tree_ensure()

    def url(match):
        return f"{live_server.url}{match.get_absolute_url()}"

    return url


def test_a_saved_score_appears_on_an_open_cached_page_without_a_reload(browser, page, match_url):
    match = MatchFactory(status="live", home_goals=0, away_goals=0, minute=12)
    url = match_url(match)
    other = browser.new_context(locale="nl-BE").new_page()
    other.goto(url)  # another reader caches the page
    response = page.goto(url)
    assert response.headers["x-page-cache"] == "hit"
    score = page.locator(f'.scoreboard [data-match="{match.pk}"]')
    assert score.locator("[data-match-score]").text_content() == "0-0"

    services.match_update(match=match, home_goals=1, minute=13)

    page.wait_for_function(
        "el => el.querySelector('[data-match-score]').textContent === '1-0'",
        arg=score.element_handle(),
        timeout=10_000,
    )
    assert score.locator("[data-match-state]").text_content() == "13'"
    page.reload()  # the page's own generation moved: a reload renders the new score too
    assert score.locator("[data-match-score]").text_content() == "1-0"
    other.context.close()


def test_the_end_of_a_match_changes_its_state_and_class(page, match_url):
    # Kicked off an hour and a half ago: a finished match stays in the live document
    # for the hours after its kick-off (football.live).
    kickoff = timezone.now() - datetime.timedelta(minutes=95)
    match = MatchFactory(status="live", home_goals=2, away_goals=2, minute=88, kickoff=kickoff)
    page.goto(match_url(match))
    services.match_update(match=match, status="finished", minute=None)
    score = page.locator(f'.scoreboard [data-match="{match.pk}"]')
    page.wait_for_function(
        "el => el.classList.contains('score--finished') && !el.classList.contains('score--live')",
        arg=score.element_handle(),
        timeout=10_000,
    )
    assert score.locator("[data-match-state]").text_content() == "Einde"
