"""Feeds over HTTP: a timeout, a size limit, a clear user agent, conditional GET."""

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from . import SourceError

TIMEOUT_SECONDS = 10
MAX_BYTES = 5 * 1024 * 1024  # a feed of 100 long items is ~1 MB


@dataclass
class Response:
    content: bytes | None  # None: not modified since the last fetch (304)
    etag: str = ""
    last_modified: str = ""


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """urllib also follows redirects to ftp://: a feed stays on http(s)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise SourceError(_("The feed redirects to an address that is not http(s)."))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_HttpOnlyRedirects)


def user_agent() -> str:
    return f"Kopbal-ingest/1.0 (+{settings.KOPBAL_SITE_URL})"


def get(url: str, *, etag: str = "", last_modified: str = "") -> Response:
    if urlsplit(url).scheme not in ("http", "https"):
        raise SourceError(_("The feed address must start with http:// or https://."))
    headers = {
        "User-Agent": user_agent(),
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (scheme checked above)
    try:
        with _opener.open(request, timeout=TIMEOUT_SECONDS) as answer:
            content = answer.read(MAX_BYTES + 1)
            if len(content) > MAX_BYTES:
                raise SourceError(
                    _("The feed is larger than %(size)d MB: not read.")
                    % {"size": MAX_BYTES // (1024 * 1024)}
                )
            return Response(
                content=content,
                etag=answer.headers.get("ETag", "")[:300],
                last_modified=answer.headers.get("Last-Modified", "")[:100],
            )
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return Response(content=None, etag=etag, last_modified=last_modified)
        if 300 <= error.code < 400:
            # urllib refuses a redirect to file:// and the like before our handler sees it.
            raise SourceError(_("The feed redirects to an address that is not http(s).")) from error
        raise SourceError(
            _("The feed server answered with HTTP error %(code)d.") % {"code": error.code}
        ) from error
    except urllib.error.URLError as error:
        raise SourceError(_explain(error.reason)) from error
    except OSError as error:  # timeouts and resets while reading the answer
        raise SourceError(_explain(error)) from error


def _explain(reason) -> str:
    if isinstance(reason, socket.gaierror):
        return _("The feed's server name could not be found (DNS).")
    if isinstance(reason, ConnectionRefusedError):
        return _("The feed's server refused the connection.")
    if isinstance(reason, TimeoutError):
        return _("The feed's server did not answer within %(seconds)d seconds.") % {
            "seconds": TIMEOUT_SECONDS
        }
    if isinstance(reason, SourceError):
        return str(reason)
    return _("The feed could not be fetched: %(reason)s") % {"reason": reason}
