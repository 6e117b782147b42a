"""Gzip for anonymous, page-cached answers, in the embedded profile (granian and Django,
no nginx in front; behind nginx, nginx compresses and asks the app for plain answers).

BREACH reads a secret out of compressed answers that also reflect the attacker's input, so
nothing personal is ever compressed here: only pages the page cache stores, which are the
same for every reader (no session, no CSRF token, no cookie at all). The gzipped bytes are
made once, when the page is stored, and kept beside the plain ones; a hit costs no CPU.
"""

import gzip
from functools import lru_cache

from django.utils.cache import patch_vary_headers

# Text that shrinks; images and fonts are compressed already.
COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/javascript",
    "application/manifest+json",
    "image/svg+xml",
)
# As nginx's gzip_min_length: below this the saving is smaller than a packet.
MIN_LENGTH = 1024


def compress(response) -> bytes | None:
    """The gzipped body of a response about to be stored, or None if it is not worth it."""
    content_type = response.get("Content-Type", "")
    content = response.content
    if (
        len(content) < MIN_LENGTH
        or not content_type.startswith(COMPRESSIBLE_TYPES)
        or response.has_header("Content-Encoding")
        # The page cache never stores a form with a token (its cookie keeps the page out);
        # should that ever change, this page still goes out uncompressed.
        or b"csrfmiddlewaretoken" in content
    ):
        return None
    # mtime=0: the same page gives the same bytes (and so the same length) every time.
    return gzip.compress(content, compresslevel=6, mtime=0)


def accepts_gzip(request) -> bool:
    """Whether Accept-Encoding allows gzip ("gzip" or "*" without q=0)."""
    return gzip_allowed(request.META.get("HTTP_ACCEPT_ENCODING", ""))


@lru_cache(maxsize=64)
def gzip_allowed(accept_encoding: str) -> bool:
    """accepts_gzip on the header's value; browsers send a handful of spellings."""
    allowed = {}
    for item in accept_encoding.split(","):
        coding, _, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        allowed[coding.strip().lower()] = quality
    return allowed.get("gzip", allowed.get("x-gzip", allowed.get("*", 0.0))) > 0


def negotiate(request, response, gzipped: bytes | None):
    """Send the gzipped body to readers who accept it, the plain one to the others, and tell
    caches that the body depends on Accept-Encoding."""
    if gzipped is None:
        response["Content-Length"] = str(len(response.content))
        return response
    patch_vary_headers(response, ("Accept-Encoding",))
    if accepts_gzip(request):
        response.content = gzipped
        response["Content-Encoding"] = "gzip"
        # Another body, so not the same strong ETag (as Django's GZipMiddleware does).
        etag = response.get("ETag", "")
        if etag.startswith('"'):
            response["ETag"] = "W/" + etag
    response["Content-Length"] = str(len(response.content))
    return response
