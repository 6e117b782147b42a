"""Following clubs, persons and competitions, and "Mijn nieuws", at phone and desktop size:
logged out (choices kept in the browser, never sent to the server) and logged in."""

import json

import pytest
from playwright.sync_api import expect

from kopbal.accounts.tests.factories import PASSWORD, user_create
from kopbal.follows.models import DigestSubscription, Follow
from kopbal.follows.services import follow_add
from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create

from .conftest import DESKTOP, PHONE, SCREENSHOTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SIZES = pytest.mark.parametrize("size", ["phone", "desktop"])
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


@pytest.fixture
def news(live_server):
    _home, index = site_tree_ensure()
    league = CompetitionFactory(name="Jupiler Pro League", slug="jupiler-pro-league")
    anderlecht = ClubFactory(
        name="RSC Anderlecht", short_name="Anderlecht", slug="anderlecht", competition=league
    )
    brugge = ClubFactory(
        name="Club Brugge", short_name="Brugge", slug="club-brugge", competition=league
    )
    ClubFactory(name="KAA Gent", short_name="Gent", slug="kaa-gent", competition=league)
    yari = PersonFactory(name="Yari Verschaeren", slug="yari-verschaeren", club=anderlecht)
    articles = {
        "anderlecht": article_create(
            index, title="Anderlecht wint de topper tegen Standard", clubs=[anderlecht]
        ),
        "yari": article_create(
            index, title="Verschaeren verlengt zijn contract", clubs=[anderlecht], persons=[yari]
        ),
        "brugge": article_create(index, title="Brugge speelt gelijk in Genk", clubs=[brugge]),
    }
    return {"base": live_server.url, "articles": articles, "anderlecht": anderlecht}


def new_page(browser, size, **options):
    context = browser.new_context(viewport=VIEWPORTS[size], locale="nl-BE", **options)
    return context, context.new_page()


def log_in(page, base, email, next_path=""):
    page.goto(base + "/accounts/login/" + (f"?next={next_path}" if next_path else ""))
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state("networkidle")


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


@SIZES
def test_logged_out_reader_follows_in_the_browser_only(browser, news, size):
    base = news["base"]
    context, page = new_page(browser, size)
    to_server = []
    # Any request about following (the analytics view beacon is not one).
    page.on("request", lambda r: "volgen" in r.url and to_server.append(r.url))

    page.goto(base + "/club/anderlecht/")
    button = page.locator('form[data-follow="club:anderlecht"] button')
    assert button.get_attribute("aria-pressed") == "false"
    assert button.inner_text() == "Volgen"
    page.wait_for_selector("html[data-follow-mode=browser]", state="attached")
    button.click()
    page.wait_for_selector('form[data-follow="club:anderlecht"] button[aria-pressed="true"]')
    assert "Volgend" in button.inner_text()
    shot(page, f"follow-club-{size}")

    # Beside an article's tags too.
    page.goto(base + news["articles"]["yari"].url)
    tag_button = page.locator('.tag-list form[data-follow="person:yari-verschaeren"] button')
    page.wait_for_selector("html[data-follow-mode=browser]", state="attached")
    tag_button.click()
    page.wait_for_selector('.tag-list [data-follow="person:yari-verschaeren"].follow--on')
    # The club is shown as followed here as well.
    page.wait_for_selector('.tag-list [data-follow="club:anderlecht"].follow--on')
    shot(page, f"follow-article-tags-{size}")

    stored = json.loads(page.evaluate("localStorage.getItem('kopbal.follows')"))
    assert stored == ["club:anderlecht", "person:yari-verschaeren"]
    assert to_server == []  # nothing tracked on the server
    assert not Follow.objects.exists()

    page.goto(base + "/mijn-nieuws/")
    articles = page.locator("[data-my-news-list] .teaser__title")
    articles.first.wait_for()
    titles = articles.all_inner_texts()
    assert titles == [
        "Verschaeren verlengt zijn contract",
        "Anderlecht wint de topper tegen Standard",
    ]
    chips = page.locator("[data-my-news-chips] .follow-chip a").all_inner_texts()
    assert chips == ["RSC Anderlecht", "Yari Verschaeren"]
    shot(page, f"my-news-logged-out-{size}")

    # Unfollow the club: only the person's article is left.
    page.locator("[data-my-news-chips] .follow-chip", has_text="RSC Anderlecht").locator(
        "button"
    ).click()
    expect(articles).to_have_count(1)
    assert articles.all_inner_texts() == ["Verschaeren verlengt zijn contract"]
    assert to_server == []
    context.close()


