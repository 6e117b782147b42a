"""Beacons that nginx answered itself: read from its beacon log by the flush job.

Behind the shipped nginx configuration (deploy/nginx), POST /api/view/ never reaches the
app: nginx answers 204 and writes one JSON line per beacon to a log of its own (format
`kopbal_view`). Python's share of a beacon is then a line read in a batch every 30 s
instead of a request, which is what lets the site take thousands of beacons a second
without taking a core from page delivery.

Each line is checked by the same rules as a beacon that reaches the app (beacon.py: same
origin, well-formed ids, a live article; readers.py: no bot, a salted hash instead of the
address). The views of a chunk of lines are tallied per article and hour and folded into the
hourly rows in the same transaction that stores how far the log has been read, so every
line counts exactly once, also across a crash, without going through the buffer. A view
id already seen among the last SEEN_IDS (the process's memory; a browser sends a beacon
again within seconds if at all) is not counted again.
A log rotated since the last read (logrotate renames it to <name>.1 and nginx reopens the
name) is read to its end first.
"""

import json
import logging
import os
from collections import Counter, OrderedDict, defaultdict
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import transaction

from kopbal.core.net import address_from

from . import articles, beacon, readers
from .models import ViewLogPosition
from .rollup import counts_fold

logger = logging.getLogger("kopbal.analytics")

CHUNK_BYTES = 4 * 1024 * 1024
SEEN_IDS = 200_000
# What log_format kopbal_view writes (deploy/nginx/kopbal.conf): the time ($msec), the
# method, the query's page and view (nginx parses the query string), the address nginx saw
# and the X-Forwarded-For it would send the app (so that KOPBAL_TRUSTED_PROXIES picks the
# same reader address as for a request), the Host, Sec-Fetch-Site, Origin and User-Agent.
# A header that was not sent is an empty string.
FIELDS = ("t", "m", "page", "view", "ip", "xff", "host", "site", "origin", "ua")


class SeenIds:
    """The last `size` view ids counted, the oldest forgotten first."""

    def __init__(self, size: int):
        self.size = size
        # Not a plain dict: finding its first key again after many deletions at the front
        # walks over their empty slots, which made a read of a million lines quadratic.
        self.ids: OrderedDict[str, None] = OrderedDict()  # the oldest first

    def __contains__(self, view_id: str) -> bool:
        return view_id in self.ids

    def add(self, view_id: str) -> None:
        self.ids[view_id] = None
        if len(self.ids) > self.size:
            self.ids.popitem(last=False)


_seen = SeenIds(SEEN_IDS)


class Tally:
    """The views of a chunk of lines per (article, UTC hour), with their readers' hashes.

    A line costs a JSON parse, the beacon's checks and one keyed hash: no object per
    view, and the hour and the day's salt are worked out once per hour, not per line.
    """

    def __init__(self):
        self.views: Counter = Counter()
        self.readers: dict[tuple, set[str]] = defaultdict(set)
        self.ids: set[str] = set()
        self.refused: Counter = Counter()
        self._hours: dict[int, tuple[datetime, object]] = {}

    def _hour(self, at: float) -> tuple[datetime, object]:
        number = int(at // 3600)
        hour = self._hours.get(number)
        if hour is None:
            start = datetime.fromtimestamp(number * 3600, tz=UTC)
            hour = self._hours[number] = (start, start.date())
        return hour

    def line(self, raw: bytes) -> None:
        """Count one log line, or say in `refused` why not."""
        try:
            record = json.loads(raw)
            at = float(record["t"])
            method, page, view_id = record["m"], record["page"], record["view"]
            site, origin, host = record["site"], record["origin"], record["host"]
            user_agent, remote_addr, forwarded = record["ua"], record["ip"], record["xff"]
        except (ValueError, TypeError, KeyError):
            self.refused["unreadable line"] += 1
            return
        try:
            if method != "POST":
                raise beacon.Refused(405, "POST only")
            beacon.same_origin(site=site, origin=origin, host=str(host))
            article_id, view_id = beacon.checked(beacon.page_number(str(page)), view_id)
            if not articles.is_live(article_id):
                raise beacon.Refused(404, "no such article")
        except beacon.Refused as refusal:
            self.refused[str(refusal)] += 1
            return
        if readers.is_bot(str(user_agent)):
            self.refused["bot"] += 1
            return
        if view_id in _seen or view_id in self.ids:
            self.refused["view id seen before"] += 1
            return
        hour, day = self._hour(at)
        visitor = readers.visitor_hash(
            ip=address_from(str(remote_addr), str(forwarded)),
            user_agent=str(user_agent),
            article_id=article_id,
            day=day,
        )
        key = (article_id, hour)
        self.views[key] += 1
        self.readers[key].add(visitor)
        self.ids.add(view_id)


def _read(path: Path, inode: int, offset: int, refused: Counter) -> int:
    """Count the whole lines of `path` from `offset` on, a chunk per transaction together
    with the position reached; returns how many views were counted."""
    counted = 0
    with path.open("rb") as log:
        if os.fstat(log.fileno()).st_ino != inode:  # renamed between stat and open
            return 0
        while True:
            log.seek(offset)
            chunk = log.read(CHUNK_BYTES)
            end = chunk.rfind(b"\n")
            if end < 0:
                # No whole line yet (nginx writes whole lines; a partial one is in flight).
                return counted
            tally = Tally()
            for raw in chunk[: end + 1].splitlines():
                tally.line(raw)
            refused.update(tally.refused)
            offset += end + 1
            with transaction.atomic():
                counted += counts_fold(tally.views, tally.readers)
                _save(path, inode, offset)
            # Only now: lines of a failed transaction are read again and must count then.
            for view_id in tally.ids:
                _seen.add(view_id)


def _save(path: Path, inode: int, offset: int) -> None:
    ViewLogPosition.objects.update_or_create(
        path=str(path), defaults={"inode": inode, "offset": offset}
    )


def log_read(path: Path) -> int:
    """Count the beacons logged in `path` since the last read; returns how many views."""
    refused: Counter = Counter()
    try:
        current = path.stat()
    except FileNotFoundError:
        return 0
    position = ViewLogPosition.objects.filter(path=str(path)).first()
    views = 0
    if position is not None and position.inode != current.st_ino:
        rotated = path.with_name(path.name + ".1")
        try:
            if rotated.stat().st_ino == position.inode:
                views += _read(rotated, position.inode, position.offset, refused)
        except FileNotFoundError:
            pass
        position = None
    offset = position.offset if position is not None else 0
    if offset > current.st_size:  # truncated in place (copytruncate): start again
        offset = 0
    views += _read(path, current.st_ino, offset, refused)
    if refused:
        logger.info("Analytics: beacon log lines not counted: %s", dict(refused))
    return views


def logs_read() -> int:
    """Count the beacons of every log in KOPBAL_ANALYTICS_VIEW_LOGS (one per nginx
    machine); returns how many views."""
    views = 0
    for name in settings.KOPBAL_ANALYTICS_VIEW_LOGS:
        try:
            views += log_read(Path(name))
        except OSError:
            # Unreadable (permissions, a missing mount): the others are still read.
            logger.exception("Analytics: the beacon log %s could not be read", name)
    return views
