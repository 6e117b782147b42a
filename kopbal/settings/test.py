"""Test runs: fast hashing, in-memory media, a fixed secret."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES, REDIS_URL, env

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="kopbal-test-media-")
# Manifest storage needs collectstatic; tests render templates without it.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]
if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# With REDIS_URL (the production profile in CI) the tests use Redis as cache and rate-limit
# store; give them a database of their own (e.g. redis://127.0.0.1:6379/15): every test
# starts by clearing the cache. Clearing is FLUSHDB, so each pytest-xdist worker counts down
# from that number to a database of its own (gw0: 15, gw1: 14, ...): one worker's clear
# must not empty the cache under another worker's test.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _worker.startswith("gw"):
    _base, _, _db = REDIS_URL.rstrip("/").rpartition("/")
    if not _db.isdigit() or int(_db) < int(_worker[2:]):
        raise ValueError(f"REDIS_URL must end in a database number >= {_worker[2:]} for {_worker}")
    CACHES["default"]["LOCATION"] = f"{_base}/{int(_db) - int(_worker[2:])}"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" and not env.str(
    "DATABASE_URL", default=""
):
    # A file, not :memory:: the concurrency tests need real connections per thread, and
    # SQLite's shared-cache in-memory mode fails with "table is locked" instead of waiting.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.mkdtemp(prefix="kopbal-test-db-")) / "test.sqlite3")
    }
STATIC_ROOT = tempfile.mkdtemp(prefix="kopbal-test-static-")
WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = True

# Tests read poll results right after each vote; the shared snapshot has tests of its own.
KOPBAL_POLL_RESULTS_SECONDS = 0
# Most tests change content without the signals that renew shared fragments; the fragments
# have tests of their own.
KOPBAL_FRAGMENT_CACHE_SECONDS = 0
# Tests change content and ask again at once; the worker's memory of hits has tests of its own.
KOPBAL_WORKER_CACHE_SECONDS = 0
