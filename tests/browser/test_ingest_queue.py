"""The "Binnengekomen" queue in the admin: agency drafts with source, original and tags.

The items come from the test data's ninjs folder and RSS file, read from disk: no request
leaves the machine.
"""

import pytest

from kopbal.ingest.models import Source
from kopbal.ingest.readers import feeds
from kopbal.ingest.services import item_ingest, source_fetch
from kopbal.ingest.tests.conftest import DATA
from kopbal.news.services import site_tree_ensure
from kopbal.tagging import gold
from kopbal.tagging.matcher import cache_clear

from .conftest import PHONE, SCREENSHOTS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "redactie-wachtwoord-2026"
DESKTOP = {"width": 1366, "height": 768}


def test_editor_finds_incoming_drafts_and_opens_one(
    browser, live_server, django_user_model, settings
):
    settings.KOPBAL_INGEST_FOLDERS = [str(DATA)]
    cache_clear()
    gold.names_load()
    site_tree_ensure()
    folder = Source.objects.create(name="Dropmap partner", kind="ninjs", folder=str(DATA / "ninjs"))
    source_fetch(source=folder)
    desk = Source.objects.create(name="Sportdesk", kind="feed", url="https://sportdesk.example/")
    for entry in feeds.parse((DATA / "feed_rss.xml").read_bytes()):
        item_ingest(source=desk, entry=entry)
    broken = Source.objects.create(name="Kapotte feed", kind="feed", url="http://127.0.0.1:9/x")
    source_fetch(source=broken)
    django_user_model.objects.create_superuser("redactie", "redactie@example.com", PASSWORD)

    context = browser.new_context(viewport=DESKTOP, locale="nl-BE")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "redactie")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")

    page.goto(live_server.url + "/admin/ingest/queue/")
    rows = page.locator("table.listing tbody tr")
    assert rows.count() == 4
    original = page.get_by_role("link", name="Origineel").first
    assert original.get_attribute("target") == "_blank"
    assert "noopener" in original.get_attribute("rel")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "ingest-queue-desktop.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=SCREENSHOTS / "ingest-queue-phone.png", full_page=True)
    page.set_viewport_size(DESKTOP)

    page.goto(live_server.url + "/admin/ingest/sources/")
    assert page.get_by_text("De server van de feed weigerde de verbinding.").is_visible()
    page.screenshot(path=SCREENSHOTS / "ingest-sources-desktop.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=SCREENSHOTS / "ingest-sources-phone.png", full_page=True)
    page.set_viewport_size(DESKTOP)

    page.goto(live_server.url + "/admin/ingest/sources/new/")
    page.fill("#id_name", "Partnerfeed")
    page.fill("#id_url", "ftp://partner.example/feed.xml")
    page.get_by_role("button", name="Toevoegen").click()
    error = page.get_by_text("Geef een feedadres dat begint met http:// of https://.")
    error.wait_for()
    page.screenshot(path=SCREENSHOTS / "ingest-source-form-desktop.png", full_page=True)

    page.goto(live_server.url + "/admin/ingest/queue/")
    row = rows.filter(has_text="Paars-Wit wint met 3-1")
    row.get_by_role("link", name="Bewerken").click()
    page.wait_for_url("**/admin/pages/*/edit/")
    assert page.locator("#id_title").input_value() == "Paars-Wit wint met 3-1 van de Kanaries"
    context.close()
