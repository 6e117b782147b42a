"""Keyed hashes: values the site must recognise again but never keep in clear."""

import hashlib
import hmac

from django.conf import settings


def keyed_hash(value: str, *, purpose: str) -> str:
    """HMAC-SHA256 of `value` under the site's secret, separated per purpose.

    Comparable (the same value gives the same hash), but not reversible without the
    secret: a plain hash of an e-mail address or an IP address is guessed in minutes.
    """
    key = f"{settings.SECRET_KEY}:{purpose}".encode()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()
