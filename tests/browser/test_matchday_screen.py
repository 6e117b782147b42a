"""The match-day screen in a real browser: a whole round fits 1366 px, errors show per row."""

import pytest

from kopbal.football.tests.factories import ClubFactory, MatchFactory, PhaseFactory

from .conftest import DESKTOP, SCREENSHOTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "speeldag-wachtwoord-2026"
NAMES = [
    ("Royale Union Saint-Gilloise", "Union SG"),
    ("Club Brugge KV", "Club Brugge"),
    ("KRC Genk", "Genk"),
    ("RSC Anderlecht", "Anderlecht"),
    ("KAA Gent", "Gent"),
    ("Royal Antwerp FC", "Antwerp"),
    ("Sint-Truidense VV", "STVV"),
    ("KV Mechelen", "KV Mechelen"),
    ("Standard de Liège", "Standard"),
    ("Cercle Brugge KSV", "Cercle Brugge"),
    ("OH Leuven", "OH Leuven"),
    ("KVC Westerlo", "Westerlo"),
    ("Sporting Charleroi", "Charleroi"),
    ("SV Zulte Waregem", "Zulte Waregem"),
    ("RAAL La Louvière", "La Louvière"),
    ("FCV Dender EH", "Dender"),
]


@pytest.fixture
def editor(browser, live_server, django_user_model):
    phase = PhaseFactory(name="Reguliere competitie")
    clubs = [ClubFactory(name=name, short_name=short) for name, short in NAMES]
    for i in range(8):
        MatchFactory(phase=phase, round_number=17, home=clubs[2 * i], away=clubs[2 * i + 1])
    django_user_model.objects.create_superuser("sportredactie", "s@example.com", PASSWORD)
    context = browser.new_context(viewport=DESKTOP, locale="nl-BE")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "sportredactie")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")
    yield page
    context.close()


def test_a_round_fits_1366_px_and_shows_errors_per_row(editor, live_server):
    page = editor
    page.goto(live_server.url + "/admin/football/matchday/")
    rows = page.locator("tr.matchday__row")
    assert rows.count() == 8
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "matchday-desktop.png", full_page=True)
    # Nothing sideways: every input of every row is on screen without scrolling.
    assert page.evaluate(
        "document.querySelector('table.matchday').getBoundingClientRect().right"
        " <= document.documentElement.clientWidth"
    )

    first = rows.nth(0)
    first.locator("select").select_option("live")
    first.locator("input[name$='-home_goals']").fill("1")
    first.locator("input[name$='-away_goals']").fill("0")
    second = rows.nth(1)
    second.locator("select").select_option("finished")  # no score: refused
    page.get_by_role("button", name="Speeldag opslaan").click()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=SCREENSHOTS / "matchday-errors-desktop.png", full_page=True)
    assert page.locator("tr.matchday__row--error").count() == 1
    assert "score nodig" in page.locator("tr.matchday__row--error").inner_text()
    assert page.evaluate(
        "document.querySelector('table.matchday').getBoundingClientRect().right"
        " <= document.documentElement.clientWidth"
    )

    second = page.locator("tr.matchday__row").nth(1)
    second.locator("input[name$='-home_goals']").fill("2")
    second.locator("input[name$='-away_goals']").fill("2")
    page.get_by_role("button", name="Speeldag opslaan").click()
    page.wait_for_load_state("networkidle")
    assert "2 wedstrijden opgeslagen" in page.content()
    page.screenshot(path=SCREENSHOTS / "matchday-saved-desktop.png", full_page=True)
