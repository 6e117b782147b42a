"""Fixed-window rate limits on counters that increment atomically.

The backend is chosen by settings, like Wagtail's pluggable backends: Redis (the shared
cache) when REDIS_URL is set, otherwise a table in the site's own database, which is
atomic across all worker processes of one machine (a process-local cache would let each
app server worker count on its own).

    if not ratelimit.hit("comment-minute", f"user:{user.pk}", limit=3, window=60):
        refuse...
"""

import time

from django.conf import settings
from django.utils.module_loading import import_string

from .backends import BaseCounter

_backend: BaseCounter | None = None


def backend() -> BaseCounter:
    global _backend  # one backend instance per process, built on first use
    if _backend is None:
        _backend = import_string(settings.KOPBAL_RATELIMIT_BACKEND)()
    return _backend


def reset_backend() -> None:
    """Forget the backend (tests switch settings)."""
    global _backend
    _backend = None


def hit(scope: str, who: str, *, limit: int, window: int) -> bool:
    """Count one event for `who` in `scope`; False when that exceeds `limit` per `window` s."""
    bucket = int(time.time() // window)
    count = backend().incr(f"rl:{scope}:{who}:{bucket}", ttl=window * 2)
    return count <= limit
