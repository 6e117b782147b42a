"""Feeds and drop folders become draft articles, once each; a bad source fails alone.

Feeds come from a local HTTP server on a free port (conftest.FeedServer): no request
leaves the machine.
"""

from pathlib import Path

import pytest

from kopbal.ingest.models import Item, Source
from kopbal.ingest.services import source_fetch, sources_fetch_due
from kopbal.news.models import ArticlePage

from .conftest import DATA

pytestmark = pytest.mark.django_db


def test_an_rss_feed_becomes_unpublished_drafts_under_the_archive(
    news_index, names, feed_server, feed_source
):
    source = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"))
    result = source_fetch(source=source)

    assert result.error == ""
    assert result.outcomes == {"created": 2}
    drafts = ArticlePage.objects.child_of(news_index).order_by("title")
    assert [d.title for d in drafts] == [
        "Genk zoekt nieuwe doelman",
        "Paars-Wit wint met 3-1 van de Kanaries",
    ]
    assert not any(d.live for d in drafts)
    page = drafts[1]
    assert page.source_medium == "Sportdesk"
    assert "verdiend" in page.intro
    item = Item.objects.get(article=page)
    assert item.link == "https://sportdesk.example/nieuws/paars-wit-wint"
    source.refresh_from_db()
    assert source.item_count == 2
    assert source.last_success_at is not None
    assert source.last_error == ""


def test_an_item_without_description_gets_its_first_paragraph_as_intro(
    news_index, names, feed_server, feed_source
):
    feed_server.serve_file("/atom.xml", "feed_atom.xml", Content_Type="application/atom+xml")
    source_fetch(source=feed_source(feed_server.url("/atom.xml")))
    page = ArticlePage.objects.get(title__startswith="Club Brugge verlengt")
    assert "Blauw-Zwart bindt een talent" in page.intro
    assert "tot de zomer van 2029" in str(page.body)


def test_the_same_feed_twice_is_one_draft_per_item(news_index, names, feed_server, feed_source):
    source = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"))
    source_fetch(source=source)
    second = source_fetch(source=source)

    assert second.outcomes == {"unchanged": 2}
    assert ArticlePage.objects.count() == 2
    assert Item.objects.count() == 2


def test_an_item_without_guid_is_recognised_by_its_link(
    news_index, names, feed_server, feed_source
):
    source = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"))
    source_fetch(source=source)
    assert Item.objects.filter(guid="https://sportdesk.example/nieuws/genk-doelman").exists()
    source_fetch(source=source)
    assert ArticlePage.objects.filter(title="Genk zoekt nieuwe doelman").count() == 1


