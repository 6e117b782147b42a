"""The event-stream alternative to polling, for the live-discussion bench only.

granian serves `application`: Kopbal's WSGI app, plus one extra path,
GET /api/live/stream/artikel/<id>/, a Server-Sent Events stream of the article's live state
(kopbal.comments.live, through the same cached document the polling answer uses). Every
open stream holds one app server thread and looks at the state every CHECK_SECONDS; an event
goes out when its version changes, a comment line every HEARTBEAT_SECONDS keeps nginx's
proxy_read_timeout from closing it. How many state reads the workers made is written to
SSE_COUNT_DIR (one file per worker process), so the bench can count them.
"""

import json
import os
import re
import threading
import time
from pathlib import Path

from kopbal.wsgi import application as kopbal_application

CHECK_SECONDS = 0.5
HEARTBEAT_SECONDS = 15
STREAM = re.compile(r"^/api/live/stream/artikel/([0-9]{1,18})/$")

_count = 0
_lock = threading.Lock()


def _counted() -> None:
    global _count
    with _lock:
        _count += 1
        directory = os.environ.get("SSE_COUNT_DIR")
        if directory and _count % 50 == 0:
            (Path(directory) / f"{os.getpid()}.txt").write_text(str(_count))


def _stream(article_id: int):
    from django.db import close_old_connections

    from kopbal.comments import live
    from kopbal.live.http import shared_document

    def state():
        _counted()
        return shared_document(
            f"article:state:{article_id}",
            depends_on=live.depends_on(article_id),
            build=lambda: live.state(article_id),
        )

    version = None
    last_sent = 0.0
    try:
        while True:
            doc = state()
            now = time.monotonic()
            if doc["version"] != version:
                version = doc["version"]
                last_sent = now
                yield f"data: {json.dumps(doc)}\n\n".encode()
            elif now - last_sent > HEARTBEAT_SECONDS:
                last_sent = now
                yield b": ping\n\n"
            time.sleep(CHECK_SECONDS)
    finally:
        close_old_connections()


def application(environ, start_response):
    match = STREAM.match(environ.get("PATH_INFO", ""))
    if match is None:
        return kopbal_application(environ, start_response)
    start_response(
        "200 OK",
        [
            ("Content-Type", "text/event-stream"),
            ("Cache-Control", "no-store"),
            # nginx passes each event on at once instead of filling its buffers first.
            ("X-Accel-Buffering", "no"),
        ],
    )
    return _stream(int(match.group(1)))
