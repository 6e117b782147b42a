"""Who is reading, as far as analytics may know: a bot or not, and a salted hash.

The hash of (IP address, user agent, article) is keyed with a random salt of the day, kept
in the database (DailySalt) and deleted by the flush job once the day is over: today's
hashes can be compared with each other (unique readers), yesterday's can no longer be
recomputed from anyone's address. The address itself is never stored.
"""

import functools
import hashlib
import re
import secrets
import threading
from datetime import date

from django.db import IntegrityError, transaction

# Crawlers, link previews, monitors and scripts. HeadlessChrome counts as a bot: it is
# what scrapers run. The project's browser tests use headless chromium too; the one that
# checks counting (tests/browser/test_analytics_beacon.py) gives its browser an ordinary
# user agent, and no other browser test depends on a view being counted.
BOTS = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|"
    r"headless|phantomjs|lighthouse|pingdom|uptime|monitor|curl/|wget/|python|httpclient|"
    r"java/|go-http|okhttp|libwww|scrapy|axios|node-fetch|wrk",
    re.IGNORECASE,
)

_salts: dict[date, str] = {}
_lock = threading.Lock()


@functools.lru_cache(maxsize=4096)
def is_bot(user_agent: str) -> bool:
    """No user agent at all, or one that says it is a program. Remembered: a day's beacons
    come from a few thousand user agents, and the pattern is slow to search."""
    return not user_agent.strip() or BOTS.search(user_agent) is not None


def salt_for(day: date) -> str:
    """The day's salt: read once per process and day, created by whoever needs it first."""
    salt = _salts.get(day)
    if salt is not None:
        return salt
    from .models import DailySalt

    with _lock:
        try:
            with transaction.atomic():
                salt = DailySalt.objects.get_or_create(
                    day=day, defaults={"salt": secrets.token_hex(32)}
                )[0].salt
        except IntegrityError:  # another process created it first
            salt = DailySalt.objects.get(day=day).salt
        _salts.clear()  # only today's is worth keeping
        _salts[day] = salt
    return salt


def forget_salts() -> None:
    """Drop the salts this process holds (the flush job deleted yesterday's; tests)."""
    _salts.clear()


def visitor_hash(*, ip: str, user_agent: str, article_id: int, day: date) -> str:
    key = salt_for(day).encode()
    data = f"{ip}\n{user_agent}\n{article_id}".encode()
    return hashlib.blake2b(data, key=key[:64], digest_size=16).hexdigest()
