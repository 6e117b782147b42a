"""Beacons nginx answered itself: read from its beacon log by the flush job (viewlog.py)."""

import json
import os
import time

import pytest

from kopbal.analytics.models import ArticleHour, ViewLogPosition
from kopbal.analytics.services import views_flush

from .conftest import FIREFOX

pytestmark = pytest.mark.django_db


def line(article_id, view, *, ua=FIREFOX, site="same-origin", ip="198.51.100.7", **fields):
    """One line as deploy/nginx's log_format kopbal_view writes it."""
    record = {
        "t": round(time.time(), 3),
        "m": "POST",
        "page": str(article_id),
        "view": view,
        "ip": ip,
        "xff": ip,
        "host": "kopbal.example",
        "site": site,
        "origin": "",
        "ua": ua,
        **fields,
    }
    return json.dumps(record) + "\n"


@pytest.fixture
def log(tmp_path, settings):
    path = tmp_path / "kopbal.views.jsonl"
    path.touch()
    settings.KOPBAL_ANALYTICS_VIEW_LOGS = [str(path)]
    return path


def append(path, *lines):
    with path.open("a") as f:
        f.writelines(lines)


def views(article):
    return sum(ArticleHour.objects.filter(article=article).values_list("views", flat=True))


def test_logged_beacons_are_counted_by_the_flush(log, article):
    append(log, *(line(article.pk, f"nginx-view-{n:08d}") for n in range(5)))
    assert views_flush() == 5
    assert views(article) == 5


def test_each_line_is_read_once_and_new_lines_later(log, article):
    append(log, line(article.pk, "nginx-view-first-1"))
    views_flush()
    views_flush()
    append(log, line(article.pk, "nginx-view-second-2"))
    views_flush()
    assert views(article) == 2


def test_the_rules_of_the_beacon_apply_to_logged_lines(log, article):
    append(
        log,
        line(article.pk, "counted-view-000001"),
        line(article.pk, "bot-view-0000000001", ua="Googlebot/2.1 (+http://www.google.com/bot)"),
        line(article.pk, "cross-site-00000001", site="cross-site"),
        line(article.pk + 1000, "unknown-article-001"),
        line(article.pk, "get-not-a-beacon-01", m="GET"),
        line(article.pk, "short"),
        line(article.pk, "counted-view-000001"),  # the same view id again
        "not json at all\n",
        json.dumps({"t": "yesterday"}) + "\n",
    )
    assert views_flush() == 1
    assert views(article) == 1


def test_a_line_nginx_is_still_writing_waits_for_its_end(log, article):
    whole = line(article.pk, "half-written-view-1")
    append(log, whole[:40])
    assert views_flush() == 0
    append(log, whole[40:])
    views_flush()
    assert views(article) == 1


def test_a_rotated_log_is_read_to_its_end_then_the_new_one(log, article):
    append(log, line(article.pk, "before-rotation-001"))
    views_flush()
    append(log, line(article.pk, "before-rotation-002"))  # written after the last read
    os.rename(log, log.with_name(log.name + ".1"))  # logrotate
    append(log, line(article.pk, "after-rotation-0001"))  # nginx reopened the name
    views_flush()
    assert views(article) == 3
    views_flush()
    assert views(article) == 3


def test_a_log_truncated_in_place_is_read_from_its_start(log, article):
    append(log, line(article.pk, "before-truncate-001"), line(article.pk, "before-truncate-002"))
    views_flush()
    log.write_text("")  # copytruncate
    append(log, line(article.pk, "after-truncate-0001"))
    views_flush()
    assert views(article) == 3


def test_lines_read_again_are_not_counted_twice(log, article):
    append(log, line(article.pk, "read-twice-view-001"))
    views_flush()
    ViewLogPosition.objects.all().delete()  # say, the position was restored from a backup
    views_flush()
    assert views(article) == 1


def test_an_unreadable_log_does_not_stop_the_others(tmp_path, settings, article, caplog):
    readable = tmp_path / "b.log"
    append(readable, line(article.pk, "other-machine-view1"))
    settings.KOPBAL_ANALYTICS_VIEW_LOGS = [str(tmp_path), str(readable)]  # a directory
    assert views_flush() == 1
    assert "could not be read" in caplog.text


def test_no_log_yet_is_no_error(tmp_path, settings, article):
    settings.KOPBAL_ANALYTICS_VIEW_LOGS = [str(tmp_path / "not-there-yet.log")]
    assert views_flush() == 0


def test_reader_address_is_taken_as_the_app_would_behind_nginx(log, article, settings):
    from kopbal.analytics.models import VisitorHash  # noqa: F401 (the uniques' table)

    settings.KOPBAL_TRUSTED_PROXIES = 1
    # Two readers behind the same forged X-Forwarded-For entry are still two readers.
    append(
        log,
        line(article.pk, "reader-one-view-001", ip="198.51.100.1", xff="6.6.6.6, 198.51.100.1"),
        line(article.pk, "reader-two-view-001", ip="198.51.100.2", xff="6.6.6.6, 198.51.100.2"),
    )
    views_flush()
    row = ArticleHour.objects.get(article=article)
    assert (row.views, row.uniques) == (2, 2)


def test_a_view_id_seen_in_an_earlier_read_is_not_counted_again(log, article):
    append(log, line(article.pk, "resent-by-browser-1"))
    views_flush()
    append(log, line(article.pk, "resent-by-browser-1"))
    views_flush()
    assert views(article) == 1


def test_the_oldest_view_ids_are_forgotten_first():
    from kopbal.analytics.viewlog import SeenIds

    seen = SeenIds(2)
    for view_id in ("a", "b", "c"):
        seen.add(view_id)
    assert ("a" in seen, "b" in seen, "c" in seen) == (False, True, True)


def test_a_failed_fold_leaves_the_lines_for_the_next_read(log, article, monkeypatch):
    from kopbal.analytics import viewlog

    append(log, line(article.pk, "fold-fails-once-001"))

    def broken(views, readers):
        raise RuntimeError("database gone")

    monkeypatch.setattr(viewlog, "counts_fold", broken)
    with pytest.raises(RuntimeError):
        views_flush()
    monkeypatch.undo()
    views_flush()
    assert views(article) == 1
