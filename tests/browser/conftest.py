"""Playwright driving Debian's chromium against the live test server."""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API keeps an event loop in the test thread; Django's guard against
# database calls from async code would trip on it although every call here is synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
CHROMIUM = os.environ.get("KOPBAL_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
# Offline by design: no background requests to Google's services, no updates.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"No chromium at {CHROMIUM}: run 'make browser' (apt-get install chromium).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=DESKTOP, locale="nl-BE")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot(browser):
    """Save a screenshot of `url` at phone and desktop size under var/screenshots/."""

    def take(url: str, name: str) -> list[Path]:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        paths = []
        for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            context = browser.new_context(viewport=viewport, locale="nl-BE")
            shot = context.new_page()
            shot.goto(url)
            shot.wait_for_load_state("networkidle")
            path = SCREENSHOTS / f"{name}-{label}.png"
            shot.screenshot(path=path, full_page=True)
            paths.append(path)
            context.close()
        return paths

    take.directory = SCREENSHOTS
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return take


@pytest.fixture(autouse=True)
def _fresh_content_type_cache():
    """Browser tests flush the database after them. (Their serialized restore does not run:
    Playwright's event loop gives Django another connection object in the test thread, so
    site_tree_ensure() recreates Wagtail's roots.) Content type ids cached before a flush
    are stale."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    yield
    # The flush after the test empties the table, and the serialized restore before the
    # next one builds Wagtail's Task rows ahead of the content types, while Task.__init__
    # looks its content type up: it must come from this cache, or get_for_model creates a
    # row that the restore then collides with (UNIQUE constraint failed).
    ContentType.objects.get_for_models(*apps.get_models())