@SIZES
def test_logged_in_reader_follows_and_reads_my_news(browser, news, size):
    base = news["base"]
    reader = user_create(display_name="Trouwe Fan", email="fan@example.com")
    context, page = new_page(browser, size)
    log_in(page, base, "fan@example.com")

    page.goto(base + "/club/anderlecht/")
    button = page.locator('form[data-follow="club:anderlecht"] button')
    page.wait_for_selector("html[data-follow-mode=account]", state="attached")
    button.click()
    page.wait_for_selector('form[data-follow="club:anderlecht"].follow--on')
    assert Follow.objects.of(reader).keys() == ["club:anderlecht"]
    page.reload()
    page.wait_for_selector('form[data-follow="club:anderlecht"].follow--on')

    page.goto(base + "/mijn-nieuws/")
    titles = page.locator(".article-list .teaser__title").all_inner_texts()
    assert titles == [
        "Verschaeren verlengt zijn contract",
        "Anderlecht wint de topper tegen Standard",
    ]
    assert "Brugge speelt gelijk in Genk" not in page.content()
    shot(page, f"my-news-logged-in-{size}")

    # Follow a suggested club from the page itself: its article appears. Until follow.js
    # knows the reader is logged in, the button is the plain form (a page that asks).
    page.wait_for_selector("html[data-follow-mode=account]", state="attached")
    page.locator('.follow-suggestions form[data-follow="club:club-brugge"] button').click()
    page.locator(".teaser__title", has_text="Brugge speelt gelijk in Genk").wait_for()

    # Unfollow both: the page tells how to follow.
    for name in ("Club Brugge", "RSC Anderlecht"):
        page.locator(".follow-chip", has_text=name).locator("button").click()
        page.wait_for_load_state("networkidle")
    assert page.locator(".my-news__empty", has_text="Je volgt nog niets").is_visible()
    assert not Follow.objects.of(reader).exists()
    shot(page, f"my-news-empty-{size}")

    # "Mijn account" links here and switches the daily e-mail on.
    page.goto(base + "/account/")
    assert page.locator('a[href="/mijn-nieuws/"]').first.is_visible()
    page.check("input[name=dagmail]")
    page.locator("#digest-title ~ form button").click()
    page.locator(".flash", has_text="elke dag een e-mail").wait_for()
    assert page.is_checked("input[name=dagmail]")
    assert DigestSubscription.objects.filter(user=reader).exists()
    shot(page, f"my-account-digest-{size}")
    context.close()


def test_browser_choices_can_be_kept_after_logging_in(browser, news):
    base = news["base"]
    reader = user_create(display_name="Nieuwe Fan", email="nieuw@example.com")
    context, page = new_page(browser, "desktop")
    page.goto(base + "/competitie/jupiler-pro-league/")
    # Until the script knows the reader is logged out, a tap is the plain form (to log in).
    page.wait_for_selector("html[data-follow-mode=browser]", state="attached")
    page.locator('form[data-follow="competition:jupiler-pro-league"] button').click()
    page.wait_for_selector('form[data-follow="competition:jupiler-pro-league"].follow--on')

    log_in(page, base, "nieuw@example.com", next_path="/mijn-nieuws/")
    offer = page.locator("[data-my-news-merge]")
    offer.wait_for()
    assert "jupiler pro league" in offer.inner_text().lower()
    page.locator("[data-my-news-merge-yes]").click()
    page.locator(".follow-chip", has_text="Jupiler Pro League").wait_for()
    assert Follow.objects.of(reader).keys() == ["competition:jupiler-pro-league"]
    assert page.evaluate("localStorage.getItem('kopbal.follows')") is None
    context.close()


def test_without_javascript_following_goes_through_log_in_and_back(browser, news):
    base = news["base"]
    reader = user_create(display_name="Oude Browser", email="oud@example.com")
    follow_add(user=user_create(display_name="Iemand Anders"), subject=news["anderlecht"])
    context, page = new_page(browser, "phone", java_script_enabled=False)
    page.goto(base + "/club/anderlecht/")
    page.locator('form[data-follow="club:anderlecht"] button').click()
    page.wait_for_url("**/accounts/login/**")
    page.fill("input[name=login]", "oud@example.com")
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/account/volgen/club/anderlecht/**")
    page.locator("main form button[type=submit]", has_text="Volgen").click()
    page.wait_for_url(base + "/club/anderlecht/")
    assert Follow.objects.of(reader).keys() == ["club:anderlecht"]
    context.close()
