"""The newsroom dashboard in the admin, on a phone and on a laptop: every list shown, the
chart drawn, nothing wider than the screen. Screenshots in var/screenshots/."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kopbal.analytics.demo import views_demo_create
from kopbal.football.tests.factories import ClubFactory
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create

from .conftest import SCREENSHOTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "dashboard-test-password"
TITLES = [
    "Club Brugge wint de topper tegen Anderlecht na een late strafschop",
    "Genk haalt verdediger weg bij Standard",
    "Trainer van Gent blijft ondanks drie nederlagen op rij",
    "Union kroont zich tot winterkampioen",
    "Antwerp legt jonge middenvelder langer vast",
    "Scheidsrechter legt uit waarom hij de goal afkeurde",
]


@pytest.mark.parametrize(
    ("label", "viewport"),
    [("desktop", {"width": 1366, "height": 768}), ("phone", {"width": 390, "height": 844})],
)
def test_dashboard_shows_every_list_and_fits_the_screen(
    browser, live_server, django_user_model, label, viewport
):
    _home, index = site_tree_ensure()
    clubs = [ClubFactory(name=n) for n in ("Club Brugge", "RSC Anderlecht", "KRC Genk")]
    now = timezone.now()
    articles = [
        article_create(
            index,
            title=t,
            clubs=clubs[i % 3 : i % 3 + 1],
            published_at=now - timedelta(hours=2 + 19 * i),
        )
        for i, t in enumerate(TITLES)
    ]
    views_demo_create(articles=articles, now=now)
    django_user_model.objects.create_superuser("redactie", "r@example.com", PASSWORD)

    context = browser.new_context(viewport=viewport, locale="nl-BE")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "redactie")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")
    page.wait_for_load_state("networkidle")

    panel = page.locator("#kopbal-readers-content, .kb-dash").first
    panel.wait_for()
    for heading in ("Meest gelezen: laatste uur", "Nu in opmars", "Weergaven per club (7 dagen)"):
        assert page.get_by_role("heading", name=heading).count() == 1, heading
    assert page.get_by_role("img", name="Paginaweergaven per uur, laatste 48 uur").is_visible()
    first = page.locator(".kb-dash__list").first.get_by_role("link").first
    assert first.get_attribute("href").startswith("/admin/pages/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px wider than the screen"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"analytics-dashboard-{label}.png", full_page=True)
    context.close()
