"""The what-if page in a real browser: picks change the table at once, with no reload and
no request; the race page beside it. Screenshots at phone and desktop size."""

import json

import pytest

from kopbal.football.tests.factories import CompetitionFactory

from . import race_content
from .conftest import PHONE
from .watch import Watch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def competition(live_server):
    competition = CompetitionFactory(name="Jupiler Pro League", slug="jupiler-pro-league")
    race_content.small_league(competition)
    return competition


def rows(page) -> list[str]:
    return [
        " ".join(text.split()) for text in page.locator("[data-whatif-rows] tr").all_inner_texts()
    ]


def test_picked_results_reorder_the_table_without_a_reload(
    browser, live_server, competition, screenshot
):
    context = browser.new_context(viewport=PHONE, locale="nl-BE")
    watch = Watch(context)
    page = context.new_page()
    url = live_server.url + race_content.race_url(competition, whatif=True)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.kopbalNotReloaded = true")
    before = rows(page)
    data = json.loads(page.locator("#whatif-data").text_content())
    last = int(page.locator("[data-whatif-rows] tr").last.get_attribute("data-club"))
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    # The last club wins both its remaining matches, every other match is a draw.
    for match in data["matches"]:
        pick = "1" if match["home"] == last else "2" if match["away"] == last else "x"
        page.locator(f'label[for="{match["name"]}-{pick}"]').click()

    after = rows(page)
    assert after != before
    clubs = [
        int(tr.get_attribute("data-club")) for tr in page.locator("[data-whatif-rows] tr").all()
    ]
    assert clubs.index(last) < len(clubs) - 1  # six points lift it off the bottom
    assert page.evaluate("window.kopbalNotReloaded") is True  # no navigation happened
    assert page.url == url
    assert requests == []  # recomputed in the browser: no request at all
    assert page.locator("[data-whatif-status]").inner_text() == "De stand is bijgewerkt."
    page.screenshot(path=str(screenshot.directory / "race-whatif-picked-phone.png"))
    watch.assert_clean()
    context.close()
    screenshot(live_server.url + race_content.race_url(competition, whatif=True), "race-whatif")
    screenshot(live_server.url + race_content.race_url(competition), "race")


def test_without_javascript_the_form_recomputes_on_the_server(browser, live_server, competition):
    context = browser.new_context(viewport=PHONE, locale="nl-BE", java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + race_content.race_url(competition, whatif=True))
    before = rows(page)
    for fieldset in page.locator("fieldset.whatif-match").all():
        fieldset.locator("label", has_text="2").first.click()
    page.get_by_role("button", name="Toon de stand").click()
    page.wait_for_load_state()

    assert "u" in page.url.split("?", 1)[1]  # the picks went to the server
    assert rows(page) != before
    context.close()
