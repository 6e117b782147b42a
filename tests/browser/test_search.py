"""Reader search in a real browser: the header box on a phone, the results page under the
CSP, and the screenshots of /zoeken/?q=anderlecht at phone and desktop size."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kopbal.football.tests.factories import ClubFactory
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create

from .conftest import PHONE
from .watch import Watch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def articles(live_server):
    _home, index = site_tree_ensure()
    anderlecht = ClubFactory(
        name="RSC Anderlecht", short_name="Anderlecht", slug="anderlecht", nicknames="Paars-Wit"
    )
    genk = ClubFactory(name="KRC Genk", short_name="Genk", slug="genk")
    now = timezone.now()
    stories = [
        (
            "Anderlecht haalt Deense middenvelder",
            "Paars-Wit rondt zijn eerste transfer af.",
            [anderlecht],
        ),
        (
            "Anderlecht en Genk delen de punten",
            "Een open wedstrijd eindigt op 2-2.",
            [anderlecht, genk],
        ),
        (
            "Trainer van Anderlecht wil meer balbezit",
            "De coach vraagt initiatief in eigen huis.",
            [anderlecht],
        ),
        ("Genk wint zonder te glanzen", "Een zuinige zege in de Cegeka Arena.", [genk]),
    ]
    for hours, (title, intro, clubs) in enumerate(stories):
        article_create(
            index,
            title=title,
            intro=f"<p>{intro}</p>",
            clubs=clubs,
            published_at=now - timedelta(hours=hours * 5 + 1),
        )


def test_a_reader_searches_from_the_header_on_a_phone(browser, live_server, articles):
    context = browser.new_context(viewport=PHONE, locale="nl-BE")
    watch = Watch(context)
    page = context.new_page()
    page.goto(live_server.url + "/")
    box = page.get_by_role("searchbox", name="Zoeken in het nieuws")
    assert box.is_visible()
    assert box.bounding_box()["width"] >= 200  # usable on a 390 px phone
    box.fill("Paars-Wit")
    box.press("Enter")
    page.wait_for_url("**/zoeken/?q=paars-wit")
    titles = page.locator(".teaser__title").all_inner_texts()
    assert len(titles) == 3 and all("Anderlecht" in t for t in titles)
    page.get_by_label("Club").select_option("genk")
    page.locator(".search-form").get_by_role("button", name="Zoeken").click()
    page.wait_for_url("**club=genk**")
    assert page.locator(".teaser__title").all_inner_texts() == [
        "Anderlecht en Genk delen de punten"
    ]
    watch.assert_clean()
    context.close()


def test_results_page_has_no_csp_violation_and_looks_right(
    browser, live_server, articles, screenshot
):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-BE")
    watch = Watch(context)
    page = context.new_page()
    page.goto(live_server.url + "/zoeken/?q=anderlecht")
    assert page.locator("mark").first.inner_text() == "Anderlecht"
    assert page.locator(".club-tag").count() >= 3
    watch.assert_clean()
    context.close()
    # The sizes: a phone and a 1280 x 800 desktop.
    for label, viewport in (("phone", PHONE), ("desktop", {"width": 1280, "height": 800})):
        shot_context = browser.new_context(viewport=viewport, locale="nl-BE")
        shot = shot_context.new_page()
        shot.goto(live_server.url + "/zoeken/?q=anderlecht")
        shot.wait_for_load_state("networkidle")
        # Nothing wider than the screen: the header box and the filters wrap on a phone.
        assert shot.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        path = screenshot.directory / f"search-anderlecht-{label}.png"
        shot.screenshot(path=path, full_page=True)
        shot_context.close()
