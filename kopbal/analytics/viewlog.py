"""Beacons that nginx answered itself: read from its beacon log by the flush job.

Behind the shipped nginx configuration (deploy/nginx), POST /api/view/ never reaches the
app: nginx answers 204 and writes one JSON line per beacon to a log of its own (format
`kopbal_view`). Python's share of a beacon is then a line read in a batch every 30 s
instead of a request, which is what lets the site take thousands of beacons a second
without taking a core from page delivery.

Each line is checked by the same rules as a beacon that reaches the app (beacon.view_from:
same origin, a live article, no bot, a salted hash instead of the address). The views of a
chunk of lines are folded into the hourly rows in the same transaction that stores how far
the log has been read, so every line counts exactly once, also across a crash, without
going through the buffer. A view id already seen among the last SEEN_IDS (the process's
memory; a browser sends a beacon again within seconds if at all) is not counted again.
A log rotated since the last read (logrotate renames it to <name>.1 and nginx reopens the
name) is read to its end first.
"""

import json
import logging
import os
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.db import transaction

from . import beacon, buffer
from .models import ViewLogPosition
from .rollup import views_fold

logger = logging.getLogger("kopbal.analytics")

CHUNK_BYTES = 4 * 1024 * 1024
SEEN_IDS = 200_000
# Which log field becomes which part of the environ the beacon rules read. The client
# address is what nginx would forward to the app ($remote_addr and X-Forwarded-For), so
# that KOPBAL_TRUSTED_PROXIES picks the same address as for a request.
FIELDS = {
    "m": "REQUEST_METHOD",
    "q": "QUERY_STRING",
    "ip": "REMOTE_ADDR",
    "xff": "HTTP_X_FORWARDED_FOR",
    "host": "HTTP_HOST",
    "site": "HTTP_SEC_FETCH_SITE",
    "origin": "HTTP_ORIGIN",
    "ua": "HTTP_USER_AGENT",
}


def _environ(record: dict) -> dict:
    environ = {}
    for field, key in FIELDS.items():
        value = record.get(field)
        # nginx logs a header that was not sent as an empty string.
        if isinstance(value, str) and (value or key in ("QUERY_STRING", "REMOTE_ADDR")):
            environ[key] = value
    return environ


class SeenIds:
    """The last `size` view ids counted, the oldest forgotten first."""

    def __init__(self, size: int):
        self.size = size
        self.ids: dict[str, None] = {}  # insertion-ordered: the oldest first

    def __contains__(self, view_id: str) -> bool:
        return view_id in self.ids

    def add(self, view_id: str) -> None:
        self.ids[view_id] = None
        if len(self.ids) > self.size:
            del self.ids[next(iter(self.ids))]


_seen = SeenIds(SEEN_IDS)


def views_from_lines(lines: list[bytes], refused: Counter) -> list[buffer.View]:
    """The views the log lines report, each view id once and none counted before; what
    breaks a rule is counted in `refused`."""
    views, ids = [], set()
    for line in lines:
        try:
            record = json.loads(line)
            at = float(record["t"])
        except (ValueError, TypeError, KeyError):
            refused["unreadable line"] += 1
            continue
        try:
            view = beacon.view_from(_environ(record), b"", at=at)
        except beacon.Refused as refusal:
            refused[str(refusal)] += 1
            continue
        if view is None:
            refused["bot"] += 1
        elif view.view_id in ids or view.view_id in _seen:
            refused["view id seen before"] += 1
        else:
            ids.add(view.view_id)
            views.append(view)
    return views


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
            views = views_from_lines(chunk[: end + 1].splitlines(), refused)
            offset += end + 1
            with transaction.atomic():
                counted += views_fold(views) if views else 0
                _save(path, inode, offset)
            # Only now: lines of a failed transaction are read again and must count then.
            for view in views:
                _seen.add(view.view_id)


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
