"""Opaque cursors for the article list: a position (first_published_at, id), signed.

Signed so that only positions the API handed out are accepted: a forged cursor is a 400,
and the cache can hold an answer for each cursor without anyone inventing new ones.
"""

import base64
import json
from datetime import datetime

from django.core import signing

_signer = signing.Signer(salt="kopbal.api.cursor")


class BadCursor(ValueError):
    pass


def cursor_encode(published_at: datetime, article_id: int) -> str:
    payload = json.dumps([published_at.isoformat(), article_id], separators=(",", ":"))
    return _signer.sign(base64.urlsafe_b64encode(payload.encode()).decode().rstrip("="))


def cursor_decode(cursor: str) -> tuple[datetime, int]:
    """The position in `cursor`, or BadCursor."""
    try:
        value = _signer.unsign(cursor)
        padded = value + "=" * (-len(value) % 4)
        published, article_id = json.loads(base64.urlsafe_b64decode(padded))
        moment = datetime.fromisoformat(published)
    except (signing.BadSignature, ValueError, TypeError):
        raise BadCursor(cursor) from None
    if moment.tzinfo is None or not isinstance(article_id, int):
        raise BadCursor(cursor)
    return moment, article_id
