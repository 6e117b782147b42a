"""Signed links in the mails Kopbal sends a reader: who they were made for, without a log-in.

The reply mail (kopbal.notices) and the daily digest (kopbal.follows) each sign with a salt
of their own, so a link from one mail can switch off only that mail.
"""

from django.contrib.auth import get_user_model
from django.core import signing


def reader_token(user, *, salt: str) -> str:
    return signing.dumps(user.pk, salt=salt)


def reader_from_token(token: str, *, salt: str):
    """The active reader a token was made for, or None for a forged, mangled or stale one."""
    try:
        value = signing.loads(token, salt=salt)
    except signing.BadSignature:
        return None
    # Reply mails sent before the two mails shared this signed {"u": pk}.
    pk = value.get("u") if isinstance(value, dict) else value
    if type(pk) is not int:
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first()
