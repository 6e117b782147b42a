"""A newer version of an item updates its draft, unless the newsroom has touched it.

Feeds come from a local HTTP server on a free port (conftest.FeedServer).
"""

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from kopbal.ingest import services
from kopbal.ingest.models import Item
from kopbal.ingest.services import source_fetch
from kopbal.news.models import ArticlePage

from .conftest import DATA

pytestmark = pytest.mark.django_db
HEADLINE_V1 = "Paars-Wit wint met 3-1 van de Kanaries"
HEADLINE_V2 = "Paars-Wit wint met 4-1 van de Kanaries"


@pytest.fixture
def fetched(news_index, names, feed_server, feed_source):
    """The feed fetched once; calling it serves the updated feed and fetches again."""
    url = feed_server.serve_file("/rss.xml", "feed_rss.xml")
    source = feed_source(url)
    source_fetch(source=source)

    def update():
        feed_server.serve_file("/rss.xml", "feed_rss_update.xml")
        return source_fetch(source=source)

    return update


def draft():
    return Item.objects.get(guid="sportdesk-1001").article


def test_a_newer_version_updates_an_untouched_draft_with_a_new_revision(fetched):
    assert draft().revisions.count() == 1
    result = fetched()

    assert result.outcomes == {"updated": 1, "unchanged": 1}
    page = draft()
    assert page.title == HEADLINE_V2
    assert page.get_latest_revision_as_object().title == HEADLINE_V2
    assert "al na negen minuten" in str(page.body)
    assert page.revisions.count() == 2
    assert ArticlePage.objects.count() == 2


def test_a_draft_the_editor_saved_is_kept_and_the_newer_version_recorded(fetched, admin_user):
    page = draft()
    page.title = "Anderlecht klopt STVV (eigen titel)"
    page.save_revision(user=admin_user)

    result = fetched()

    assert result.outcomes == {"kept": 1, "unchanged": 1}
    page = draft()
    assert page.get_latest_revision_as_object().title == "Anderlecht klopt STVV (eigen titel)"
    item = Item.objects.get(guid="sportdesk-1001")
    assert item.has_newer_version
    assert item.newer_link == "https://sportdesk.example/nieuws/paars-wit-wint"
    # The same newer version again changes nothing more.
    assert fetched().outcomes == {"unchanged": 2}


def test_a_published_draft_is_never_overwritten(fetched):
    page = draft()
    page.save_revision().publish()

    fetched()

    page = draft()
    assert page.title == HEADLINE_V1
    assert page.live
    assert Item.objects.get(guid="sportdesk-1001").has_newer_version


def test_a_deleted_draft_does_not_come_back(fetched):
    draft().delete()
    result = fetched()
    assert result.outcomes == {"gone": 1, "unchanged": 1}
    assert not ArticlePage.objects.filter(title__startswith="Paars-Wit").exists()


def test_an_older_version_does_not_replace_a_newer_one(news_index, names, ninjs_source):
    source = ninjs_source("ninjs/partner-2.json")
    source_fetch(source=source)
    older = json.loads((DATA / "ninjs" / "partner-2.json").read_text())
    older["version"] = "2"
    older["headlines"][0]["value"] = "Loting Croky Cup (oude versie)"
    (Path(source.folder) / "partner-2.json").write_text(json.dumps(older))

    assert source_fetch(source=source).outcomes == {"unchanged": 1}
    assert ArticlePage.objects.get().title == "Loting Croky Cup: topaffiche voor Antwerp"


def test_an_item_that_fails_leaves_nothing_half_stored(
    news_index, names, feed_server, feed_source, monkeypatch
):
    real = services.drafts.tag_names

    def failing(tags):
        if any(c.short_name == "STVV" for c in tags[0]):
            raise RuntimeError("tagger stuk")
        return real(tags)

    monkeypatch.setattr(services.drafts, "tag_names", failing)
    source = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"))
    result = source_fetch(source=source)

    assert result.outcomes == {"created": 1}
    assert list(ArticlePage.objects.values_list("title", flat=True)) == [
        "Genk zoekt nieuwe doelman"
    ]
    assert not Item.objects.filter(guid="sportdesk-1001").exists()
    source.refresh_from_db()
    assert "sportdesk-1001" in source.last_error
    assert "tagger stuk" in source.last_error
    assert source.item_count == 1


def test_the_command_fetches_one_source_by_id(news_index, names, feed_server, feed_source, capsys):
    source = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"), is_active=False)
    call_command("ingest_fetch", "--source", str(source.pk))
    assert "created: 2" in capsys.readouterr().out
    assert ArticlePage.objects.count() == 2


def test_an_item_stored_meanwhile_by_another_fetch_counts_as_unchanged(
    news_index, names, feed_server, feed_source, monkeypatch
):
    """The scheduler and `ingest_fetch` may read the same feed at the same moment."""
    from django.db import IntegrityError

    source = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"))
    source_fetch(source=source)

    def raced(**kwargs):
        raise IntegrityError("UNIQUE constraint failed")

    monkeypatch.setattr(services, "item_ingest", raced)
    result = source_fetch(source=source)
    assert result.outcomes == {"unchanged": 2}
    assert result.error == ""