def test_a_script_in_a_feed_never_reaches_the_draft(news_index, names, feed_server, feed_source):
    source_fetch(source=feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml")))
    page = ArticlePage.objects.get(title__startswith="Paars-Wit")
    stored = page.intro + str(page.body.raw_data) + str(page.get_latest_revision().content)
    for bad in ("<script", "alert(", "onclick", "javascript:", "<iframe", "tracker.example"):
        assert bad not in stored
    assert '<a href="https://sportdesk.example/stand">de stand</a>' in str(page.body)


def test_tags_the_tagger_finds_are_accepted_on_the_draft(
    news_index, names, feed_server, feed_source
):
    source_fetch(source=feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml")))
    page = ArticlePage.objects.get(title__startswith="Paars-Wit")
    assert sorted(c.short_name for c in page.clubs.all()) == ["Anderlecht", "STVV"]
    assert [p.name for p in page.tagged_persons()] == ["Mario Stroeykens"]
    item = Item.objects.get(article=page)
    assert set(item.suggested_tags) == {"Anderlecht", "STVV", "Mario Stroeykens"}


def test_the_sources_author_is_credited(news_index, names, feed_server, feed_source):
    from kopbal.news.tests.factories import AuthorFactory

    author = AuthorFactory(name="Agentschap")
    source = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"), default_author=author)
    source_fetch(source=source)
    page = ArticlePage.objects.get(title__startswith="Genk")
    assert [a.author for a in page.article_authors.all()] == [author]


def test_a_ninjs_drop_folder_becomes_drafts(news_index, names, ninjs_source):
    source = ninjs_source("ninjs/agency-1.json", "ninjs/partner-2.json")
    result = source_fetch(source=source)

    assert result.error == ""
    assert result.outcomes == {"created": 2}
    genk = ArticlePage.objects.get(title="Racing Genk neemt afscheid van trainer")
    assert genk.intro.startswith("<p><b>GENK</b> - De Limburgers")
    assert "Een opvolger wordt deze week verwacht." in str(genk.body)
    assert [c.short_name for c in genk.clubs.all()] == ["Genk"]
    cup = ArticlePage.objects.get(title="Loting Croky Cup: topaffiche voor Antwerp")
    assert [c.name for c in cup.competitions.all()] == ["Croky Cup"]
    assert Item.objects.get(article=cup).link == "https://partner.example/loting"


def test_a_broken_file_in_the_folder_is_named_and_the_others_still_come_in(
    news_index, names, ninjs_source
):
    source = ninjs_source("ninjs/agency-1.json", "invalid.json", "not_ninjs.json")
    result = source_fetch(source=source)

    assert result.outcomes == {"created": 1}
    source.refresh_from_db()
    assert "invalid.json" in source.last_error
    assert "not_ninjs.json" in source.last_error


def test_a_file_linking_out_of_the_drop_folder_is_not_read(
    news_index, names, ninjs_source, tmp_path
):
    """A symbolic link cannot make the site read a file outside the allowed folders."""
    secret = tmp_path.parent / f"{tmp_path.name}-elders" / "geheim.json"
    secret.parent.mkdir()
    secret.write_bytes((DATA / "ninjs/partner-2.json").read_bytes())
    source = ninjs_source("ninjs/agency-1.json")
    (Path(source.folder) / "link.json").symlink_to(secret)

    result = source_fetch(source=source)

    assert result.outcomes == {"created": 1}
    assert not ArticlePage.objects.filter(title__startswith="Loting Croky Cup").exists()


def test_a_folder_no_longer_allowed_is_an_error_on_its_source(
    news_index, names, ninjs_source, settings
):
    source = ninjs_source("ninjs/agency-1.json")
    settings.KOPBAL_INGEST_FOLDERS = []

    result = source_fetch(source=source)

    source.refresh_from_db()
    assert not ArticlePage.objects.exists()
    assert "niet een van de toegestane dropmappen" in source.last_error
    assert result.error


def test_a_broken_source_is_recorded_and_the_good_one_still_comes_in(
    news_index, names, feed_server, feed_source, refused_url, ninjs_source
):
    """Sources are fetched in name order: the broken ones come before the good one."""
    failing = {
        "A 500": feed_source(feed_server.serve("/500.xml", "kapot", status=500), name="A 500"),
        "B xml": feed_source(feed_server.serve_file("/bad.xml", "malformed.xml"), name="B xml"),
        "C refused": feed_source(refused_url, name="C refused"),
        "D dns": feed_source("http://bestaat-niet.invalid/feed.xml", name="D dns"),
        "E folder": ninjs_source("not_ninjs.json", name="E folder"),
    }
    good = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"), name="Z goed")

    results = sources_fetch_due()

    assert results[good.pk].outcomes == {"created": 2}
    errors = {name: Source.objects.get(pk=s.pk).last_error for name, s in failing.items()}
    assert "500" in errors["A 500"]
    assert errors["B xml"]
    assert errors["C refused"]
    assert errors["D dns"]
    assert "not_ninjs.json" in errors["E folder"]
    assert all(
        Source.objects.get(pk=s.pk).last_success_at is None
        for s in failing.values()
        if s.kind == Source.Kind.FEED
    )


def test_a_source_is_fetched_again_only_after_its_interval(
    news_index, names, feed_server, feed_source
):
    feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"), interval_minutes=10)
    assert len(sources_fetch_due()) == 1
    assert sources_fetch_due() == {}


def test_an_inactive_source_is_not_fetched(news_index, feed_server, feed_source):
    feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"), is_active=False)
    assert sources_fetch_due() == {}


def test_an_unchanged_feed_is_asked_with_its_etag_and_not_read_again(
    news_index, names, feed_server, feed_source
):
    source = feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml", ETag='"v1"'))
    source_fetch(source=source)
    source.refresh_from_db()
    result = source_fetch(source=source)

    assert feed_server.requests[-1].get("If-None-Match") == '"v1"'
    assert result.outcomes == {}
    assert result.error == ""
    assert "Kopbal-ingest" in feed_server.requests[-1]["User-Agent"]


def test_data_files_are_invented_dutch_football_copy():
    assert "Paars-Wit" in (DATA / "feed_rss.xml").read_text()


def test_the_scheduler_runs_the_ingest_job_which_fetches_due_sources(
    news_index, names, feed_server, feed_source
):
    from kopbal.core import scheduler

    job = next(j for j in scheduler.jobs() if j.name == "ingest_fetch")
    assert job.every_seconds == 60
    feed_source(feed_server.serve_file("/rss.xml", "feed_rss.xml"))
    job.run()
    assert ArticlePage.objects.count() == 2
