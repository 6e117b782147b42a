"""Who is voting: an account, or a browser known by a signed cookie."""

import secrets
from dataclasses import dataclass

from django.core import signing
from django.utils.translation import gettext_lazy as _

from kopbal.core.net import ip_hash

COOKIE_NAME = "kopbal_voter"
COOKIE_SALT = "kopbal.polls.voter"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365 * 2


class VoterUnknown(Exception):
    """The request carries no usable voter identity."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Voter:
    key: str
    ip_hash: str
    user: object | None = None


def _cookie_id(request) -> str | None:
    """The voter id from the signed cookie; None when missing, VoterUnknown when forged."""
    if COOKIE_NAME not in request.COOKIES:
        return None
    try:
        return request.get_signed_cookie(COOKIE_NAME, salt=COOKIE_SALT)
    except signing.BadSignature as exc:
        raise VoterUnknown(
            _("Your voting cookie is not valid. Reload the page and try again.")
        ) from exc


def voter_for(request) -> Voter:
    """The voter behind `request`, for casting a vote."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return Voter(key=f"u:{user.pk}", ip_hash=ip_hash(request), user=user)
    voter_id = _cookie_id(request)
    if voter_id is None:
        raise VoterUnknown(
            _("Voting needs a cookie. Allow cookies for this site, reload and vote again.")
        )
    return Voter(key=f"c:{voter_id}", ip_hash=ip_hash(request))


def voter_key_or_none(request) -> str | None:
    """The voter key if the request has a valid identity, for showing "my vote"."""
    try:
        return voter_for(request).key
    except VoterUnknown:
        return None


def cookie_voter_key(request) -> str | None:
    """The key of the browser's own (cookie) voter identity, whoever is logged in."""
    try:
        voter_id = _cookie_id(request)
    except VoterUnknown:
        return None
    return f"c:{voter_id}" if voter_id else None


def ensure_voter_cookie(request, response) -> None:
    """Give a browser without a (valid) voter cookie a fresh one."""
    try:
        if _cookie_id(request) is not None:
            return
    except VoterUnknown:
        pass
    response.set_signed_cookie(
        COOKIE_NAME,
        secrets.token_urlsafe(16),
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
