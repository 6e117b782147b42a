"""How every live document is answered: GET only, the same for everyone, cached briefly.

Thousands of open pages poll these URLs every few seconds. One URL per subject (an
article, the home page, a poll) and no cursor parameter, so nginx's micro-cache holds one
entry per subject and answers the crowd; Django sees about one request per subject per
KOPBAL_LIVE_MAX_AGE seconds, whatever the number of readers. Behind nginx the document is
kept in Django's cache under the generations it shows (kopbal.core.generations), so it is
built once per change, never stale, and a reader with a session (who bypasses nginx's
cache) costs one primary-key read.
"""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kopbal.core import generations
from kopbal.core.api import json_not_allowed

CACHE_SECONDS = 300  # a generation in the key retires an entry; this only frees memory


def shared_document(
    name: str, *, depends_on: tuple[str, ...], build: Callable[[], dict | None]
) -> dict | None:
    """The document `name` as of the generations `depends_on`, built at most once per
    change. Read before building: a copy is never stamped newer than its content.

    `build` returns None for a subject that does not exist: answered, never stored (anyone
    can invent ids, and an entry for each would be a way to fill the cache)."""
    values = generations.read(*depends_on)
    stamp = ".".join(str(v) for v in values)
    key = f"live:{name}:{stamp}:{get_language()}"
    doc = cache.get(key)
    if doc is None:
        built = build()
        if built is None:
            return None
        doc = {**built, "version": stamp}
        cache.set(key, doc, CACHE_SECONDS)
    return doc


def public_json(doc: dict) -> JsonResponse:
    """A live answer: public, for a couple of seconds, in nginx and in the browser."""
    response = JsonResponse(doc)
    seconds = settings.KOPBAL_LIVE_MAX_AGE
    patch_cache_control(response, public=True, max_age=seconds, s_maxage=seconds)
    return response


def read_only(request):
    """A 405 for anything but GET and HEAD, else None."""
    if request.method not in ("GET", "HEAD"):
        return json_not_allowed(["GET", "HEAD"], _("Use GET."))
    return None
