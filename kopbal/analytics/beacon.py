"""The page-view beacon: POST /api/view/?page=<article id>&view=<random id> from kopbal.js,
answered 204 and never cached.

The rules work on a WSGI environ alone, so that three places apply them alike: behind
nginx, nginx answers the beacon itself and writes it to a log of its own, which the flush
job reads (viewlog.py); without nginx, the thin layer in front of Django (wsgi.py) answers
it without the middleware stack; and Django's view (views.py) for the test client and
runserver. It sets no cookie and reads none, and touches no session.

The data travels in the query string, so that nginx can log it without reading a body.
A JSON body ({"page": id, "view": id}) is still understood: pages cached before the
change send that.

Why not a CSRF token: the pages that send the beacon are cached whole and shared by every
reader, so they carry no token. A forged beacon from another site is refused by its
origin instead: browsers send Sec-Fetch-Site (and Origin) with every POST, and a page
cannot forge either; a beacon that sends neither is not from a browser and is refused.
"""

import json
import re
import time
from datetime import UTC, datetime
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

from django.conf import settings

from kopbal.core.net import client_ip

from . import articles, buffer, readers

PATH = "/api/view/"
MAX_BODY = 512
VIEW_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")


class Refused(Exception):
    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


def same_origin(*, site: str | None, origin: str | None, host: str) -> None:
    """Refuse a beacon that is not from a page of this site: Sec-Fetch-Site when the browser
    sent it, else the Origin against the request's host and the site's address."""
    if site:
        if site != "same-origin":
            raise Refused(403, "cross-site beacon")
        return
    if not origin:
        raise Refused(403, "beacon without Origin")
    # Host and port only: behind a TLS proxy the app sees http while the page was https.
    netloc = urlsplit(origin).netloc.lower()
    if netloc not in (host.lower(), urlsplit(settings.KOPBAL_SITE_URL).netloc.lower()):
        raise Refused(403, "cross-site beacon")


def checked(article_id, view_id) -> tuple[int, str]:
    """The article id and view id of a beacon, refused unless both are well-formed."""
    if (
        type(article_id) is not int
        or not 0 < article_id < 2**31
        or not isinstance(view_id, str)
        or not VIEW_ID.fullmatch(view_id)
    ):
        raise Refused(400, "malformed beacon")
    return article_id, view_id


def page_number(text: str) -> int | None:
    """The article id as the query string has it, or None (checked() refuses it)."""
    # isascii: a superscript two is a digit to str.isdigit() but not to int().
    return int(text) if text.isascii() and text.isdigit() and len(text) < 12 else None


def _parse(query: str, body: bytes) -> tuple[int, str]:
    try:
        if query:
            data = parse_qs(query, max_num_fields=4)
            (page,), (view_id,) = data["page"], data["view"]
            article_id = page_number(page)
        else:
            data = json.loads(body)
            article_id, view_id = data["page"], data["view"]
    except (ValueError, TypeError, KeyError):
        raise Refused(400, "malformed beacon") from None
    return checked(article_id, view_id)


def read_body(environ) -> bytes:
    """The request body, refused unread when it claims to be large."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise Refused(400, "bad Content-Length") from None
    if length > MAX_BODY:
        raise Refused(413, "beacon too large")
    return environ["wsgi.input"].read(length) if length > 0 else b""


def view_from(environ, body: bytes, *, at: float) -> buffer.View | None:
    """The view a beacon received at `at` (epoch seconds) reports, or None for a bot (which
    is answered as if counted). Raises Refused for what is not a beacon of this site."""
    if environ.get("REQUEST_METHOD") != "POST":
        raise Refused(405, "POST only")
    same_origin(
        site=environ.get("HTTP_SEC_FETCH_SITE"),
        origin=environ.get("HTTP_ORIGIN"),
        host=environ.get("HTTP_HOST", environ.get("SERVER_NAME", "")),
    )
    if len(body) > MAX_BODY or len(environ.get("QUERY_STRING", "")) > MAX_BODY:
        raise Refused(413, "beacon too large")
    article_id, view_id = _parse(environ.get("QUERY_STRING", ""), body)
    if not articles.is_live(article_id):
        raise Refused(404, "no such article")
    user_agent = environ.get("HTTP_USER_AGENT", "")
    if readers.is_bot(user_agent):
        return None
    visitor = readers.visitor_hash(
        ip=client_ip(SimpleNamespace(META=environ)),
        user_agent=user_agent,
        article_id=article_id,
        day=datetime.fromtimestamp(at, tz=UTC).date(),
    )
    return buffer.View(view_id=view_id, article_id=article_id, visitor=visitor, at=at)


def accept(environ, body: bytes) -> bool:
    """Count the view the beacon reports; True when counted (False for a bot). Raises
    Refused for what is not a beacon of this site."""
    view = view_from(environ, body, at=time.time())
    if view is None:
        return False
    buffer.append(view)
    return True
