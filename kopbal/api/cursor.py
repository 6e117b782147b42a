"""Opaque cursors for the lists of the API: a position (a moment, an id), signed.

Signed so that only positions the API handed out are accepted: a forged cursor is a 400,
and the cache can hold an answer for each cursor without anyone inventing new ones. Each
list signs with its own salt, so an article cursor is no position in the match list.

Articles are listed by (first_published_at, id); matches by (kickoff, id), where a match
without a kick-off time has no moment (`nullable`).
"""

import base64
import json
from datetime import datetime

from django.core import signing

_signers = {
    "article": signing.Signer(salt="kopbal.api.cursor"),
    "match": signing.Signer(salt="kopbal.api.cursor.match"),
}


class BadCursor(ValueError):
    pass


def cursor_encode(moment: datetime | None, pk: int, *, kind: str = "article") -> str:
    stamp = moment.isoformat() if moment is not None else None
    payload = json.dumps([stamp, pk], separators=(",", ":"))
    return _signers[kind].sign(base64.urlsafe_b64encode(payload.encode()).decode().rstrip("="))


def cursor_decode(
    cursor: str, *, kind: str = "article", nullable: bool = False
) -> tuple[datetime | None, int]:
    """The position in `cursor`, or BadCursor."""
    try:
        value = _signers[kind].unsign(cursor)
        padded = value + "=" * (-len(value) % 4)
        stamp, pk = json.loads(base64.urlsafe_b64decode(padded))
        moment = None if stamp is None and nullable else datetime.fromisoformat(stamp)
    except (signing.BadSignature, ValueError, TypeError):
        raise BadCursor(cursor) from None
    if (moment is not None and moment.tzinfo is None) or not isinstance(pk, int):
        raise BadCursor(cursor)
    return moment, pk
