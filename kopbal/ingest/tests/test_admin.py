"""The newsroom's side: the "Binnengekomen" queue and the source form, in Dutch."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import translation

from kopbal.ingest.models import Item, Source
from kopbal.ingest.services import source_fetch
from kopbal.news.models import ArticlePage

pytestmark = pytest.mark.django_db
QUEUE = "/admin/ingest/queue/"
SOURCES = "/admin/ingest/sources/"


@pytest.fixture
def dutch_admin(admin_user, client):
    # The admin speaks the site's language (nl-be) unless a profile says otherwise.
    client.force_login(admin_user)
    return client


@pytest.fixture
def two_sources(news_index, names, feed_server, feed_source, ninjs_source):
    rss = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"), name="Sportdesk")
    folder = ninjs_source("ninjs/agency-1.json", name="Dropmap")
    source_fetch(source=rss)
    source_fetch(source=folder)
    return rss, folder


def test_the_queue_shows_drafts_with_source_original_link_and_tags(dutch_admin, two_sources):
    html = dutch_admin.get(QUEUE).content.decode()
    assert "Binnengekomen" in html
    assert "Paars-Wit wint met 3-1 van de Kanaries" in html
    assert "Racing Genk neemt afscheid van trainer" in html
    assert (
        '<a href="https://sportdesk.example/nieuws/paars-wit-wint" target="_blank" '
        'rel="noopener noreferrer">' in html
    )
    assert "Anderlecht, STVV, Mario Stroeykens" in html
    page = ArticlePage.objects.get(title__startswith="Paars-Wit")
    assert f'href="/admin/pages/{page.pk}/edit/"' in html
    assert "Bewerken" in html
    assert "Sportdesk" in html and "Dropmap" in html


def test_the_queue_is_newest_first(dutch_admin, two_sources):
    html = dutch_admin.get(QUEUE).content.decode()
    assert html.index("Racing Genk neemt afscheid") < html.index("Paars-Wit wint")


def test_the_queue_filters_by_source(dutch_admin, two_sources):
    rss, _folder = two_sources
    html = dutch_admin.get(QUEUE, {"source": rss.pk}).content.decode()
    assert "Paars-Wit wint" in html
    assert "Racing Genk neemt afscheid" not in html


def test_published_and_deleted_drafts_leave_the_queue(dutch_admin, two_sources):
    ArticlePage.objects.get(title__startswith="Paars-Wit").save_revision().publish()
    ArticlePage.objects.get(title__startswith="Racing Genk").delete()
    html = dutch_admin.get(QUEUE).content.decode()
    assert "Paars-Wit wint" not in html
    assert "Racing Genk neemt afscheid" not in html
    assert "Genk zoekt nieuwe doelman" in html


def test_a_touched_draft_shows_that_a_newer_version_is_available(dutch_admin, two_sources):
    item = Item.objects.get(guid="sportdesk-1001")
    Item.objects.filter(pk=item.pk).update(
        newer_hash="x", newer_link="https://sportdesk.example/v2"
    )
    html = dutch_admin.get(QUEUE).content.decode()
    assert "nieuwere versie beschikbaar" in html
    assert 'href="https://sportdesk.example/v2" target="_blank" rel="noopener noreferrer"' in html


def test_the_menu_counts_the_waiting_drafts(dutch_admin, two_sources):
    html = dutch_admin.get("/admin/").content.decode()
    assert "Agentschappen" in html
    assert "Binnengekomen (3)" in html


def test_the_queue_is_for_page_editors_only(django_user_model, two_sources):
    reader = django_user_model.objects.create_user("lezer", password="x")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(reader)
    assert client.get(QUEUE).status_code in (302, 403)


def test_the_editor_links_to_the_agencys_original(dutch_admin, two_sources):
    page = ArticlePage.objects.get(title__startswith="Paars-Wit")
    html = dutch_admin.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "https://sportdesk.example/nieuws/paars-wit-wint" in html


def test_the_source_list_shows_the_last_error_in_dutch(
    dutch_admin, news_index, feed_source, refused_url
):
    with translation.override("nl"):
        source_fetch(source=feed_source(refused_url, name="Kapotte bron"))
    html = dutch_admin.get(SOURCES).content.decode()
    assert "Kapotte bron" in html
    assert "weigerde de verbinding" in html
    assert Source.objects.get().item_count == 0


def form(**fields):
    data = {
        "name": "Partner",
        "kind": "feed",
        "url": "",
        "folder": "",
        "is_active": "on",
        "interval_minutes": "5",
        "default_author": "",
        "medium": "",
    }
    data.update(fields)
    return data


def test_a_feed_address_must_be_http_or_https(dutch_admin):
    response = dutch_admin.post(SOURCES + "new/", form(url="ftp://partner.example/feed.xml"))
    assert response.status_code == 200
    assert "begint met http:// of https://" in response.content.decode()
    assert not Source.objects.exists()


def test_a_drop_folder_must_exist(dutch_admin, tmp_path):
    response = dutch_admin.post(
        SOURCES + "new/", form(kind="ninjs", folder=str(tmp_path / "bestaat-niet"))
    )
    assert "Deze map bestaat niet op de server." in response.content.decode()
    assert not Source.objects.exists()


def test_a_drop_folder_outside_the_allowed_roots_is_refused(dutch_admin, settings, tmp_path):
    outside = tmp_path / "buiten"
    outside.mkdir()
    settings.KOPBAL_INGEST_FOLDERS = [str(tmp_path / "binnen")]
    response = dutch_admin.post(SOURCES + "new/", form(kind="ninjs", folder=str(outside)))
    assert "Dropmappen moeten liggen onder" in response.content.decode()
    assert not Source.objects.exists()


def test_a_valid_source_is_saved(dutch_admin, tmp_path):
    response = dutch_admin.post(SOURCES + "new/", form(kind="ninjs", folder=str(tmp_path)))
    assert response.status_code == 302
    assert Source.objects.get().folder == str(tmp_path)


def test_fetch_now_asks_first_and_then_brings_the_items_in(
    dutch_admin, news_index, names, feed_server, feed_source
):
    source = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"))
    url = f"{SOURCES}{source.pk}/fetch/"
    assert f'href="{url}"' in dutch_admin.get(f"{SOURCES}edit/{source.pk}/").content.decode()
    assert "Nu ophalen" in dutch_admin.get(url).content.decode()
    assert not ArticlePage.objects.exists()  # a GET changes nothing

    response = dutch_admin.post(url, follow=True)

    assert "Sportdesk opgehaald: 2 nieuw, 0 bijgewerkt." in response.content.decode()
    assert ArticlePage.objects.count() == 2


def test_fetch_now_needs_the_csrf_token(admin_user, news_index, feed_server, feed_source):
    source = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"))
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    assert client.post(f"{SOURCES}{source.pk}/fetch/").status_code == 403
    assert not ArticlePage.objects.exists()


def test_the_queue_costs_the_same_queries_for_many_drafts(
    dutch_admin, news_index, names, ninjs_source
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kopbal.ingest.entries import Entry
    from kopbal.ingest.services import item_ingest

    source = ninjs_source("ninjs/agency-1.json")
    source_fetch(source=source)
    dutch_admin.get(QUEUE)  # warm the matcher, menus and content types
    with CaptureQueriesContext(connection) as one:
        dutch_admin.get(QUEUE)
    for n in range(20):
        item_ingest(source=source, entry=Entry(guid=f"extra-{n}", headline=f"Bericht {n}"))
    with CaptureQueriesContext(connection) as many:
        html = dutch_admin.get(QUEUE).content.decode()
    assert "Bericht 19" in html
    assert len(many) == len(one)
